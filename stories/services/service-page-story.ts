import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import {expect, userEvent, waitFor} from 'storybook/test';
import '../../src/engine/soh-report-form.js';
import type {SohReportForm} from '../../src/engine/report-form.js';
import {SANDBOX_ENDPOINT as ENDPOINT} from '../sandbox-endpoint.js';

/**
 * One story per page of a service, for designers: each opens the form at
 * that page, as a reload part-way through would (the answers before it are
 * a draft in sessionStorage). The endpoint is a real sandbox (see ../sandbox-endpoint.ts).
 */

export type Story = StoryObj;

/**
 * What every page's story shares: the service's form, with any draft of it cleared first, for the toolbar's force
 * (Essex under the base theme: with no force the form would first ask where it happened).
 */
export function servicePages(service: string): Meta {
  return {
    component: 'soh-report-form',
    render: (_args, {globals}) =>
      html`<soh-report-form
        service=${service}
        force=${globals.force || 'essex'}
        endpoint=${ENDPOINT}
      ></soh-report-form>`,
    loaders: [async () => void sessionStorage.removeItem(`soh:draft:${service}`)],
    play: async ({canvasElement}) => void (await formIn(canvasElement)),
  };
}

/** The form at the step `at` (a page id, `check`, or `id/0` and `id/list` for an "add another"). */
export function page(service: string, at: string, answers: Record<string, unknown> = {}): Story {
  return {
    loaders: [async () => void sessionStorage.setItem(`soh:draft:${service}`, JSON.stringify({at, answers}))],
    parameters: {docs: {description: {story: `The page \`${at}\`.`}}},
    play: async ({canvasElement}) => {
      const form = await formIn(canvasElement);
      // Opened where the draft left off, not at the start.
      expect(form.shadowRoot!.querySelector('[data-question="emergency"], .back-link')).toBeTruthy();
      expect(form.shadowRoot!.querySelector('[data-question="emergency"]')).toBeNull();
    },
  };
}

/**
 * The form walked to a page with the mouse, for a service that keeps no
 * draft (domestic abuse): each step answers the page's questions, then Continue.
 */
export function walkedTo(steps: ReadonlyArray<Readonly<Record<string, unknown>>>): Story {
  return {
    play: async ({canvasElement}) => {
      const form = await formIn(canvasElement);
      for (const answers of steps) {
        for (const [question, value] of Object.entries(answers)) {
          const field = await waitFor(() => {
            const found = form.shadowRoot!.querySelector<HTMLElement & {value: unknown}>(
              `[data-question="${question}"]`,
            );
            expect(found).toBeTruthy();
            return found!;
          });
          field.value = value;
          field.dispatchEvent(new Event('input', {bubbles: true, composed: true}));
        }
        const before = form.shadowRoot!.querySelector('form')!.innerHTML;
        await userEvent.click(form.shadowRoot!.querySelector<HTMLButtonElement>('form [type="submit"]')!);
        await waitFor(() => expect(form.shadowRoot!.querySelector('form')!.innerHTML).not.toBe(before));
      }
    },
  };
}

async function formIn(canvasElement: HTMLElement): Promise<SohReportForm> {
  const form = canvasElement.querySelector<SohReportForm>('soh-report-form')!;
  await waitFor(() => expect(form.shadowRoot!.querySelector('form, [part="confirmation"]')).toBeTruthy());
  return form;
}

/** A hand-off (no form: the national service, what to have ready, the link), in `language`. */
export function handOffStory(service: string, language: 'en' | 'cy'): Story {
  return {
    render: (_args, {globals}) =>
      html`<div lang=${language}>
        <soh-report-form service=${service} force=${globals.force || 'essex'} endpoint=${ENDPOINT}></soh-report-form>
      </div>`,
    play: async ({canvasElement}) => {
      const form = canvasElement.querySelector<SohReportForm>('soh-report-form')!;
      await waitFor(() => expect(form.shadowRoot!.querySelector('[part="hand-off"] a')).toBeTruthy());
    },
  };
}
