/**
 * The stand-in provider takes only test cards: GOV.UK Pay's documented mock
 * card numbers, each with the outcome its sandbox gives. Any other number is
 * refused as a mistake, so nobody types a real card into a demonstration.
 */
export type CardOutcome = 'success' | 'declined' | 'expired-card' | 'wrong-security-code' | 'error';

const TEST_CARDS: Record<string, {brand: string; outcome: CardOutcome}> = {
  '4444333322221111': {brand: 'Visa', outcome: 'success'},
  '4242424242424242': {brand: 'Visa', outcome: 'success'},
  '4000056655665556': {brand: 'Visa', outcome: 'success'},
  '5105105105105100': {brand: 'Mastercard', outcome: 'success'},
  '5200828282828210': {brand: 'Mastercard', outcome: 'success'},
  '371449635398431': {brand: 'American Express', outcome: 'success'},
  '3528000700000000': {brand: 'JCB', outcome: 'success'},
  '36148900647913': {brand: 'Diners Club', outcome: 'success'},
  '6011000400000000': {brand: 'Discover', outcome: 'success'},
  '4000000000000002': {brand: 'Visa', outcome: 'declined'},
  '4000000000000069': {brand: 'Visa', outcome: 'expired-card'},
  '4000000000000127': {brand: 'Visa', outcome: 'wrong-security-code'},
  '4000000000000119': {brand: 'Visa', outcome: 'error'},
};

/** Digits only: people type spaces and dashes as the card shows them. */
export const cardDigits = (typed: string) => typed.replace(/[\s-]/g, '');

export function testCard(digits: string): {brand: string; outcome: CardOutcome} | undefined {
  return Object.hasOwn(TEST_CARDS, digits) ? TEST_CARDS[digits] : undefined;
}
