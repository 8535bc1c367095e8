import type {FastifyInstance, FastifyReply, FastifyRequest} from 'fastify';
import {z} from 'zod';
import {
  PAYMENT_ITEMS,
  type CreatedPayment,
  type FeeAnswer,
  type PaymentStatus,
} from '../../../src/contract/payments.js';
import type {SandboxDatabase} from '../database.js';
import {sendTooMany} from '../limits/rate-limits.js';
import {TokenBuckets} from '../limits/token-bucket.js';
import type {SandboxContext} from '../sandbox-context.js';
import {customerReferencePattern} from '../incidents/customer-reference.js';
import {jsonApiError, sendErrors} from '../json-api-errors.js';
import {registerCardPageRoutes} from './card-page/card-page-routes.js';
import {feeFor, feeItemsFrom, paymentDescription, type FeeItems} from './fee-table.js';
import {PaymentStore, type Payment} from './payment-store.js';

const language = z.enum(['en', 'cy']);

/** `?items=firearm-grant,shotgun-grant&language=cy`: names, never an amount. */
const feeQuerySchema = z
  .object({
    items: z
      .string()
      .transform((list) => list.split(','))
      .pipe(z.array(z.enum(PAYMENT_ITEMS)).min(1)),
    language: language.default('en'),
  })
  .strict();

const paymentRequestSchema = z
  .object({
    service: z.literal('firearms-licence'),
    items: z.array(z.enum(PAYMENT_ITEMS)).min(1).max(PAYMENT_ITEMS.length),
    reference: z.string().regex(customerReferencePattern, 'Not an application reference'),
    returnUrl: z.url({protocol: /^https?$/}),
    language,
  })
  .strict();

const refuse = (reply: FastifyReply, status: number, code: string, title: string, detail: string, pointer?: string) =>
  sendErrors(reply, status, [jsonApiError(status, code, title, detail, pointer)]);

/**
 * Firearms licensing payments, GOV.UK Pay's shape (docs/contract.md):
 * `GET /payments/fee` (the fee for what is named, to show before paying),
 * `POST /payments` (create, with an idempotency key; the amount is the
 * endpoint's own), `GET /payments/{id}` (the state, for the browser that
 * holds the id), and the stand-in provider's card pages under `/pay/`.
 */
