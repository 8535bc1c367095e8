import type {Meta} from '@storybook/web-components-vite';
import {page, servicePages, type Story} from './service-page-story.js';

const service = 'spiking';
const at = (step: string, answers: Record<string, unknown> = {}) => page(service, step, {emergency: 'no', ...answers});
const forSelf = {involvement: 'IVLD_0001'};
const forSomeoneElse = {involvement: 'IVLD_0003'};

const meta: Meta = {title: 'Services/Report spiking', ...servicePages(service)};
export default meta;

/** 999 or NHS 111 if someone is unwell now; report even without evidence; tests; Crimestoppers. */
export const BeforeYouStart: Story = at('before-you-start');
export const Involvement: Story = at('involvement');
export const How: Story = at('how', forSelf);
export const When: Story = at('when', forSelf);
export const Where: Story = at('where', forSelf);
export const What: Story = at('what', forSelf);
export const Effects: Story = at('effects', forSelf);
/** Whether the person spiked has had a test: asked of the person themselves. */
export const Test: Story = at('test', forSelf);
/** The same page, asked of someone reporting for another person. */
export const TestForSomeoneElse: Story = at('test', forSomeoneElse);
/** The person spiked, when it was someone else: whether they know it is being reported. */
export const PersonSpiked: Story = at('person-spiked', forSomeoneElse);
export const WhoDidIt: Story = at('who-did-it', forSelf);
export const YourName: Story = at('your-name', forSelf);
export const Contact: Story = at('contact', forSelf);
