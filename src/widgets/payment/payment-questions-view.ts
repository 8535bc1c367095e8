import {html, nothing, type TemplateResult} from 'lit';
import type {Msg} from '../../core/localize/translator.js';
import type {AppliedFor, WhichCertificate} from '../../contract/payment-items.js';
import {renderErrorMessage} from '../../core/views/notices.js';

/** The questions of a payment made on its own (no application handed over): by name. */
export type PaymentQuestion = 'reference' | 'applied' | 'certificate';

export interface PaymentAnswers {
  reference: string;
  applied?: AppliedFor;
  certificate?: WhichCertificate;
}

/** Whether the certificate question is asked: a variation is of a firearm certificate, a replacement of the one lost. */
export const asksWhichCertificate = (applied: AppliedFor | undefined) => applied === 'grant' || applied === 'renewal';

/**
 * What a payment made on its own asks: the application's reference and what
 * was applied for (so the endpoint can state the fee). Plain form controls
 * with GOV.UK's error messages; the certificate question appears once a new
 * certificate or a renewal is chosen.
 */
export function renderPaymentQuestions(
  msg: Msg,
  answers: PaymentAnswers,
  errors: Partial<Record<PaymentQuestion, string>>,
  on: {submit: (event: SubmitEvent) => void; appliedChange: (applied: AppliedFor) => void},
): TemplateResult {
  const errorLine = (name: PaymentQuestion) =>
    errors[name]
      ? html`<p class="question__error" id="${name}-error">${renderErrorMessage(errors[name], msg)}</p>`
      : nothing;
  const radios = <T extends string>(
    name: PaymentQuestion,
    legend: string,
    options: Array<{value: T; label: string; hint?: string}>,
    checked: T | undefined,
    onChange?: (value: T) => void,
  ) =>
    html`<div class="question ${errors[name] ? 'question--error' : ''}">
      <fieldset aria-describedby=${errors[name] ? `${name}-error` : nothing}>
        <legend class="question__label">${legend}</legend>
        ${errorLine(name)}
        ${options.map(
          (option) =>
            html`<div class="choice">
              <input
                type="radio"
                id="${name}-${option.value}"
                name=${name}
                value=${option.value}
                .checked=${checked === option.value}
                aria-describedby=${option.hint ? `${name}-${option.value}-hint` : nothing}
                @change=${() => onChange?.(option.value)}
              />
              <label for="${name}-${option.value}">${option.label}</label>
              ${option.hint ? html`<p class="choice__hint" id="${name}-${option.value}-hint">${option.hint}</p>` : nothing}
            </div>`,
        )}
      </fieldset>
    </div>`;

  return html`<form novalidate @submit=${on.submit}>
    <div class="question ${errors.reference ? 'question--error' : ''}">
      <label class="question__label" for="reference"
        >${msg('Your application reference', {id: 'payment.reference'})}</label
      >
      <p class="question__hint" id="reference-hint">
        ${msg('It was on the page you saw when you sent your application, for example HXR7-3KQ9.', {
          id: 'payment.reference.hint',
        })}
      </p>
      ${errorLine('reference')}
      <input
        class="input"
        id="reference"
        name="reference"
        autocomplete="off"
        spellcheck="false"
        autocapitalize="characters"
        maxlength="30"
        .value=${answers.reference}
        aria-describedby=${errors.reference ? 'reference-hint reference-error' : 'reference-hint'}
        aria-invalid=${errors.reference ? 'true' : nothing}
      />
    </div>
    ${radios<AppliedFor>(
      'applied',
      msg('What did you apply for?', {id: 'payment.applied'}),
      [
        {value: 'grant', label: msg('A new certificate', {id: 'payment.applied.grant'})},
        {value: 'renewal', label: msg('A renewal', {id: 'payment.applied.renewal'})},
        {
          value: 'variation',
          label: msg('A change to a firearm certificate (a variation)', {id: 'payment.applied.variation'}),
          hint: msg(
            'Replacing one firearm with another of the same kind (one for one) is free: there is nothing to pay.',
            {
              id: 'payment.applied.variation.hint',
            },
          ),
        },
        {
          value: 'replacement',
          label: msg('A replacement for a lost or destroyed certificate', {id: 'payment.applied.replacement'}),
        },
      ],
      answers.applied,
      on.appliedChange,
    )}
    ${
      asksWhichCertificate(answers.applied)
        ? radios<WhichCertificate>(
            'certificate',
            msg('Which certificate?', {id: 'payment.certificate'}),
            [
              {value: 'firearm', label: msg('Firearm certificate', {id: 'payment.certificate.firearm'})},
              {value: 'shotgun', label: msg('Shotgun certificate', {id: 'payment.certificate.shotgun'})},
              {value: 'both', label: msg('Both, together', {id: 'payment.certificate.both'})},
            ],
            answers.certificate,
          )
        : nothing
    }
    <button class="button">${msg('Continue', {id: 'payment.continue'})}</button>
  </form>`;
}

/** The answers in the form, and what each unanswered question says. */
export function readPaymentQuestions(
  form: HTMLFormElement,
  msg: Msg,
): {answers: PaymentAnswers; errors: Partial<Record<PaymentQuestion, string>>} {
  const data = new FormData(form);
  const answers: PaymentAnswers = {
    reference: String(data.get('reference') ?? '')
      .trim()
      .toUpperCase(),
    applied: (data.get('applied') as AppliedFor | null) ?? undefined,
    certificate: (data.get('certificate') as WhichCertificate | null) ?? undefined,
  };
  const errors: Partial<Record<PaymentQuestion, string>> = {};
  if (!answers.reference)
    errors.reference = msg('Enter your application reference', {id: 'payment.reference.required'});
  if (!answers.applied) errors.applied = msg('Select what you applied for', {id: 'payment.applied.required'});
  else if (asksWhichCertificate(answers.applied) && !answers.certificate)
    errors.certificate = msg('Select which certificate', {id: 'payment.certificate.required'});
  return {answers, errors};
}
