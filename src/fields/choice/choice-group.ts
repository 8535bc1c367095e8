import {html, nothing, type TemplateResult} from 'lit';
import {property, queryAll} from 'lit/decorators.js';
import {ifDefined} from 'lit/directives/if-defined.js';
import {SohField} from '../field-element.js';
import type {ChoiceOption} from './choice-option.js';

/**
 * What radios and checkboxes share: a fieldset whose legend is the
 * question, one labelled input per option, the error inside the fieldset.
 */
/** How many choice groups this page has made: each group's inputs get a name of their own. */
let groupsMade = 0;

export abstract class ChoiceGroup<Value> extends SohField<Value> {
  /** The answers to choose from. */
  @property({type: Array}) options: ChoiceOption[] = [];

  /** Lay two or three short options out side by side (Yes / No). */
  @property({type: Boolean}) inline = false;

  @queryAll('input') protected inputs!: NodeListOf<HTMLInputElement>;

  protected abstract inputType: 'radio' | 'checkbox';

  /**
   * The inner inputs' name, unique on the page: WebKit groups radios by name across shadow roots when it moves
   * focus with Tab, so two questions whose radios shared one name were one group to it, and Tab skipped the
   * second question entirely.
   */
  private readonly inputName = `choice-${++groupsMade}`;

  /** The options as shown: `options`, unless a subclass fixes its own. */
  protected choices(): ReadonlyArray<ChoiceOption> {
    return this.options;
  }

  protected abstract isChosen(value: string): boolean;

  protected abstract onToggle(input: HTMLInputElement): void;

  /** Tells the page, as native radios and checkboxes do (their own events stay inside the shadow root). */
  protected announceChange(): void {
    this.dispatchEvent(new Event('input', {bubbles: true, composed: true}));
    this.dispatchEvent(new Event('change', {bubbles: true}));
  }

  protected controlElement(): HTMLElement | null {
    return this.inputs?.[0] ?? null;
  }

  override focus(options?: FocusOptions): void {
    const chosen = [...(this.inputs ?? [])].find((input) => input.checked);
    (chosen ?? this.controlElement())?.focus(options);
  }

  protected renderContent(): TemplateResult {
    const heading = this.headingLevel > 0;
    const legend = html`<span class="legend ${heading ? 'legend--heading' : ''}" part="label">${this.label}</span>`;
    return html`<div class="wrapper">
      <fieldset aria-describedby=${ifDefined(this.describedBy() || undefined)}>
        ${this.renderLegend(legend)} ${this.renderHint()} ${this.renderError()}
        <div class="options ${this.inline ? 'options--inline' : ''}">
          ${this.choices().map((option, index) => this.renderOption(option, index))}
        </div>
      </fieldset>
    </div>`;
  }

  private renderOption(option: ChoiceOption, index: number): TemplateResult {
    const id = `option-${index}`;
    return html`<div class="option" part="option">
      <input
        id=${id}
        type=${this.inputType}
        name=${this.inputName}
        .value=${option.value}
        .checked=${this.isChosen(option.value)}
        ?disabled=${this.isDisabled}
        aria-describedby=${ifDefined(option.hint ? `${id}-hint` : undefined)}
        aria-invalid=${this.shownError ? 'true' : 'false'}
        @change=${(event: Event) => this.onToggle(event.target as HTMLInputElement)}
      />
      <label for=${id}>
        ${option.label} ${option.hint ? html`<span class="option-hint" id="${id}-hint">${option.hint}</span>` : nothing}
      </label>
    </div>`;
  }
}
