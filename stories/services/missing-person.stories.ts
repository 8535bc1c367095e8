import type {Meta} from '@storybook/web-components-vite';
import {page, servicePages, type Story} from './service-page-story.js';

const service = 'missing-person';
const at = (step: string, answers: Record<string, unknown> = {}) => page(service, step, {emergency: 'no', ...answers});

const meta: Meta = {title: 'Services/Report a missing person', ...servicePages(service)};
export default meta;

export const BeforeYouStart: Story = at('before-you-start');
export const Who: Story = at('who');
export const Age: Story = at('age');
export const Relationship: Story = at('relationship');
export const Appearance: Story = at('appearance');
/** A file question: the photo chosen is listed with its size and Remove. */
export const Photo: Story = at('photo');
export const LastSeen: Story = at('last-seen');
export const LastSeenWhere: Story = at('last-seen-where');
export const Places: Story = at('places');
/** Health: the details appear once the answer is yes. */
export const Health: Story = at('health', {healthNeeds: 'yes'});
export const Money: Story = at('money');
export const Phone: Story = at('phone');
export const Before: Story = at('before', {missingBefore: 'yes'});
export const YourName: Story = at('your-name');
export const Contact: Story = at('contact', {contactPreference: 'CPNC_0002'});
