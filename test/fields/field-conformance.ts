import {expect, fixture, html} from '@open-wc/testing';
import {render} from 'lit';
import {sendKeys} from '../helpers/keys.js';
import type {TemplateResult} from 'lit';
import type {SohField} from '../../src/fields/field-element.js';
import {settled} from '../helpers/fixtures.js';

/**
 * What every field must do, whatever it is: one shared suite, run for each
 * field. A field describes how to render it and how a person fills it in.
 */
export interface FieldUnderTest {
  /** The field inside the markup, with name="answer", label "Your answer", required-message "Enter your answer". */
  render(): TemplateResult;
  /** Fills in a valid answer with the keyboard, the field's control focused. */
  typeAnswer(): Promise<void>;
  /** What `FormData` holds under "answer" after `typeAnswer`. */
  answer: string;
  /** Where the question is: a `<label>` (the default), or the `<legend>` of a group. */
  labelledBy?: 'label' | 'legend';
  /** The saved state the browser hands back on restore (default: `answer`). */
  savedState?: string | FormData;
  /** The FormData key that holds `answer`, where a field submits several (default: `answer`). */
  formKey?: string;
  /**
   * For a field whose `value` is an accessor of its own class (not a Lit property, which Lit keeps safe): the
   * empty value the report form sets on it, which may land before the field's module has loaded.
   */
  valueBeforeDefinition?: unknown;
}

function inForm(field: TemplateResult, wrapper?: (inner: TemplateResult) => TemplateResult) {
  const inner = html`<form><button type="button" id="before">Before</button>${field}<button>Send</button></form>`;
  return wrapper ? wrapper(inner) : inner;
}

async function mount(spec: FieldUnderTest, wrapper?: (inner: TemplateResult) => TemplateResult) {
  const root = await fixture<HTMLElement>(html`<div>${inForm(spec.render(), wrapper)}</div>`);
  const form = root.querySelector('form')!;
  const field = form.querySelector<SohField<unknown>>('[name="answer"]')!;
  await settled(field);
  return {root, form, field};
}

