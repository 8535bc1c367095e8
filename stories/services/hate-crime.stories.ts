import type {Meta} from '@storybook/web-components-vite';
import {servicePages, walkedTo, type Story} from './service-page-story.js';

// Hate crime keeps a draft until the person says it happened to them; from then on it keeps nothing on the device
// and shows the exit control. So each story walks to its page (a draft would not reopen a victim's page).
const notInDanger = {emergency: 'no'};
const victim = {involvement: 'IVLD_0001'};
const witness = {involvement: 'IVLD_0002'};
const named = {identity: 'named'};
const what = {description: 'Someone shouted abuse at me in the street.'};
const motivation = {motivation: ['race']};
const where = {location: 'High Street, outside the library'};
const when = {date: '2026-03-02', ongoing: 'no'};
const injuries = {injured: 'no'};
const name = {givenName: 'Sam', familyName: 'Example'};
const contact = {contactPreference: 'CPNC_0002', telephone: '07700 900982'};
/** The pages every path asks, up to the person's own details; the "who did it" page is optional. */
const asked = (involvement: Record<string, unknown>) => [
  notInDanger,
  {},
  involvement,
  named,
  what,
  motivation,
  where,
  when,
  {},
  injuries,
];

const meta: Meta = {title: 'Services/Report a hate crime or incident', ...servicePages('hate-crime')};
export default meta;

/** What can be reported, that it may not be a crime, and where terrorism goes instead. */
export const BeforeYouStart: Story = walkedTo([notInDanger]);
/** The victim's choice says the exit control comes next. */
export const Involvement: Story = walkedTo(asked(victim).slice(0, 2));
/** From here on a victim's pages carry the exit control. */
export const Identity: Story = walkedTo(asked(victim).slice(0, 3));
export const WhatHappened: Story = walkedTo(asked(victim).slice(0, 4));
/** The five strands and something else, and why they think so. */
export const Motivation: Story = walkedTo(asked(victim).slice(0, 5));
export const Where: Story = walkedTo(asked(victim).slice(0, 6));
export const When: Story = walkedTo(asked(victim).slice(0, 7));
export const Who: Story = walkedTo(asked(victim).slice(0, 8));
export const Injuries: Story = walkedTo(asked(victim).slice(0, 9));
/** A witness's details: no exit control on this path. */
export const YourName: Story = walkedTo(asked(witness));
export const Contact: Story = walkedTo([...asked(victim), name]);
/** The victim's safe times, whether a message may be left (once contact is by telephone), anything else. */
export const SafeContact: Story = walkedTo([...asked(victim), name, contact]);
