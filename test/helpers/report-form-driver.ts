import {fixture, html} from '@open-wc/testing';
import {sendKeys} from './keys.js';
import '../../src/engine/soh-report-form.js';
import type {SohReportForm} from '../../src/engine/report-form.js';
import {settled, until} from './fixtures.js';
// @ts-expect-error a virtual module the test runner serves: the real sandbox endpoint
import {operatorToken, sandboxUrl} from '/__sandbox.js';

/** Driving a <soh-report-form> in tests, question by question, against the sandbox. */
export const endpoint = sandboxUrl as string;

/** Request settings that sign a call in to the back office (the inbox, a stored file), as a script would. */
export const asOperator: RequestInit = {headers: {authorization: `Bearer ${operatorToken}`}};

export type Field = HTMLElement & {updateComplete: Promise<unknown>; value: unknown};

export function root(form: SohReportForm): ShadowRoot {
  return form.shadowRoot!;
}

export function field(form: SohReportForm, question: string): Field {
  return root(form).querySelector<Field>(`[data-question="${question}"]`)!;
}

export function heading(form: SohReportForm): string {
  const own = root(form).querySelector('h1');
  if (own) return own.textContent!.trim();
  const inner = root(form).querySelector<Field>('[data-question]')!.shadowRoot!.querySelector('[role="heading"]');
  return inner!.textContent!.trim();
}

/** The element focus is in, down through shadow roots. */
export function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Waits until every element the form shows is defined and rendered: most fields load after the first page. */
export async function settledPage(form: SohReportForm): Promise<void> {
  await settled(form);
  await until(() => root(form).querySelectorAll(':not(:defined)').length === 0);
  for (const element of root(form).querySelectorAll<Field>('[data-question]')) await element.updateComplete;
}

/** Where focus belongs after Continue: the new page's heading, the error summary, or what went wrong sending. */
const PAGE_FOCUS = 'h1, [role="heading"], .error-summary, [part="send-problem"]';

/**
 * Presses Continue (or Send), and waits until the page it leads to has settled with focus where a screen-reader
 * user needs it (`PAGE_FOCUS`): every journey a test walks checks that on every page.
 */
export async function pressContinue(form: SohReportForm): Promise<void> {
  root(form).querySelector<HTMLButtonElement>('button[type="submit"]')!.focus();
  await sendKeys({press: 'Enter'});
  await settled(form);
  await new Promise((resolve) => setTimeout(resolve, 20));
  await settledPage(form);
  await until(() => deepActive()?.matches(PAGE_FOCUS)).catch(() => {
    const active = deepActive();
    throw new Error(
      `After Continue, focus is on <${active?.localName ?? 'nothing'}>, not on the page's heading or the error summary (the page says: ${root(form).textContent!.replace(/\s+/g, ' ').trim().slice(0, 80)})`,
    );
  });
}

export async function choose(form: SohReportForm, question: string, presses: number): Promise<void> {
  const target = field(form, question);
  target.focus();
  await sendKeys({press: ' '});
  for (let press = 0; press < presses; press++) await sendKeys({press: 'ArrowDown'});
}

export async function type(form: SohReportForm, question: string, text: string): Promise<void> {
  field(form, question).focus();
  await sendKeys({type: text});
}

export async function inbox(): Promise<
  Array<{
    customerReferenceNumber: string;
    document: {data: Record<string, unknown>; included: Array<Record<string, unknown>>};
  }>
> {
  return (await (await fetch(new URL('inbox.json', sandboxUrl), asOperator)).json()).data;
}

/** A fresh form for a service, its first question on screen. */
export async function openService(service: string, lang = 'en'): Promise<SohReportForm> {
  sessionStorage.clear();
  const wrapper = await fixture<HTMLElement>(
    html`<div lang=${lang}>
      <soh-report-form service=${service} force="essex" endpoint=${endpoint}></soh-report-form>
    </div>`,
  );
  const form = wrapper.querySelector<SohReportForm>('soh-report-form')!;
  await settled(form);
  await until(() => root(form).querySelector('form [type="submit"]'));
  await settledPage(form);
  return form;
}

/** Finds an address by its postcode (the sandbox's fixtures: CM1 1AA, CF10 1AA…) and takes the first one. */
export async function lookUpAddress(form: SohReportForm, question: string, postcode: string): Promise<void> {
  await type(form, question, postcode);
  await sendKeys({press: 'Enter'});
  await until(() => deepActive()?.localName === 'select');
  await sendKeys({press: 'ArrowDown'});
}

/** Chooses files as the browser's file chooser hands them over: the input's files, then `change`. */
export async function chooseFiles(form: SohReportForm, question: string, files: File[]): Promise<void> {
  const input = field(form, question).shadowRoot!.querySelector<HTMLInputElement>('input[type="file"]')!;
  const transfer = new DataTransfer();
  for (const file of files) transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', {bubbles: true}));
  await settledPage(form);
}

/** A COVID-19 breach answered up to its check page (not in danger; where, when, what), from its first question. */
export async function answerCovidBreach(form: SohReportForm, description: string): Promise<void> {
  await choose(form, 'emergency', 1);
  await pressContinue(form);
  await type(form, 'location', 'The park');
  await pressContinue(form);
  await type(form, 'date', '2');
  await sendKeys({press: 'Tab'});
  await sendKeys({type: '11'});
  await sendKeys({press: 'Tab'});
  await sendKeys({type: '2026'});
  await pressContinue(form);
  await type(form, 'description', description);
  await pressContinue(form);
}
