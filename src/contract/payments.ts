/*
 * What the payment element and the endpoint say to each other (docs/contract.md;
 * demo/server/payments/ is the sandbox's side). The element names what is
 * being paid for; only the endpoint says what it costs.
 */

/**
 * What can be paid for, as the element and `POST {endpoint}/payments` name
 * it: at most one firearm and one shotgun certificate action, a variation,
 * a replacement.
 */
export const PAYMENT_ITEMS = [
  'firearm-grant',
  'firearm-renewal',
  'shotgun-grant',
  'shotgun-renewal',
  'variation',
  'variation-one-for-one',
  'replacement',
] as const;

export type PaymentItem = (typeof PAYMENT_ITEMS)[number];

/** GOV.UK Pay's states. */
export const PAYMENT_STATES = [
  'created',
  'started',
  'submitted',
  'capturable',
  'success',
  'failed',
  'cancelled',
  'error',
] as const;

export type PaymentState = (typeof PAYMENT_STATES)[number];

/**
 * Why a payment did not succeed, in GOV.UK Pay's codes: declined (P0010),
 * expired (P0020), cancelled by the payer (P0030), by the service (P0040),
 * a provider error (P0050).
 */
export const FAILURE_CODES = ['P0010', 'P0020', 'P0030', 'P0040', 'P0050'] as const;

export type FailureCode = (typeof FAILURE_CODES)[number];

/** `GET {endpoint}/payments/fee?items=…&language=…`: the fee, line by line, worded in that language. */
export interface FeeAnswer {
  lines: Array<{description: string; pence: number}>;
  amount: number;
}

/** `POST {endpoint}/payments`: the body. */
export interface PaymentRequest {
  service: 'firearms-licence';
  items: PaymentItem[];
  reference: string;
  returnUrl: string;
  language: 'en' | 'cy';
}

/** `POST {endpoint}/payments`: the answer (201). `nextUrl` is for the payer alone, and used once. */
export interface CreatedPayment {
  paymentId: string;
  state: PaymentState;
  amount: number;
  nextUrl: string;
}

/** `GET {endpoint}/payments/{id}`. `receipt` is the provider's reference for a payment that succeeded. */
export interface PaymentStatus {
  state: PaymentState;
  amount: number;
  reference: string;
  failureCode?: FailureCode;
  receipt?: string;
}
