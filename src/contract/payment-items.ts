import {PAYMENT_ITEMS, type PaymentItem} from './payments.js';

/** What a firearms application was for: the answers of the application form and of the payment's own questions. */
export type AppliedFor = 'grant' | 'renewal' | 'variation' | 'replacement';
export type WhichCertificate = 'firearm' | 'shotgun' | 'both';

/** The items to pay for an application: a grant or renewal of one certificate or both, a variation, a replacement. */
export function itemsFor(applied: AppliedFor, certificate: WhichCertificate | undefined): PaymentItem[] {
  if (applied === 'variation' || applied === 'replacement') return [applied];
  const certificates = certificate === 'both' ? (['firearm', 'shotgun'] as const) : [certificate ?? 'firearm'];
  return certificates.map((name) => `${name}-${applied}` as const);
}

/** The `items` attribute (`"firearm-grant shotgun-grant"`) read; undefined, with the reason, when a name is unknown. */
export function parseItems(text: string): {items: PaymentItem[]} | {unknown: string} {
  const names = text.split(/\s+/).filter(Boolean);
  const unknown = names.find((name) => !(PAYMENT_ITEMS as ReadonlyArray<string>).includes(name));
  return unknown === undefined ? {items: names as PaymentItem[]} : {unknown};
}
