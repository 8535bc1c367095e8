import {css, html, type TemplateResult} from 'lit';
import {state} from 'lit/decorators.js';
import {ifDefined} from 'lit/directives/if-defined.js';
import {fieldError, space3} from '../generated/tokens.js';
import {SohField} from './field-element.js';

export interface PartBox<Part extends string> {
  part: Part;
  /** The box's own label: "Day", "Hour". */
  label: string;
  /** Characters the box is sized for. */
  size: 2 | 4;
  autocomplete?: string;
}

/**
 * A value typed into a few small boxes (day, month, year; hour, minute):
 * a fieldset whose legend is the question, one labelled numeric box per
 * part. It never moves between boxes by itself. The boxes' text is the saved
 * state, so the browser can give back exactly what was typed.
 */
export abstract class PartsField<Part extends string> extends SohField<string> {
  /** What was typed, box by box. */
  @state() protected parts: Record<Part, string>;

  constructor(parts: ReadonlyArray<Part>) {
    super();
    this.parts = Object.fromEntries(parts.map((part) => [part, ''])) as Record<Part, string>;
  }

  /** The boxes, labelled in the current language. */
  protected abstract boxes(): ReadonlyArray<PartBox<Part>>;

  /** The boxes the current problem is about, for marking them. */
  protected abstract partsInError(): ReadonlyArray<Part>;

  protected partNames(): Part[] {
    return Object.keys(this.parts) as Part[];
  }

  protected blank(): boolean {
    return this.partNames().every((part) => this.parts[part].trim() === '');
  }

  protected override isEmpty(): boolean {
    return this.blank();
  }

  protected controlElement(): HTMLElement | null {
    const first = this.partsInError()[0] ?? this.partNames()[0];
    return this.renderRoot?.querySelector<HTMLInputElement>(`#${first}`) ?? null;
  }

  protected emptyValue(): string {
    return '';
  }

  protected formValue(): string {
    return this.value;
  }

  protected override syncFormState(): void {
    super.syncFormState();
    this.internals.setFormValue(
      this.formValue(),
      this.partNames()
        .map((part) => this.parts[part])
        .join('/'),
    );
  }

  formStateRestoreCallback(state: string | File | FormData | null): void {
    if (typeof state !== 'string') return;
    if (!state.includes('/')) {
      this.value = state;
      return;
    }
    const typed = state.split('/');
    this.parts = Object.fromEntries(this.partNames().map((part, index) => [part, typed[index] ?? ''])) as Record<
      Part,
      string
    >;
  }

  private boxInError(part: Part): boolean {
    if (!this.shownError) return false;
    return this.blank() || this.partsInError().includes(part);
  }

  protected renderContent(): TemplateResult {
    const heading = this.headingLevel > 0;
    const legend = html`<span class=${heading ? 'heading label' : ''} part="label">${this.label}</span>`;
    return html`<div class="wrapper">
      <fieldset role="group" aria-describedby=${ifDefined(this.describedBy() || undefined)}>
        ${this.renderLegend(legend)} ${this.renderHint()} ${this.renderError()}
        <div class="parts">
          ${this.boxes().map(
            (box) =>
              html`<div class="part part--size-${box.size}">
                <label class="label" for=${box.part}>${box.label}</label>
                <input
                  id=${box.part}
                  class="control"
                  part="input"
                  inputmode="numeric"
                  autocomplete=${ifDefined(box.autocomplete)}
                  aria-invalid=${this.boxInError(box.part) ? 'true' : 'false'}
                  ?disabled=${this.isDisabled}
                  .value=${this.parts[box.part]}
                  @input=${(event: InputEvent) => this.onInput(box.part, (event.target as HTMLInputElement).value)}
                />
              </div>`,
          )}
        </div>
      </fieldset>
    </div>`;
  }

  private onInput(part: Part, typed: string): void {
    this.parts = {...this.parts, [part]: typed};
    this.syncFormState();
  }
}

export const partsFieldStyles = css`
  .parts {
    display: flex;
    flex-wrap: wrap;
    gap: ${space3};
  }
  .part .label {
    font-weight: normal;
  }
  .part--size-2 .control {
    width: 3.5em;
  }
  .part--size-4 .control {
    width: 5em;
  }
  .part .control[aria-invalid='true'] {
    border-color: ${fieldError};
  }
`;
