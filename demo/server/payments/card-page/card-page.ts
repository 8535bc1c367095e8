import {escapeHtml} from '../../escape-html.js';
import type {Payment} from '../payment-store.js';
import {CARD_PAGE_WORDS, type CardPageWords} from './card-page-words.js';

/** The card form's fields, as posted. */
export type CardField = 'cardNumber' | 'expiryMonth' | 'expiryYear' | 'cardholderName' | 'securityCode';
export type CardForm = Partial<Record<CardField, string>>;
/** Problems with what was typed, by the field they are about (the expiry's are under `expiryMonth`). */
export type CardErrors = Partial<Record<CardField, string>>;

const FIELD_IDS: Record<CardField, string> = {
  cardNumber: 'card-number',
  expiryMonth: 'expiry-month',
  expiryYear: 'expiry-year',
  cardholderName: 'cardholder-name',
  securityCode: 'security-code',
};

const pounds = (pence: number, language: 'en' | 'cy') =>
  new Intl.NumberFormat(language === 'cy' ? 'cy-GB' : 'en-GB', {style: 'currency', currency: 'GBP'}).format(
    pence / 100,
  );

function page(language: 'en' | 'cy', title: string, body: string, hasErrors = false): string {
  const words = CARD_PAGE_WORDS[language];
  return `<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>${hasErrors ? `${words.error}: ` : ''}${escapeHtml(title)} – ${words.provider}</title>
<link rel="stylesheet" href="/pay/card-page.css" />
<link rel="icon" href="data:," />
</head>
<body>
<header class="provider"><p class="provider__name">${words.provider}</p></header>
<main class="page" id="main">
${body}
</main>
</body>
</html>`;
}

function summary(payment: Payment, words: CardPageWords): string {
  return `<section class="summary" aria-labelledby="summary-heading">
<h2 id="summary-heading">${words.summary}</h2>
<p>${escapeHtml(payment.description)}</p>
<p>${words.total}: <strong>${pounds(payment.amount, payment.language)}</strong></p>
</section>`;
}

function errorSummary(errors: CardErrors, words: CardPageWords): string {
  const entries = Object.entries(errors) as Array<[CardField, string]>;
  if (entries.length === 0) return '';
  // Focused when the page loads (no script needed), so it is read out first.
  return `<div class="error-summary" role="alert" tabindex="-1" autofocus aria-labelledby="error-summary-title">
<h2 id="error-summary-title">${words.problem}</h2>
<ul>${entries.map(([field, message]) => `<li><a href="#${FIELD_IDS[field]}">${escapeHtml(message)}</a></li>`).join('')}</ul>
</div>`;
}

function errorLine(field: CardField, errors: CardErrors, words: CardPageWords): string {
  const message = errors[field];
  return message
    ? `<p class="error" id="${FIELD_IDS[field]}-error"><span class="visually-hidden">${words.error}:</span> ${escapeHtml(message)}</p>`
    : '';
}

function textInput(field: CardField, form: CardForm, errors: CardErrors, attributes: string, described = ''): string {
  const id = FIELD_IDS[field];
  const describedBy = [described, errors[field] ? `${id}-error` : ''].filter(Boolean).join(' ');
  // The security code is never shown back.
  const value = field === 'securityCode' ? '' : (form[field] ?? '');
  return `<input class="input${errors[field] ? ' input--error' : ''}" id="${id}" name="${field}" type="text" ${attributes} value="${escapeHtml(value)}"${describedBy ? ` aria-describedby="${describedBy}"` : ''}${errors[field] ? ' aria-invalid="true"' : ''} />`;
}

function cancelForm(payment: Payment, words: CardPageWords): string {
  return `<form method="post" action="/pay/${payment.pageToken}/cancel" class="cancel">
<button type="submit" class="link-button">${words.cancel}</button>
</form>`;
}

