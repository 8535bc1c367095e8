import {readFileSync} from 'node:fs';
import type {FastifyInstance, FastifyReply} from 'fastify';
import {CONTENT_SECURITY_POLICY} from '../../content-security-policy.js';
import {acceptFormBodies} from '../../form-body.js';
import {newCustomerReference} from '../../incidents/customer-reference.js';
import type {Payment, PaymentStore} from '../payment-store.js';
import {checkCard} from './card-checks.js';
import {renderCardForm, renderConfirmPage, renderFinishedPage, renderUnknownPage, type CardForm} from './card-page.js';
import {CARD_PAGE_WORDS} from './card-page-words.js';

const styles = readFileSync(new URL('./card-page.css', import.meta.url), 'utf8');

type TokenRequest = {Params: {token: string}};

/**
 * The stand-in for the provider's hosted payment pages (GOV.UK Pay's
 * journey): `/pay/{token}` shows the card form (created → started), takes
 * the card (→ submitted, or failed when declined), asks to confirm
 * (→ success), and can be cancelled (→ failed, P0030); then it sends the
 * payer back to the service's return URL, which carries no outcome. Plain
 * HTML forms: no script, nothing of the card kept but its last four digits.
 */
export function registerCardPageRoutes(app: FastifyInstance, payments: PaymentStore): void {
  void app.register(async (scope) => {
    acceptFormBodies(scope);

    scope.get('/pay/card-page.css', async (_request, reply) => reply.type('text/css').send(styles));

    scope.get<TokenRequest>('/pay/:token', async (request, reply) => {
      let payment = payments.byPageToken(request.params.token);
      if (!payment) return sendPage(reply.code(404), renderUnknownPage());
      if (payment.state === 'created' && payments.move(payment.id, 'started')) payment = {...payment, state: 'started'};
      if (payment.state === 'started') return sendPage(reply, renderCardForm(payment), payment);
      if (payment.state === 'submitted') return sendPage(reply, renderConfirmPage(payment), payment);
      return sendPage(reply, renderFinishedPage(payment), payment);
    });

    scope.post<TokenRequest & {Body: CardForm}>('/pay/:token', async (request, reply) => {
      const payment = payments.byPageToken(request.params.token);
      if (!payment) return sendPage(reply.code(404), renderUnknownPage());
      if (payment.state === 'created') payments.move(payment.id, 'started');
      else if (payment.state !== 'started') return reply.redirect(`/pay/${payment.pageToken}`, 303);
      const form = request.body ?? {};
      const check = checkCard(form, CARD_PAGE_WORDS[payment.language], new Date());
      if ('errors' in check) return sendPage(reply, renderCardForm(payment, form, check.errors), payment);
      if (check.outcome === 'success') {
        payments.move(payment.id, 'submitted', {cardLastFour: check.lastFour});
        return reply.redirect(`/pay/${payment.pageToken}`, 303);
      }
      if (check.outcome === 'error') {
        payments.move(payment.id, 'submitted', {cardLastFour: check.lastFour});
        payments.move(payment.id, 'error', {failureCode: 'P0050'});
      } else payments.move(payment.id, 'failed', {failureCode: 'P0010'});
      return backToService(reply, payments, payment);
    });

    scope.post<TokenRequest>('/pay/:token/confirm', async (request, reply) => {
      const payment = payments.byPageToken(request.params.token);
      if (!payment) return sendPage(reply.code(404), renderUnknownPage());
      // Only a submitted payment can be taken, once: a second press, or Back and press again, changes nothing.
      if (!payments.move(payment.id, 'success', {receipt: newCustomerReference()}))
        return reply.redirect(`/pay/${payment.pageToken}`, 303);
      return backToService(reply, payments, payment);
    });

    scope.post<TokenRequest>('/pay/:token/cancel', async (request, reply) => {
      const payment = payments.byPageToken(request.params.token);
      if (!payment) return sendPage(reply.code(404), renderUnknownPage());
      if (!payments.move(payment.id, 'failed', {failureCode: 'P0030'}))
        return reply.redirect(`/pay/${payment.pageToken}`, 303);
      return backToService(reply, payments, payment);
    });
  });

  function backToService(reply: FastifyReply, store: PaymentStore, payment: Payment) {
    // Read again: the move may have found the payment expired in between.
    return reply.redirect((store.byId(payment.id) ?? payment).returnUrl, 303);
  }
}

/**
 * The provider's pages are never cached (Back shows the payment as it now
 * stands), and their forms may lead back to the service's own site.
 */
function sendPage(reply: FastifyReply, html: string, payment?: Payment) {
  const formAction = payment ? `form-action 'self' ${new URL(payment.returnUrl).origin}` : "form-action 'self'";
  return reply
    .type('text/html; charset=utf-8')
    .header('Cache-Control', 'no-store')
    .header('Content-Security-Policy', CONTENT_SECURITY_POLICY.replace("form-action 'self'", formAction))
    .send(html);
}
