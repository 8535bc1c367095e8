import type {Meta} from '@storybook/web-components-vite';
import {page, servicePages, type Story} from './service-page-story.js';

const service = 'covid-breach';
const at = (step: string) => page(service, step, {emergency: 'no'});

const meta: Meta = {title: 'Services/Report a COVID-19 breach', ...servicePages(service)};
export default meta;

export const Where: Story = at('where');
export const When: Story = at('when');
export const What: Story = at('what');
