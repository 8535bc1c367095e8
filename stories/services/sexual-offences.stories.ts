import type {Meta} from '@storybook/web-components-vite';
import {servicePages, walkedTo, type Story} from './service-page-story.js';

// Nothing of this service is kept on the device, so each story walks to its page.
const notInDanger = {emergency: 'no'};
const victim = {involvement: 'IVLD_0001'};
const forSomeoneElse = {involvement: 'IVLD_0003'};
const named = {identity: 'named'};
const what = {description: 'Someone I met at a party touched me without my consent.'};
const when = {date: '2026-03-02'};
const where = {location: 'A house party on Example Road'};
const medical = {medicalSelf: 'no'};
const name = {givenName: 'Sam', familyName: 'Example'};
/** The pages before the person's details; the "who did it" page is optional. */
const asked = (involvement: Record<string, unknown>) => [
  notInDanger,
  {},
  {},
  involvement,
  named,
  what,
  when,
  where,
  {},
];

const meta: Meta = {
  title: 'Services/Report rape, sexual assault or other sexual offences',
  ...servicePages('sexual-offences'),
};
export default meta;

/** The exit control on every page; danger now, this device’s history, leaving quickly, saying as much as they want. */
export const BeforeYouStart: Story = walkedTo([notInDanger]);
/** Sexual Assault Referral Centres, forensic evidence and keeping it, Rape Crisis, ISVAs: help without reporting. */
export const Support: Story = walkedTo(asked(victim).slice(0, 2));
export const Involvement: Story = walkedTo(asked(victim).slice(0, 3));
/** What staying anonymous means. */
export const Identity: Story = walkedTo(asked(victim).slice(0, 4));
export const WhatHappened: Story = walkedTo(asked(victim).slice(0, 5));
export const When: Story = walkedTo(asked(victim).slice(0, 6));
export const Where: Story = walkedTo(asked(victim).slice(0, 7));
export const Who: Story = walkedTo(asked(victim).slice(0, 8));
export const Medical: Story = walkedTo(asked(victim));
/** Asked of someone reporting for the person it happened to. */
export const MedicalOther: Story = walkedTo(asked(forSomeoneElse));
export const YourName: Story = walkedTo([...asked(victim), medical]);
/** Which ways and times are safe, and whether a message may be left once a phone is chosen. */
export const SafeContact: Story = walkedTo([...asked(victim), medical, name]);
