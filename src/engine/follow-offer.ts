import {html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult} from 'lit';
import type {Msg} from '../core/localize/translator.js';

type State = {kind: 'none'} | {kind: 'offered' | 'asking' | 'failed'} | {kind: 'given'; code: string; link: string};

/**
 * The confirmation's offer to follow the report online (issue 9): on
 * request, `POST {endpoint}/follow` with the report's reference and the
 * idempotency key it was sent with (only this browser has it), and the
 * access code shown once, with a private link to the page holding
 * `<soh-report-status>` that carries both in its fragment (never sent to a
 * server). Nothing of it is stored on the device.
 */
export class FollowOffer implements ReactiveController {
  private state: State = {kind: 'none'};
  private reference = '';
  private submissionKey = '';

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** After a report is stored: offer following, or not. */
  offer(reference: string, submissionKey: string, offered: boolean): void {
    this.reference = reference;
    this.submissionKey = submissionKey;
    this.state = {kind: offered ? 'offered' : 'none'};
    this.host.requestUpdate();
  }

  private async ask(endpoint: URL, followUrl: string): Promise<void> {
    this.state = {kind: 'asking'};
    this.host.requestUpdate();
    try {
      const response = await fetch(new URL('follow', endpoint), {
        method: 'POST',
        headers: {'Content-Type': 'application/json'},
        body: JSON.stringify({reference: this.reference, submissionKey: this.submissionKey}),
        credentials: 'omit',
        cache: 'no-store',
      });
      if (response.status !== 201) throw new Error(String(response.status));
      const {code} = (await response.json()) as {code: string};
      const link = new URL(followUrl, document.baseURI);
      link.hash = new URLSearchParams({report: this.reference, code}).toString();
      this.state = {kind: 'given', code, link: link.href};
    } catch {
      this.state = {kind: 'failed'};
    }
    this.host.requestUpdate();
    await (this.host as unknown as {updateComplete: Promise<unknown>}).updateComplete;
    this.host.shadowRoot?.querySelector<HTMLElement>('.follow [tabindex="-1"]')?.focus();
  }

  render(msg: Msg, endpoint: URL | undefined, followUrl: string): TemplateResult | typeof nothing {
    const state = this.state;
    if (state.kind === 'none' || !endpoint) return nothing;
    if (state.kind === 'given')
      return html`<section class="follow" part="follow">
        <h2 class="heading-medium" tabindex="-1">${msg('Your access code', {id: 'follow.code'})}</h2>
        <p><strong class="reference">${state.code}</strong></p>
        <p>
          ${msg('Keep it safe, and do not share it: anyone with your reference and this code can read our messages about your report. We cannot show it again.', {id: 'follow.keep'})}
        </p>
        <p>
          ${msg('Your private link to follow the report (it holds the code):', {id: 'follow.link'})}
          <a href=${state.link}>${state.link}</a>
        </p>
      </section>`;
    return html`<section class="follow" part="follow">
      <h2 class="heading-medium" tabindex="-1">${msg('Follow your report online', {id: 'follow.title'})}</h2>
      <p>
        ${msg('See what happens to your report, read our messages and answer them, with your reference and a private code.', {id: 'follow.what'})}
      </p>
      ${
        state.kind === 'failed'
          ? html`<p class="problem" role="alert">
              ${msg('We could not make your code. Try again, or call 101.', {id: 'follow.failed'})}
            </p>`
          : nothing
      }
      <button
        type="button"
        class="button button--secondary"
        ?disabled=${state.kind === 'asking'}
        @click=${() => void this.ask(endpoint, followUrl)}
      >
        ${msg('Get a code to follow it', {id: 'follow.ask'})}
      </button>
    </section>`;
  }
}
