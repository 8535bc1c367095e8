import {str} from '@lit/localize';
import {css, html, nothing, type TemplateResult} from 'lit';
import {state} from 'lit/decorators.js';
import {ifDefined} from 'lit/directives/if-defined.js';
import {baseStyles} from '../../core/soh-element.js';
import {space2, space3} from '../../generated/tokens.js';
import {SohField} from '../field-element.js';
import {fieldStyles} from '../field-styles.js';
import type {Failure, Validator} from '../validation.js';
import {emptyAddress, isEmptyAddress, type Address} from './address.js';
import {normalisePostcode} from '../../contract/postcode.js';
import type {AddressLookup} from '../../contract/address-lookup.js';
import {endpointFetch} from '../../core/transport/endpoint-fetch.js';

type Mode = 'lookup' | 'choose' | 'manual';
type ManualPart = 'line1' | 'line2' | 'town' | 'county' | 'postcode';

const AUTOCOMPLETE: Record<ManualPart, string> = {
  line1: 'address-line1',
  line2: 'address-line2',
  town: 'address-level2',
  county: 'address-level1',
  postcode: 'postal-code',
};

/**
 * An address: by postcode look-up (`GET {endpoint}/addresses?postcode=`),
 * always with a way to type it in instead, every box with its
 * `autocomplete` token so browsers can fill it (WCAG 1.3.5). Without an
 * endpoint it starts with the boxes.
 *
 * Submits its parts under `name-line1`, `name-line2`, `name-town`,
 * `name-county` and `name-postcode`.
 *
 * @summary An address, by postcode look-up or typed in, with autocomplete tokens on every box.
 * @tag soh-address
 *
 * @csspart label - The question (the legend).
 * @csspart hint - The hint under the question.
 * @csspart error-message - The error message, after a failed submit.
 * @csspart input - Each box, and the list of addresses found.
 *
 * @cssprop --soh-field-label - The question's colour. Falls back to `--soh-color-text`.
 * @cssprop --soh-field-border - The boxes' borders. Falls back to `--soh-color-border-control`.
 * @cssprop --soh-field-error - The error's colour. Falls back to `--soh-color-error`.
 *
 * @cssstate user-invalid - A submit attempt found the address missing or incomplete; the error shows.
 */
export class SohAddress extends SohField<Address> {
  static override styles = [
    baseStyles,
    fieldStyles,
    css`
      .box {
        margin-block-end: ${space3};
      }
      .box .label {
        font-weight: normal;
      }
      .control--postcode {
        max-width: 10em;
      }
      .row {
        display: flex;
        flex-wrap: wrap;
        align-items: flex-end;
        gap: ${space2};
      }
      .find {
        min-height: 44px;
        font: inherit;
        font-weight: bold;
        padding: 0 ${space3};
        cursor: pointer;
      }
    `,
  ];

  @state() private address: Address = emptyAddress();
  @state() private mode: Mode = 'lookup';
  @state() private postcode = '';
  @state() private found: Address[] = [];
  @state() private lookupProblem: '' | 'invalid' | 'none' | 'failed' = '';
  @state() private announcement = '';

  get value(): Address {
    return this.address;
  }

  set value(address: Address) {
    const next = {...emptyAddress(), ...address};
    // The address this field already has (a form handing back what it was told) changes nothing.
    if (JSON.stringify(next) === JSON.stringify({...emptyAddress(), ...this.address})) return;
    this.address = next;
    if (!isEmptyAddress(this.address)) this.mode = 'manual';
  }

  protected formValue(): FormData | null {
    if (isEmptyAddress(this.address)) return null;
    const data = new FormData();
    for (const part of ['line1', 'line2', 'town', 'county', 'postcode'] as const)
      data.append(`${this.name}-${part}`, this.address[part]);
    return data;
  }

  protected emptyValue(): Address {
    return emptyAddress();
  }

  protected override isEmpty(): boolean {
    return isEmptyAddress(this.address);
  }

  protected controlElement(): HTMLElement | null {
    const wanted =
      this.mode === 'lookup'
        ? '#postcode-lookup'
        : this.mode === 'choose'
          ? '#choose'
          : `#${this.firstManualProblem() ?? 'line1'}`;
    return this.renderRoot?.querySelector<HTMLElement>(wanted) ?? null;
  }

