import type {Meta} from '@storybook/web-components-vite';
import {page, servicePages, type Story} from './service-page-story.js';

const service = 'asb';
const at = (step: string, answers: Record<string, unknown> = {}) => page(service, step, {emergency: 'no', ...answers});

const meta: Meta = {title: 'Services/Report anti-social behaviour', ...servicePages(service)};
export default meta;

export const What: Story = at('what');
export const Where: Story = at('where');
/** When, and how often once it is still going on. */
export const When: Story = at('when', {ongoing: 'yes'});
/** Who: what they know of them, then, if anything, about them. */
export const Who: Story = at('who', {whoKnown: 'SKWN_0003'});
export const Impact: Story = at('impact');
export const ContactWanted: Story = at('contact-wanted');
export const YourName: Story = at('your-name', {wantsContact: 'yes'});
export const Contact: Story = at('contact', {wantsContact: 'yes', contactPreference: 'CPNC_0001'});