function shownError(field: Element): string {
  return (field.shadowRoot!.querySelector('[part="error-message"]')?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Hands the field its saved state, as the browser does on back/forward or reload. */
function restore(field: Element, spec: FieldUnderTest): void {
  const restorable = field as unknown as {formStateRestoreCallback(state: string | FormData, mode: string): void};
  restorable.formStateRestoreCallback(spec.savedState ?? spec.answer, 'restore');
}

export function fieldConformance(tag: string, spec: FieldUnderTest): void {
  describe(`<${tag}> conformance`, () => {
    it('is labelled, and passes axe', async () => {
      const {field} = await mount(spec);
      if (spec.labelledBy === 'legend') {
        expect(field.shadowRoot!.querySelector('fieldset legend')!.textContent!.trim()).to.equal('Your answer');
      } else {
        const control = field.shadowRoot!.querySelector<HTMLInputElement>('input, textarea, select')!;
        expect(control.labels?.[0]?.textContent?.trim()).to.equal('Your answer');
      }
      await expect(field).to.be.accessible();
    });

    it('is filled in with the keyboard, and FormData holds the value at once', async () => {
      const {form, field} = await mount(spec);
      const seen: Array<FormDataEntryValue | null> = [];
      const key = spec.formKey ?? 'answer';
      field.addEventListener('input', () => seen.push(new FormData(form).get(key)));
      form.querySelector<HTMLButtonElement>('#before')!.focus();
      await sendKeys({press: 'Tab'});
      await spec.typeAnswer();
      expect(new FormData(form).get(key)).to.equal(spec.answer);
      expect(seen.at(-1)).to.equal(spec.answer);
      expect(form.checkValidity()).to.equal(true);
    });

    if (spec.valueBeforeDefinition !== undefined)
      it('answers what is typed after its value was set before its definition loaded', async () => {
        // Rendered where it is not yet defined (a document of its own), its value set, as the report form does
        // while the field's module is still on its way; then on the page, where it upgrades.
        const elsewhere = document.implementation.createHTMLDocument('');
        render(inForm(spec.render()), elsewhere.body, {creationScope: elsewhere});
        const early = elsewhere.querySelector('[name="answer"]') as unknown as {value: unknown};
        early.value = spec.valueBeforeDefinition;
        expect(Object.prototype.hasOwnProperty.call(early, 'value')).to.equal(true);
        const root = await fixture<HTMLElement>(html`<div></div>`);
        root.append(document.adoptNode(elsewhere.querySelector('form')!));
        const form = root.querySelector('form')!;
        const field = form.querySelector<SohField<unknown>>('[name="answer"]')!;
        await settled(field);
        form.querySelector<HTMLButtonElement>('#before')!.focus();
        await sendKeys({press: 'Tab'});
        await spec.typeAnswer();
        expect(field.value).to.equal(spec.answer);
        expect(new FormData(form).get(spec.formKey ?? 'answer')).to.equal(spec.answer);
      });

    it('as a page of its own, has its question as the page heading, which takes focus', async () => {
      const {field} = await mount(spec);
      field.headingLevel = 1;
      await field.updateComplete;
      const heading = field.shadowRoot!.querySelector<HTMLElement>('[role="heading"]');
      expect(heading?.getAttribute('aria-level')).to.equal('1');
      expect(heading!.textContent!.trim()).to.equal('Your answer');
      expect(field.headingElement).to.equal(heading);
      heading!.focus();
      expect(field.shadowRoot!.activeElement).to.equal(heading);
      await expect(field).to.be.accessible();
    });

    it('refuses an empty required answer, showing what to do with a hidden "Error:", and passes axe', async () => {
      const {form, field} = await mount(spec);
      expect(form.checkValidity()).to.equal(false);
      expect(field.validity.valueMissing).to.equal(true);
      expect(field.validationMessage).to.equal('Enter your answer');
      expect(shownError(field)).to.equal('');
      form.requestSubmit();
      await field.updateComplete;
      expect(shownError(field)).to.equal('Error: Enter your answer');
      expect(field.matches(':state(user-invalid)')).to.equal(true);
      expect(field.shadowRoot!.querySelector('[aria-invalid="true"]')).not.to.equal(null);
      expect(field.shadowRoot!.querySelector('[aria-describedby~="error"]')).not.to.equal(null);
      await expect(field).to.be.accessible();
    });

    it('clears its error once the answer is right', async () => {
      const {form, field} = await mount(spec);
      form.requestSubmit();
      await field.updateComplete;
      expect(shownError(field)).not.to.equal('');
      field.focus();
      await spec.typeAnswer();
      await field.updateComplete;
      expect(shownError(field)).to.equal('');
      expect(field.matches(':state(user-invalid)')).to.equal(false);
    });

    it('says "Gwall:" and what to do in Welsh', async () => {
      const {form, field} = await mount(spec, (inner) => html`<div lang="cy">${inner}</div>`);
      form.requestSubmit();
      await field.updateComplete;
      expect(shownError(field)).to.match(/^Gwall: /);
    });

    it('empties on form reset', async () => {
      const {form, field} = await mount(spec);
      field.focus();
      await spec.typeAnswer();
      form.reset();
      await field.updateComplete;
      expect(new FormData(form).get(spec.formKey ?? 'answer') ?? '').to.equal('');
      expect(field.checkValidity()).to.equal(false);
    });

    it('is disabled by an ancestor <fieldset disabled>, and then not submitted', async () => {
      const {form, field} = await mount(spec, (inner) => html`<fieldset disabled>${inner}</fieldset>`);
      restore(field, spec);
      await field.updateComplete;
      const control = field.shadowRoot!.querySelector<HTMLInputElement>('input, textarea, select')!;
      expect(control.disabled).to.equal(true);
      expect(field.matches(':disabled')).to.equal(true);
      expect([...new FormData(form).keys()]).not.to.include(spec.formKey ?? 'answer');
    });

    it('restores the value the browser saved', async () => {
      const {form, field} = await mount(spec);
      restore(field, spec);
      await field.updateComplete;
      expect(new FormData(form).get(spec.formKey ?? 'answer')).to.equal(spec.answer);
    });
  });
}