  override formResetCallback(): void {
    super.formResetCallback();
    this.mode = this.config.endpoint ? 'lookup' : 'manual';
    this.postcode = '';
    this.found = [];
  }

  formStateRestoreCallback(state: string | File | FormData | null): void {
    if (!(state instanceof FormData)) return;
    const read = (part: string) => String(state.get(`${this.name}-${part}`) ?? '');
    this.value = {
      line1: read('line1'),
      line2: read('line2'),
      town: read('town'),
      county: read('county'),
      postcode: read('postcode'),
    };
  }

  protected override validators(): ReadonlyArray<Validator<Address>> {
    return [(_value, msg) => this.manualFailure(msg)];
  }

  private firstManualProblem(): ManualPart | undefined {
    if (!this.address.line1.trim()) return 'line1';
    if (!this.address.town.trim()) return 'town';
    if (!normalisePostcode(this.address.postcode)) return 'postcode';
    return undefined;
  }

  private manualFailure(msg: Parameters<Validator<Address>>[1]): Failure | undefined {
    switch (this.firstManualProblem()) {
      case 'line1':
        return {
          flag: 'valueMissing',
          message: msg('Enter address line 1, typically the building and street', {id: 'address.line1-missing'}),
        };
      case 'town':
        return {flag: 'valueMissing', message: msg('Enter town or city', {id: 'address.town-missing'})};
      case 'postcode':
        return this.address.postcode.trim()
          ? {
              flag: 'patternMismatch',
              message: msg('Enter a real postcode, like CM1 1AA', {id: 'address.postcode-invalid'}),
            }
          : {flag: 'valueMissing', message: msg('Enter postcode', {id: 'address.postcode-missing'})};
      default:
        return undefined;
    }
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed as never);
    // No endpoint to look up with: the boxes straight away.
    if (!this.hasUpdated && !this.config.endpoint) this.mode = 'manual';
  }

  protected renderContent(): TemplateResult {
    const {msg} = this.i18n;
    return html`<div class="wrapper">
      <fieldset aria-describedby=${ifDefined(this.describedBy() || undefined)}>
        ${this.renderLegend(
          html`<span class=${this.headingLevel > 0 ? 'heading label' : ''} part="label">${this.label}</span>`,
        )}
        ${this.renderHint()} ${this.renderError()}
        ${this.mode === 'lookup' ? this.renderLookup() : this.mode === 'choose' ? this.renderChoice() : this.renderManual()}
      </fieldset>
      <div class="visually-hidden" aria-live="polite">${this.announcement}</div>
      ${
        this.mode === 'manual' || !this.config.endpoint
          ? nothing
          : html`<button type="button" class="link-button" @click=${() => this.switchTo('manual')}>
              ${msg('Enter the address manually', {id: 'address.manual'})}
            </button>`
      }
    </div>`;
  }

  private renderLookup(): TemplateResult {
    const {msg} = this.i18n;
    const problem =
      this.lookupProblem === 'invalid'
        ? msg('Enter a real postcode, like CM1 1AA', {id: 'address.postcode-invalid'})
        : this.lookupProblem === 'none'
          ? msg('We could not find an address for that postcode. Check it, or enter the address manually.', {
              id: 'address.none-found',
            })
          : this.lookupProblem === 'failed'
            ? msg('The address search is not working at the moment. Enter the address manually.', {
                id: 'address.lookup-failed',
              })
            : '';
    return html`<div class="box">
      <label class="label" for="postcode-lookup">${msg('Postcode', {id: 'address.postcode'})}</label>
      ${problem ? html`<p class="hint" id="lookup-problem" role="status">${problem}</p>` : nothing}
      <div class="row">
        <input
          id="postcode-lookup"
          class="control control--postcode"
          part="input"
          autocomplete="postal-code"
          aria-describedby=${ifDefined(problem ? 'lookup-problem' : undefined)}
          aria-invalid=${this.shownError ? 'true' : 'false'}
          ?disabled=${this.isDisabled}
          .value=${this.postcode}
          @input=${(event: InputEvent) => (this.postcode = (event.target as HTMLInputElement).value)}
          @keydown=${(event: KeyboardEvent) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              void this.lookUp();
            }
          }}
        />
        <button type="button" class="find" ?disabled=${this.isDisabled} @click=${() => this.lookUp()}>
          ${msg('Find address', {id: 'address.find'})}
        </button>
      </div>
    </div>`;
  }

  private renderChoice(): TemplateResult {
    const {msg} = this.i18n;
    const count = this.found.length;
    return html`<div class="box">
      <p>
        <strong>${this.postcode}</strong>
        <button type="button" class="link-button" @click=${() => this.switchTo('lookup')}>
          ${msg('Change postcode', {id: 'address.change-postcode'})}
        </button>
      </p>
      <label class="label" for="choose">${msg('Select an address', {id: 'address.select'})}</label>
      <select
        id="choose"
        class="control"
        part="input"
        ?disabled=${this.isDisabled}
        aria-invalid=${this.shownError ? 'true' : 'false'}
        @change=${this.onChoose}
      >
        <option value="">${this.foundText(count)}</option>
        ${this.found.map((address, index) => html`<option value=${index}>${[address.line1, address.line2, address.town].filter(Boolean).join(', ')}</option>`)}
      </select>
    </div>`;
  }

  private renderManual(): TemplateResult {
    const {msg} = this.i18n;
    const labels: Record<ManualPart, string> = {
      line1: msg('Address line 1', {id: 'address.line1'}),
      line2: msg('Address line 2 (optional)', {id: 'address.line2'}),
      town: msg('Town or city', {id: 'address.town'}),
      county: msg('County (optional)', {id: 'address.county'}),
      postcode: msg('Postcode', {id: 'address.postcode'}),
    };
    const problem = this.shownError ? this.firstManualProblem() : undefined;
    return html`${(Object.keys(labels) as ManualPart[]).map(
      (part) =>
        html`<div class="box">
          <label class="label" for=${part}>${labels[part]}</label>
          <input
            id=${part}
            class="control ${part === 'postcode' ? 'control--postcode' : ''}"
            part="input"
            autocomplete=${AUTOCOMPLETE[part]}
            aria-invalid=${problem === part ? 'true' : 'false'}
            ?disabled=${this.isDisabled}
            .value=${this.address[part]}
            @input=${(event: InputEvent) => this.onManualInput(part, (event.target as HTMLInputElement).value)}
          />
        </div>`,
    )}`;
  }

  /** "3 addresses found", by the plural rules of the language. */
  private foundText(count: number): string {
    const {msg} = this.i18n;
    return this.i18n.plural(count, {
      zero: () => msg('0 addresses found', {id: 'address.found.zero'}),
      one: () => msg('1 address found', {id: 'address.found.one'}),
      two: () => msg('2 addresses found', {id: 'address.found.two'}),
      few: () => msg(str`${count} addresses found`, {id: 'address.found.few'}),
      many: () => msg(str`${count} addresses found`, {id: 'address.found.many'}),
      other: () => msg(str`${count} addresses found`, {id: 'address.found.other'}),
    });
  }

  private switchTo(mode: Mode): void {
    this.mode = mode;
    this.lookupProblem = '';
    void this.updateComplete.then(() => this.controlElement()?.focus());
  }

  private async lookUp(): Promise<void> {
    const postcode = normalisePostcode(this.postcode);
    if (!postcode) {
      this.lookupProblem = 'invalid';
      return;
    }
    const endpoint = this.config.endpoint;
    if (!endpoint) return;
    try {
      const url = new URL('addresses', endpoint);
      url.searchParams.set('postcode', postcode);
      const response = await endpointFetch(url);
      if (!response.ok) throw new Error(`status ${response.status}`);
      const {data} = (await response.json()) as AddressLookup;
      this.found = data.map((found) => ({...emptyAddress(), ...found}));
    } catch {
      this.lookupProblem = 'failed';
      return;
    }
    this.postcode = postcode;
    if (this.found.length === 0) {
      this.lookupProblem = 'none';
      return;
    }
    this.lookupProblem = '';
    this.announcement =
      this.found.length === 1
        ? this.i18n.msg('1 address found', {id: 'address.found.one'})
        : this.i18n.msg(str`${this.found.length} addresses found`, {id: 'address.found.other'});
    this.switchTo('choose');
  }

  private onChoose(event: Event): void {
    const index = (event.target as HTMLSelectElement).value;
    this.address = index === '' ? emptyAddress() : this.found[Number(index)];
    this.syncFormState();
    this.dispatchEvent(new Event('input', {bubbles: true, composed: true}));
  }

  private onManualInput(part: ManualPart, typed: string): void {
    this.address = {...this.address, [part]: typed, uprn: undefined};
    this.syncFormState();
  }
}
