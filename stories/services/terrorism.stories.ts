import type {Meta} from '@storybook/web-components-vite';
import {handOffStory, type Story} from './service-page-story.js';

/** Handed off to the national service: what it is for, what to have ready, and the link to it. */
const meta: Meta = {title: 'Services/Report possible terrorism (hand-off)', component: 'soh-report-form'};
export default meta;

export const English: Story = handOffStory('terrorism', 'en');
export const Welsh: Story = handOffStory('terrorism', 'cy');
