import {html, type TemplateResult} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import {emptyAddress, type Address} from '../../fields/address/address.js';
import type {Attachment} from '../../sdm/attachments.js';
import type {Answers, Bilingual, Question} from '../definition.js';

/** What a question needs from its form besides its own definition and answer. */
export interface QuestionContext {
  pick: (text: Bilingual) => string;
  /** 1 when the question is the page's only one (its label is the page's heading), else 0. */
  headingLevel: number;
  /** The form's submission id: files sent on the way name it. */
  submissionId: string;
}

/**
 * A question as its field element. The engine listens for `input` on the
 * page and reads each field's `value`; `data-question` ties them together.
 */
export function renderQuestion(
  question: Question,
  value: Answers[string] | undefined,
  {pick, headingLevel, submissionId}: QuestionContext,
): TemplateResult {
  const label = pick(question.label);
  const hint = question.hint ? pick(question.hint) : '';
  const requiredMessage = question.requiredMessage ? pick(question.requiredMessage) : '';
  const text = typeof value === 'string' ? value : '';
  switch (question.kind) {
    case 'text':
    case 'email':
    case 'tel':
      return html`<soh-text-field
        data-question=${question.id}
        name=${question.id}
        type=${question.kind}
        label=${label}
        hint=${hint}
        autocomplete=${ifDefined(question.autocomplete)}
        ?required=${question.required}
        required-message=${requiredMessage}
        heading-level=${headingLevel}
        .value=${text}
      ></soh-text-field>`;
    case 'textarea':
      return html`<soh-textarea
        data-question=${question.id}
        name=${question.id}
        label=${label}
        hint=${hint}
        maxlength=${ifDefined(question.maxlength)}
        error-label=${ifDefined(question.errorLabel && pick(question.errorLabel))}
        ?required=${question.required}
        required-message=${requiredMessage}
        heading-level=${headingLevel}
        .value=${text}
      ></soh-textarea>`;
    case 'select':
      return html`<soh-select
        data-question=${question.id}
        name=${question.id}
        label=${label}
        hint=${hint}
        ?required=${question.required}
        required-message=${requiredMessage}
        heading-level=${headingLevel}
        .options=${question.options.map((option) => ({value: option.value, label: pick(option.label)}))}
        .value=${text}
      ></soh-select>`;
    case 'radios':
    case 'checkboxes': {
      const options = question.options.map((option) => ({
        value: option.value,
        label: pick(option.label),
        hint: option.hint ? pick(option.hint) : undefined,
      }));
      return question.kind === 'radios'
        ? html`<soh-radios
            data-question=${question.id}
            name=${question.id}
            label=${label}
            hint=${hint}
            ?required=${question.required}
            required-message=${requiredMessage}
            heading-level=${headingLevel}
            .options=${options}
            .value=${text}
          ></soh-radios>`
        : html`<soh-checkboxes
            data-question=${question.id}
            name=${question.id}
            label=${label}
            hint=${hint}
            ?required=${question.required}
            required-message=${requiredMessage}
            heading-level=${headingLevel}
            .options=${options}
            .value=${Array.isArray(value) ? [...value] : []}
          ></soh-checkboxes>`;
    }
    case 'yes-no':
      return html`<soh-yes-no
        data-question=${question.id}
        name=${question.id}
        label=${label}
        yes-label=${question.answers ? pick(question.answers.yes) : ''}
        no-label=${question.answers ? pick(question.answers.no) : ''}
        hint=${hint}
        ?required=${question.required}
        required-message=${requiredMessage}
        heading-level=${headingLevel}
        .value=${text}
      ></soh-yes-no>`;
    case 'date':
      return html`<soh-date-input
        data-question=${question.id}
        name=${question.id}
        label=${label}
        hint=${hint}
        error-label=${ifDefined(question.errorLabel && pick(question.errorLabel))}
        autocomplete=${ifDefined(question.autocomplete)}
        ?past=${question.past}
        ?required=${question.required}
        required-message=${requiredMessage}
        heading-level=${headingLevel}
        .value=${text}
      ></soh-date-input>`;
    case 'address':
      return html`<soh-address
        data-question=${question.id}
        name=${question.id}
        label=${label}
        hint=${hint}
        ?required=${question.required}
        required-message=${requiredMessage}
        heading-level=${headingLevel}
        .value=${typeof value === 'object' && !Array.isArray(value) ? ({...emptyAddress(), ...value} as Address) : emptyAddress()}
      ></soh-address>`;
    case 'files':
      return html`<soh-media-upload
        data-question=${question.id}
        name=${question.id}
        label=${label}
        hint=${hint}
        ?required=${question.required}
        required-message=${requiredMessage}
        heading-level=${headingLevel}
        submission-id=${submissionId}
        .value=${Array.isArray(value) ? (value as unknown as Attachment[]) : []}
      ></soh-media-upload>`;
    case 'time':
      return html`<soh-time-input
        data-question=${question.id}
        name=${question.id}
        label=${label}
        hint=${hint}
        error-label=${ifDefined(question.errorLabel && pick(question.errorLabel))}
        ?required=${question.required}
        required-message=${requiredMessage}
        heading-level=${headingLevel}
        .value=${text}
      ></soh-time-input>`;
  }
}
