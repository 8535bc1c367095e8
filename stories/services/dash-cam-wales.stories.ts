import type {Meta} from '@storybook/web-components-vite';
import {handOffStory, type Story} from './service-page-story.js';

/** In Wales, dash-cam footage is handed off to GoSafe (GanBwyll) in place of the form: the four Welsh forces offer this. */
const meta: Meta = {title: 'Services/Dash-cam footage in Wales (hand-off to GoSafe)', component: 'soh-report-form'};
export default meta;

export const English: Story = handOffStory('dash-cam-wales', 'en');
export const Welsh: Story = handOffStory('dash-cam-wales', 'cy');
