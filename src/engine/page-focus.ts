import type {SohField} from '../fields/field-element.js';

/*
 * Where focus goes after a change in `<soh-report-form>` (handed to its FocusAfterUpdate): each finds, in the
 * form's shadow root, what the person should hear first.
 */

/** A new page's heading: its own, or on a one-question page, the question inside the field (which may be loading). */
export async function pageHeading(root: HTMLElement | DocumentFragment): Promise<HTMLElement | null | undefined> {
  const own = root.querySelector<HTMLElement>('h1[tabindex]');
  if (own) return own;
  const field = root.querySelector<SohField<unknown>>('[data-question]');
  if (!field) return undefined;
  await customElements.whenDefined(field.localName);
  await field.updateComplete;
  return field.headingElement;
}

/** The error summary, after a Continue that found problems. */
export const errorSummary = (root: HTMLElement | DocumentFragment) => root.querySelector<HTMLElement>('.error-summary');
/** What went wrong, after a send that did not get through. */
export const sendProblem = (root: HTMLElement | DocumentFragment) =>
  root.querySelector<HTMLElement>('[part="send-problem"]');
