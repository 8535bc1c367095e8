import type {Meta} from '@storybook/web-components-vite';
import {page, servicePages, type Story} from './service-page-story.js';

const service = 'found-property';
const at = (step: string, answers: Record<string, unknown> = {}) => page(service, step, {emergency: 'no', ...answers});

const meta: Meta = {title: 'Services/Report found property', ...servicePages(service)};
export default meta;

/** Lost property is not a police service: where to go instead, and what to do with hazardous finds. */
export const BeforeYouStart: Story = at('before-you-start');
export const ItemKind: Story = at('item-kind');
export const Description: Story = at('description');
export const Where: Story = at('where');
export const When: Story = at('when');
/** The owner’s details: the box for them appears once the answer is yes. */
export const Owner: Story = at('owner', {ownerDetails: 'yes'});
/** Where the item is now: the box for who has it appears for "someone else". */
export const ItemNow: Story = at('item-now', {itemNow: 'elsewhere'});
export const YourName: Story = at('your-name');
export const Contact: Story = at('contact');
