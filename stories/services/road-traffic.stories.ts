import type {Meta} from '@storybook/web-components-vite';
import {page, servicePages, type Story} from './service-page-story.js';

const service = 'road-traffic';
const at = (step: string, answers: Record<string, unknown> = {}) => page(service, step, {emergency: 'no', ...answers});

const meta: Meta = {title: 'Services/Report a road traffic collision', ...servicePages(service)};
export default meta;

/** The s.170 duty and the 24-hour limit, before any question. */
export const YourDuty: Story = at('your-duty');
export const When: Story = at('when');
export const Where: Story = at('where');
export const Vehicles: Story = at('vehicles');
export const Vehicle: Story = at('vehicles/0', {'vehicles.any': 'yes'});
export const VehicleList: Story = at('vehicles/list', {
  'vehicles.any': 'yes',
  vehicles: [{registration: 'AB12 CDE', make: 'Ford', driver: 'Jo Bloggs'}],
});
export const Harm: Story = at('harm', {injuries: 'yes'});
export const Insurance: Story = at('insurance');
/** Footage: the file question appears once the answer is yes. */
export const Footage: Story = at('footage', {dashcam: 'yes'});
export const YourName: Story = at('your-name');
export const Contact: Story = at('contact');