/** The card form: what the payer types, with GOV.UK's error summary and messages when something is wrong. */
export function renderCardForm(payment: Payment, form: CardForm = {}, errors: CardErrors = {}): string {
  const words = CARD_PAGE_WORDS[payment.language];
  const expiryError = errors.expiryMonth;
  const group = (field: CardField, inner: string) =>
    `<div class="field${errors[field] ? ' field--error' : ''}">${inner}</div>`;
  const body = `${errorSummary(errors, words)}
<h1>${words.enterCard}</h1>
<p class="notice">${words.sandboxNotice}</p>
${summary(payment, words)}
<form method="post" action="/pay/${payment.pageToken}" novalidate>
${group('cardNumber', `<label for="card-number">${words.cardNumber}</label>${errorLine('cardNumber', errors, words)}${textInput('cardNumber', form, errors, 'inputmode="numeric" autocomplete="cc-number" spellcheck="false"')}`)}
<div class="field${expiryError ? ' field--error' : ''}">
<fieldset aria-describedby="expiry-hint${expiryError ? ' expiry-month-error' : ''}">
<legend>${words.expiry}</legend>
<p class="hint" id="expiry-hint">${words.expiryHint}</p>
${errorLine('expiryMonth', errors, words)}
<div class="date">
<div><label for="expiry-month">${words.month}</label>${textInput('expiryMonth', form, {expiryMonth: expiryError}, 'inputmode="numeric" autocomplete="cc-exp-month" size="2" maxlength="2"')}</div>
<div><label for="expiry-year">${words.year}</label>${textInput('expiryYear', form, {expiryYear: expiryError}, 'inputmode="numeric" autocomplete="cc-exp-year" size="4" maxlength="4"')}</div>
</div>
</fieldset>
</div>
${group('cardholderName', `<label for="cardholder-name">${words.name}</label>${errorLine('cardholderName', errors, words)}${textInput('cardholderName', form, errors, 'autocomplete="cc-name" spellcheck="false"')}`)}
${group('securityCode', `<label for="security-code">${words.securityCode}</label><p class="hint" id="security-code-hint">${words.securityCodeHint}</p>${errorLine('securityCode', errors, words)}${textInput('securityCode', form, errors, 'inputmode="numeric" autocomplete="cc-csc" size="4" maxlength="4"', 'security-code-hint')}`)}
<button type="submit" class="button">${words.continue}</button>
</form>
${cancelForm(payment, words)}`;
  return page(payment.language, words.enterCard, body, Object.keys(errors).length > 0);
}

/** After the card is accepted: what will be taken, and the last chance to cancel. */
export function renderConfirmPage(payment: Payment): string {
  const words = CARD_PAGE_WORDS[payment.language];
  const body = `<h1>${words.confirm}</h1>
<dl class="summary-list">
<div><dt>${words.paymentFor}</dt><dd>${escapeHtml(payment.description)}</dd></div>
<div><dt>${words.total}</dt><dd>${pounds(payment.amount, payment.language)}</dd></div>
<div><dt>${words.card}</dt><dd>${escapeHtml(words.cardEnding(payment.cardLastFour ?? ''))}</dd></div>
</dl>
<form method="post" action="/pay/${payment.pageToken}/confirm">
<button type="submit" class="button">${words.confirmButton}</button>
</form>
${cancelForm(payment, words)}`;
  return page(payment.language, words.confirm, body);
}

/** A payment that has finished (paid, failed, expired): nothing to do here but go back to the service. */
export function renderFinishedPage(payment: Payment): string {
  const words = CARD_PAGE_WORDS[payment.language];
  const [title, text] =
    payment.state === 'success'
      ? [words.paidTitle, words.paidBody]
      : payment.failureCode === 'P0020'
        ? [words.expiredTitle, words.expiredBody]
        : [words.endedTitle, words.endedBody];
  const body = `<h1>${title}</h1>
<p>${text}</p>
<p><a class="button" href="${escapeHtml(payment.returnUrl)}">${words.backToService}</a></p>`;
  return page(payment.language, title, body);
}

/** No payment has this address (mistyped, or made up): said in both languages. */
export function renderUnknownPage(): string {
  const body = `<h1>This payment link does not work</h1>
<p>Go back to the service and start the payment again.</p>
<h2 lang="cy">Nid yw’r ddolen dalu hon yn gweithio</h2>
<p lang="cy">Ewch yn ôl at y gwasanaeth a dechrau’r taliad eto.</p>`;
  return page('en', 'This payment link does not work', body);
}
