import {nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult} from 'lit';
import type {AccessCode} from '../contract/follow.js';
import type {Msg} from '../core/localize/translator.js';
import {httpAddress} from '../core/safe-url.js';
import {renderFollowOffer, type FollowState} from './views/follow-offer-view.js';
import {endpointFetch} from '../core/transport/endpoint-fetch.js';
import {holds} from './conditions.js';
import type {Answers, ServiceDefinition} from './definition.js';
import {isAnonymous} from './journey.js';
import {mayBeWatched} from './may-be-watched.js';

/**
 * Whether the confirmation offers to follow the report (on a page with `follow-url`): where the definition's `follow`
 * holds (always, without one); where the person may be watched, only when `follow` says they chose it as safe; never
 * for an anonymous report, which following would tie to them.
 */
export function followOffered(
  definition: Pick<ServiceDefinition, 'follow' | 'exitPage' | 'anonymous'>,
  answers: Answers,
): boolean {
  const {follow} = definition;
  if (mayBeWatched(definition, answers) && follow === undefined) return false;
  return holds(follow, answers) && !isAnonymous(definition, answers);
}

/**
 * The confirmation's offer to follow the report online: on request,
 * `POST {endpoint}/follow` with the report's reference and the idempotency
 * key it was sent with (only this browser has it), and the access code shown
 * once, to be typed on the page holding `<soh-report-status>`. No address we
 * make holds the code or the reference (the browser's history keeps every
 * address, and the exit control cannot clear it), and where the person may
 * be watched no link is offered at all. Nothing of it is stored on the device.
 */
export class FollowOffer implements ReactiveController {
  private state: FollowState = {kind: 'none'};
  private reference = '';
  private submissionKey = '';
  private mayBeWatched = true;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {}

  /**
   * After a report is stored: offer following, or not. `mayBeWatched` (a service with the exit control, such as
   * domestic abuse): no link to the follow page.
   */
  offer(reference: string, submissionKey: string, offered: boolean, mayBeWatched: boolean): void {
    this.reference = reference;
    this.submissionKey = submissionKey;
    this.mayBeWatched = mayBeWatched;
    this.state = {kind: offered ? 'offered' : 'none'};
    this.host.requestUpdate();
  }

  private async ask(endpoint: URL, followUrl: string): Promise<void> {
    this.state = {kind: 'asking'};
    this.host.requestUpdate();
    try {
      const response = await endpointFetch(new URL('follow', endpoint), {
        method: 'POST',
        headers: {'Content-Type': 'application/json'},
        body: JSON.stringify({reference: this.reference, submissionKey: this.submissionKey}),
      });
      if (response.status !== 201) throw new Error(String(response.status));
      const {code} = (await response.json()) as AccessCode;
      this.state = {kind: 'given', code, link: this.mayBeWatched ? undefined : httpAddress(followUrl)?.href};
    } catch {
      this.state = {kind: 'failed'};
    }
    this.host.requestUpdate();
    await (this.host as unknown as {updateComplete: Promise<unknown>}).updateComplete;
    this.host.shadowRoot?.querySelector<HTMLElement>('.follow [tabindex="-1"]')?.focus();
  }

  render(msg: Msg, endpoint: URL | undefined, followUrl: string): TemplateResult | typeof nothing {
    if (!endpoint) return nothing;
    return renderFollowOffer(msg, this.state, () => void this.ask(endpoint, followUrl));
  }
}
