import type {Meta} from '@storybook/web-components-vite';
import {page, servicePages, type Story} from './service-page-story.js';

const service = 'feedback';
const at = (step: string, answers: Record<string, unknown> = {}) => page(service, step, answers);
const complaint = {feedbackType: 'complaint'};
const compliment = {feedbackType: 'compliment'};

const meta: Meta = {title: 'Services/Make a complaint or give a compliment', ...servicePages(service)};
export default meta;

/** Feedback asks no emergency question: it starts here. */
export const FeedbackType: Story = {};
/** Who may complain, the 12 months, and not for reporting a crime. */
export const ComplaintInfo: Story = at('complaint-info', complaint);
export const ComplaintFor: Story = at('complaint-for', complaint);
/** For someone else: their name, and that they gave written permission. */
export const PersonAffected: Story = at('person-affected', {...complaint, complainingFor: 'someone-else'});
/** For a child of 16 or under: their name only (no permission needed). */
export const PersonAffectedChild: Story = at('person-affected', {...complaint, complainingFor: 'child'});
export const ComplaintWhat: Story = at('complaint-what', complaint);
export const ComplimentWho: Story = at('compliment-who', compliment);
export const ComplimentWhat: Story = at('compliment-what', compliment);
export const When: Story = at('when', complaint);
export const ComplaintWhere: Story = at('complaint-where', complaint);
export const ComplaintOfficer: Story = at('complaint-officer', complaint);
export const ComplaintOutcome: Story = at('complaint-outcome', complaint);
export const Reply: Story = at('reply', compliment);
export const YourName: Story = at('your-name', complaint);
export const Contact: Story = at('contact', {...complaint, contactPreference: 'CPNC_0001'});
