import type {Meta} from '@storybook/web-components-vite';
import {page, servicePages, type Story} from './service-page-story.js';

const service = 'stolen-vehicle';
const at = (step: string, answers: Record<string, unknown> = {}) => page(service, step, {emergency: 'no', ...answers});

const meta: Meta = {title: 'Services/Report a lost or stolen vehicle', ...servicePages(service)};
export default meta;

/** A theft happening now is for 999; check it was not towed; what to have ready. */
export const BeforeYouStart: Story = at('before-you-start');
export const WhatHappened: Story = at('what-happened');
export const Registration: Story = at('registration');
export const AboutVehicle: Story = at('about-vehicle');
/** The tracking company’s box appears once the answer is yes. */
export const Tracker: Story = at('tracker', {tracker: 'yes'});
export const Where: Story = at('where');
export const When: Story = at('when');
export const Keys: Story = at('keys');
export const AnythingElse: Story = at('anything-else');
export const YourName: Story = at('your-name');
export const Home: Story = at('home');
/** Contact by post too: the form asks the person’s address. */
export const Contact: Story = at('contact');