export function registerPaymentRoutes(app: FastifyInstance, database: SandboxDatabase, context: SandboxContext): void {
  // Tests move the payments' clock on (`POST /__payments/clock`) to reach the 90 minutes.
  let clockOffsetMs = 0;
  const payments = new PaymentStore(database, () => Date.now() + clockOffsetMs);
  registerCardPageRoutes(app, payments);

  app.get('/payments/fee', async (request, reply) => {
    const parsed = feeQuerySchema.safeParse(request.query);
    if (!parsed.success)
      return refuse(reply, 400, 'invalid-items', 'Not something the endpoint charges for', firstIssue(parsed.error));
    const items = feeItemsFrom(parsed.data.items);
    if (typeof items === 'string')
      return refuse(reply, 400, 'invalid-items', 'These cannot be paid for together', items);
    const {lines, totalPence} = feeFor(items, parsed.data.language);
    return reply.send({lines, amount: totalPence} satisfies FeeAnswer);
  });

  const begun = new TokenBuckets(context.limits.payments);
  app.post('/payments', async (request, reply) => {
    const allowed = begun.take(context.clientOf(request.raw));
    if (!allowed.allowed) return sendTooMany(reply, allowed);
    const header = request.headers['idempotency-key'];
    if (typeof header !== 'string' || !z.uuid().safeParse(header).success)
      return refuse(
        reply,
        400,
        'idempotency-key',
        'An Idempotency-Key header is needed',
        'Send a UUID, the same on every retry.',
      );
    // A UUID in capitals is the same UUID: the same key must never begin a second payment.
    const key = header.toLowerCase();
    const parsed = paymentRequestSchema.safeParse(request.body);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return refuse(
        reply,
        422,
        'invalid-payment',
        'The payment cannot be made',
        issue?.message ?? '',
        `/${issue?.path.join('/') ?? ''}`,
      );
    }
    const body = parsed.data;
    if (!returnsToAllowedPage(request, body.returnUrl))
      return refuse(
        reply,
        422,
        'return-url',
        'The return URL is not on a known site',
        'Return to the page that started the payment.',
        '/returnUrl',
      );
    const items = feeItemsFrom(body.items);
    if (typeof items === 'string')
      return refuse(reply, 422, 'invalid-items', 'These cannot be paid for together', items, '/items');
    const {lines, totalPence} = feeFor(items as FeeItems, body.language);
    if (totalPence === 0)
      return refuse(
        reply,
        422,
        'nothing-to-pay',
        'There is nothing to pay',
        'A one-for-one variation is free.',
        '/items',
      );

    const existing = payments.byIdempotencyKey(key);
    if (existing && (existing.reference !== body.reference || existing.amount !== totalPence))
      return refuse(
        reply,
        409,
        'key-reused',
        'This key was used for another payment',
        'Make a new key for a new payment.',
      );
    if (!existing && payments.isPaid(body.reference))
      return refuse(
        reply,
        409,
        'already-paid',
        'This application has been paid for',
        'It is not charged twice.',
        '/reference',
      );
    // A payment under way for this application (another tab, another device) is not handed to this caller: its
    // page token would let anyone who knows the reference cancel it. This one begins its own, and taking the money
    // checks again that the application is not paid (payment-store.ts), so it is never paid twice.
    const payment =
      existing ??
      payments.create({
        idempotencyKey: key,
        amount: totalPence,
        reference: body.reference,
        description: paymentDescription(lines, body.language),
        returnUrl: body.returnUrl,
        language: body.language,
      });
    request.log.info({payment: payment.id.slice(0, 6), state: payment.state}, 'payment created');
    return reply.code(201).send(created(ownOrigin(request), payment));
  });

  app.get<{Params: {id: string}}>('/payments/:id', async (request, reply) => {
    const payment = payments.byId(request.params.id);
    reply.header('Cache-Control', 'no-store');
    if (!payment) return refuse(reply, 404, 'unknown-payment', 'No such payment', 'Start a new payment.');
    const status: PaymentStatus = {
      state: payment.state,
      amount: payment.amount,
      reference: payment.reference,
      ...(payment.failureCode ? {failureCode: payment.failureCode} : {}),
      ...(payment.receipt ? {receipt: payment.receipt} : {}),
    };
    return reply.send(status);
  });

  if (context.testRoutes)
    app.post('/__payments/clock', async (request, reply) => {
      const parsed = z
        .object({
          advanceMs: z
            .number()
            .int()
            .nonnegative()
            .max(365 * 24 * 60 * 60 * 1000),
        })
        .safeParse(request.body);
      if (!parsed.success) return refuse(reply, 422, 'invalid-clock', 'Say how far to move the clock', 'advanceMs');
      clockOffsetMs += parsed.data.advanceMs;
      return reply.code(204).send();
    });

  /** Back to the sandbox's own site, or one allowed to call it (a force's test site, Storybook): never elsewhere. */
  function returnsToAllowedPage(request: FastifyRequest, returnUrl: string): boolean {
    const origin = new URL(returnUrl).origin;
    return origin === ownOrigin(request) || context.isAllowedOrigin(origin);
  }

  /** The sandbox's public origin: configured, or the loopback name the request used (the Host check allowed it). */
  function ownOrigin(request: FastifyRequest): string {
    return context.hosts.publicOrigin(request.host);
  }
}

const created = (origin: string, payment: Payment): CreatedPayment => ({
  paymentId: payment.id,
  state: payment.state,
  amount: payment.amount,
  nextUrl: `${origin}/pay/${payment.pageToken}`,
});

const firstIssue = (error: z.ZodError) => error.issues[0]?.message ?? '';
