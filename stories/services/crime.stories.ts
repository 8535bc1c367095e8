import type {Meta} from '@storybook/web-components-vite';
import {page, servicePages, type Story} from './service-page-story.js';

const service = 'crime';
const at = (step: string, answers: Record<string, unknown> = {}) => page(service, step, {emergency: 'no', ...answers});

const meta: Meta = {title: 'Services/Report a crime', ...servicePages(service)};
export default meta;

export const Involvement: Story = at('involvement');
export const WhatHappened: Story = at('what-happened');
export const When: Story = at('when');
export const Where: Story = at('where');
export const Transport: Story = at('transport');
/** On public transport: what kind, from the SDM's list. */
export const TransportWhichKind: Story = at('transport', {publicTransport: 'yes'});
export const About: Story = at('about');
/** Only when a weapon was used or seen: both questions optional. */
export const Weapon: Story = at('weapon', {weapon: 'yes'});
export const Suspects: Story = at('suspects');
export const Suspect: Story = at('suspects/0', {'suspects.any': 'yes'});
export const Witnesses: Story = at('witnesses');
export const Witness: Story = at('witnesses/0', {'witnesses.any': 'yes'});
export const Property: Story = at('property');
export const PropertyItem: Story = at('property/0', {'property.any': 'yes'});
export const Vehicles: Story = at('vehicles');
export const Vehicle: Story = at('vehicles/0', {'vehicles.any': 'yes'});
export const AlreadyReported: Story = at('already-reported', {alreadyReported: 'yes'});
export const YourName: Story = at('your-name');
export const YourDateOfBirth: Story = at('your-date-of-birth');
export const YourAddress: Story = at('your-address');
export const Contact: Story = at('contact');
/** Equality questions: every one optional. */
export const Equality: Story = at('equality');
/** Having a disability: what kind, from the SDM's list, optional too. */
export const EqualityDisability: Story = at('equality', {disability: 'yes'});
