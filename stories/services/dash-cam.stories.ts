import type {Meta} from '@storybook/web-components-vite';
import {page, servicePages, type Story} from './service-page-story.js';

const service = 'dash-cam';
const at = (step: string, answers: Record<string, unknown> = {}) => page(service, step, {emergency: 'no', ...answers});

const meta: Meta = {title: 'Services/Send us dash-cam or helmet-cam footage of bad driving', ...servicePages(service)};
export default meta;

/** Operation Snap: what it is for and not for, who may send footage, and why to send it soon. */
export const BeforeYouStart: Story = at('before-you-start');
/** 18 or over, and prepared to be a witness: both required. */
export const WhoCanSend: Story = at('who-can-send');
export const When: Story = at('when');
export const Where: Story = at('where');
export const Offence: Story = at('offence');
export const What: Story = at('what');
export const Vehicle: Story = at('vehicle');
export const Driver: Story = at('driver');
/** The footage, sent by `<soh-media-upload>` as it is chosen. */
export const Footage: Story = at('footage');
export const Travelling: Story = at('travelling');
export const YourName: Story = at('your-name');
export const DateOfBirth: Story = at('date-of-birth');
export const Home: Story = at('home');
export const Contact: Story = at('contact');
/** The section 9 declaration, ticked to send. */
export const Declaration: Story = at('declaration');
