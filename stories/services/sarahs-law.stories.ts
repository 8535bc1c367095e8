import type {Meta} from '@storybook/web-components-vite';
import {servicePages, walkedTo, type Story} from './service-page-story.js';

// Nothing of this service is kept on the device, so each story walks to its page. An application: no emergency
// question, so the first page is the one before you start.
const start = {};
const aboutYou = {name: 'Alex Example', dateOfBirth: '1980-04-03'};
const yourAddress = {
  homeAddress: {line1: '1 High Street', line2: '', town: 'Chelmsford', county: '', postcode: 'CM1 1AA'},
};
const safeContact = {contactMethods: ['phone'], telephone: '07700 900982', safeTimes: ['morning'], messageOk: 'no'};
const subject = {subjectName: 'Jo Bloggs', subjectToYou: 'PTPR_0110'};
const age = {subjectDateOfBirth: '1990-02-01'};
const address = {};
const children = {'children.any': 'yes'};
const child = {childName: 'Jamie', childDateOfBirth: '2016-06-05', childRelationship: 'PTPR_0118'};
const noMore = {'children.another': 'no'};
const contact = {subjectContact: 'He has moved in with us and looks after Jamie after school.'};
const steps = [start, aboutYou, yourAddress, safeContact, subject, age, address, children, child, noMore, contact];

const meta: Meta = {title: 'Services/Ask for information under Sarah’s Law', ...servicePages('sarahs-law')};
export default meta;

/** The exit control on every page; anyone may ask, who is told, not for reporting, not anonymous, leaving quickly. */
export const BeforeYouStart: Story = walkedTo([]);
export const AboutYou: Story = walkedTo(steps.slice(0, 1));
export const YourAddress: Story = walkedTo(steps.slice(0, 2));
/** Safe contact: which ways, which times, whether a message may be left. */
export const SafeContact: Story = walkedTo(steps.slice(0, 3));
export const Subject: Story = walkedTo(steps.slice(0, 4));
export const SubjectAge: Story = walkedTo(steps.slice(0, 5));
export const SubjectAddress: Story = walkedTo(steps.slice(0, 6));
/** Whether they can tell us about the child or children. */
export const Children: Story = walkedTo(steps.slice(0, 7));
/** One child: name, date of birth or age, the relationship of the person asking to them. */
export const Child: Story = walkedTo(steps.slice(0, 8));
export const ChildrenList: Story = walkedTo(steps.slice(0, 9));
export const ContactWithChild: Story = walkedTo(steps.slice(0, 10));
export const Worries: Story = walkedTo(steps.slice(0, 11));
