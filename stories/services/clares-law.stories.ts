import type {Meta} from '@storybook/web-components-vite';
import {servicePages, walkedTo, type Story} from './service-page-story.js';

// Nothing of this service is kept on the device, so each story walks to its page. An application: no emergency
// question, so the first page is the one before you start.
const start = {};
const forSomeoneElse = {applyingFor: 'someone-else'};
const atRisk = {atRiskName: 'Sam Example', atRiskRelationship: 'PTPR_0072'};
const subject = {subjectName: 'Jo Bloggs', subjectToThem: 'PTPR_0110'};
const age = {subjectDateOfBirth: '1990-02-01'};
const address = {subjectAddress: '4 Example Street, Chelmsford'};
const worries = {reasons: 'He checks her phone and will not let her see her friends.'};
const aboutYou = {name: 'Alex Example', dateOfBirth: '1980-04-03'};
const yourAddress = {
  homeAddress: {line1: '1 High Street', line2: '', town: 'Chelmsford', county: '', postcode: 'CM1 1AA'},
};
/** Asking for someone else: every page is on this path. */
const steps = [start, forSomeoneElse, atRisk, subject, age, address, worries, aboutYou, yourAddress];

const meta: Meta = {title: 'Services/Ask for information under Clare’s Law', ...servicePages('clares-law')};
export default meta;

/** The exit control on every page; not for reporting, who is told, what to have ready, leaving quickly. */
export const BeforeYouStart: Story = walkedTo([]);
export const WhoFor: Story = walkedTo(steps.slice(0, 1));
/** Asking for someone else: who they are, how the person asking knows them, how to reach them safely. */
export const PersonAtRisk: Story = walkedTo(steps.slice(0, 2));
/** Asking for someone else: the subject's relationship to the person at risk. */
export const Subject: Story = walkedTo(steps.slice(0, 3));
/** Asking for themselves: the subject's relationship to them. */
export const SubjectForThemselves: Story = walkedTo([start, {applyingFor: 'self'}]);
export const SubjectAge: Story = walkedTo(steps.slice(0, 4));
export const SubjectAddress: Story = walkedTo(steps.slice(0, 5));
export const Worries: Story = walkedTo(steps.slice(0, 6));
export const AboutYou: Story = walkedTo(steps.slice(0, 7));
export const YourAddress: Story = walkedTo(steps.slice(0, 8));
/** Safe contact: which ways, which times, whether a message may be left. */
export const SafeContact: Story = walkedTo(steps.slice(0, 9));
