import type {Meta} from '@storybook/web-components-vite';
import {page, servicePages, type Story} from './service-page-story.js';

const service = 'tell-us-about';
const at = (step: string, answers: Record<string, unknown> = {}) => page(service, step, {emergency: 'no', ...answers});
const named = {identity: 'named'};

const meta: Meta = {title: 'Services/Tell us about something you have seen or heard', ...servicePages(service)};
export default meta;

/** What it is for, and what it is not for: emergencies, a crime that happened to you, terrorism. */
export const BeforeYouStart: Story = at('before-you-start');
/** What staying anonymous means, and Crimestoppers as the independent alternative. */
export const Identity: Story = at('identity');
export const Subject: Story = at('subject', named);
export const WhatYouKnow: Story = at('what-you-know', named);
export const Where: Story = at('where', named);
export const When: Story = at('when', named);
export const Who: Story = at('who', named);
export const HowYouKnow: Story = at('how-you-know', named);
export const YourName: Story = at('your-name', named);
export const Contact: Story = at('contact', {...named, contactPreference: 'CPNC_0002'});
