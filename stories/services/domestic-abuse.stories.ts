import type {Meta} from '@storybook/web-components-vite';
import {servicePages, walkedTo, type Story} from './service-page-story.js';

// Domestic abuse keeps no draft on the device, so each story walks to its page.
const notInDanger = {emergency: 'no'};
const what = {description: 'He checks my phone and will not let me see my friends.'};
const who = {relationship: 'partner', livesWithYou: 'no', children: 'no'};
const name = {name: 'Sam Example'};

const meta: Meta = {title: 'Services/Report domestic abuse', ...servicePages('domestic-abuse')};
export default meta;

/** The exit control on every page, and the interruption page before the first question. */
export const BeforeYouStart: Story = walkedTo([notInDanger]);
export const What: Story = walkedTo([notInDanger, {}]);
export const Who: Story = walkedTo([notInDanger, {}, what]);
export const YourName: Story = walkedTo([notInDanger, {}, what, who]);
/** Safe contact: which ways, which times, whether a message may be left. */
export const SafeContact: Story = walkedTo([notInDanger, {}, what, who, name]);
