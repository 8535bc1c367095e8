import {describe, expect, it} from 'vitest';
import {openDatabase} from '../../demo/server/database.js';
import {EXPIRES_AFTER_MS, PaymentStore, type NewPayment} from '../../demo/server/payments/payment-store.js';

// The payment state machine as GOV.UK Pay's: created, started, submitted,
// then success or failed; idempotent creation; 90 minutes to pay.
const request = (key = 'key-1'): NewPayment => ({
  idempotencyKey: key,
  amount: 19800,
  reference: 'FAL-1234',
  description: 'Firearm certificate grant',
  returnUrl: 'https://www.example.police.uk/firearms/paid',
  language: 'cy',
});

function store(clock = {now: Date.parse('2026-11-25T10:00:00Z')}) {
  return {clock, payments: new PaymentStore(openDatabase(':memory:'), () => clock.now)};
}

describe('the payment store', () => {
  it('creates once per idempotency key, with two different unguessable ids', () => {
    const {payments} = store();
    const first = payments.create(request());
    expect(first).toMatchObject({state: 'created', amount: 19800, language: 'cy'});
    expect(first.id).toMatch(/^[\w-]{32}$/);
    expect(first.pageToken).not.toBe(first.id);
    expect(payments.create(request()).id).toBe(first.id);
    expect(payments.create(request('key-2')).id).not.toBe(first.id);
    expect(payments.byPageToken(first.pageToken)!.id).toBe(first.id);
  });

  it('moves only forward: started, submitted, success; nothing after success', () => {
    const {payments} = store();
    const {id} = payments.create(request());
    expect(payments.move(id, 'submitted')).toBe(false);
    expect(payments.move(id, 'started')).toBe(true);
    expect(payments.move(id, 'submitted')).toBe(true);
    expect(payments.move(id, 'success', {receipt: 'PAY-1'})).toBe(true);
    expect(payments.move(id, 'failed', {failureCode: 'P0010'})).toBe(false);
    expect(payments.byId(id)).toMatchObject({state: 'success', receipt: 'PAY-1'});
  });

  it('fails a payment left unfinished for 90 minutes (expired), but not a finished one', () => {
    const {clock, payments} = store();
    const unfinished = payments.create(request());
    payments.move(unfinished.id, 'started');
    const paid = payments.create(request('key-2'));
    payments.move(paid.id, 'started');
    payments.move(paid.id, 'submitted');
    payments.move(paid.id, 'success');
    clock.now += EXPIRES_AFTER_MS - 1;
    expect(payments.byId(unfinished.id)!.state).toBe('started');
    clock.now += 1;
    expect(payments.byId(unfinished.id)).toMatchObject({state: 'failed', failureCode: 'P0020'});
    expect(payments.move(unfinished.id, 'submitted')).toBe(false);
    expect(payments.byId(paid.id)!.state).toBe('success');
  });

  it('is cancelled by the payer from the card page as failed with P0030', () => {
    const {payments} = store();
    const {id} = payments.create(request());
    payments.move(id, 'started');
    expect(payments.move(id, 'failed', {failureCode: 'P0030'})).toBe(true);
    expect(payments.byId(id)).toMatchObject({state: 'failed', failureCode: 'P0030'});
  });
});
