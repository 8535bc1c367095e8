import {buttonStyles} from '../../core/button-styles.js';
import {css, html, nothing, type TemplateResult} from 'lit';
import {property, query, state} from 'lit/decorators.js';
import {SohForceChosenEvent} from '../../core/force-chosen-event.js';
import {baseStyles, SohElement} from '../../core/soh-element.js';
import {hostTypography} from '../../core/host-typography.js';
import {normalisePostcode} from '../../contract/postcode.js';
import type {ForceLocation} from '../../contract/force-location.js';
import '../../fields/select/soh-select.js';
import type {SohSelect} from '../../fields/select/select.js';
import '../../fields/text-field/soh-text-field.js';
import type {SohTextField} from '../../fields/text-field/text-field.js';
import {findForce, forces} from '../../forces/forces.js';
import {colorError, space4} from '../../generated/tokens.js';
import {endpointFetch} from '../../core/transport/endpoint-fetch.js';

/**
 * For pages that serve every force (Police.uk): asks where it happened, by
 * the force's name (typed, with suggestions, in English or Welsh) or by a
 * postcode (`GET {endpoint}/forces/locate?postcode=`), and names the force.
 * `<soh-report-form>` shows it when it has no force, then carries on themed
 * and routed to the force chosen.
 *
 * @summary Asks where it happened and finds the police force, by name or by postcode.
 * @tag soh-force-picker
 *
 * @event soh-force-chosen - The force is known. `detail`: `{forceId}`.
 *
 * @csspart button - The Continue button.
 * @csspart config-problem - The message shown instead of the picker when its configuration cannot work.
 *
 * @cssprop --soh-color-brand - The Continue button.
 */
export class SohForcePicker extends SohElement {
  static override styles = [
    baseStyles,
    hostTypography,
    buttonStyles,
    css`
      .title {
        font-size: 32px;
        font-weight: bold;
        line-height: 1.1;
        margin: 0 0 ${space4};
      }
      .title:focus {
        outline: none;
      }
      .problem {
        font-weight: bold;
        color: ${colorError};
      }
    `,
  ];

  /** The heading's level in the page (1: the picker is the page's question). */
  @property({attribute: 'heading-level', type: Number}) headingLevel = 1;

  @state() private problem = '';

  @query('soh-select') private forceField?: SohSelect;
  @query('soh-text-field') private postcodeField?: SohTextField;

  protected renderContent(): TemplateResult {
    const {msg} = this.i18n;
    const welsh = this.i18n.locale === 'cy';
    const options = forces.map((force) => ({
      value: force.id,
      label: welsh && force.nameCy ? force.nameCy : force.name,
    }));
    return html`<form novalidate @submit=${this.onSubmit}>
      <div class="title" role="heading" aria-level=${this.headingLevel} tabindex="-1">
        ${msg('Where did it happen?', {id: 'force-picker.title'})}
      </div>
      <p>${msg('We need to know which police force to send your report to.', {id: 'force-picker.why'})}</p>
      ${this.problem ? html`<p class="problem" role="alert">${this.problem}</p>` : nothing}
      <soh-select
        name="force"
        label=${msg('The police force, if you know it', {id: 'force-picker.by-name'})}
        .options=${options}
      ></soh-select>
      <soh-text-field
        name="postcode"
        label=${msg('Or the postcode where it happened', {id: 'force-picker.by-postcode'})}
        hint=${msg('For example, CF10 1AA', {id: 'force-picker.postcode-hint'})}
        autocomplete="postal-code"
      ></soh-text-field>
      <button type="submit" class="button" part="button">${msg('Continue', {id: 'engine.continue'})}</button>
    </form>`;
  }

  private async onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const {msg} = this.i18n;
    const chosen = this.forceField?.value;
    if (chosen) {
      this.choose(chosen);
      return;
    }
    const typed = this.postcodeField?.value.trim() ?? '';
    const postcode = normalisePostcode(typed);
    if (!typed) {
      this.problem = msg('Choose the police force, or enter the postcode where it happened', {
        id: 'force-picker.nothing',
      });
      return;
    }
    if (!postcode) {
      this.problem = msg('Enter a real postcode, like CF10 1AA', {id: 'force-picker.postcode-invalid'});
      return;
    }
    const forceId = await this.locate(postcode);
    if (forceId && findForce(forceId)) this.choose(forceId);
    else
      this.problem = msg('We could not find the force for that postcode. Choose the force by name instead.', {
        id: 'force-picker.not-found',
      });
  }

  private async locate(postcode: string): Promise<string | undefined> {
    const endpoint = this.config.endpoint;
    if (!endpoint) return undefined;
    try {
      const url = new URL('forces/locate', endpoint);
      url.searchParams.set('postcode', postcode);
      const response = await endpointFetch(url);
      if (!response.ok) return undefined;
      return ((await response.json()) as ForceLocation).data.id;
    } catch {
      return undefined;
    }
  }

  private choose(forceId: string): void {
    this.problem = '';
    this.emit(new SohForceChosenEvent(forceId));
  }
}
