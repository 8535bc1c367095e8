import {randomInt} from 'node:crypto';

/**
 * The reference a person is shown and may read out over the phone: eight
 * characters in two groups, from an alphabet with nothing easily confused
 * (no 0/O, 1/I/L, 5/S, 2/Z, U/V).
 */
const ALPHABET = '346789ABCDEFGHJKMNPQRTWXY';

export function newCustomerReference(): string {
  let reference = '';
  for (let index = 0; index < 8; index++) {
    if (index === 4) reference += '-';
    reference += ALPHABET[randomInt(ALPHABET.length)];
  }
  return reference;
}

export const customerReferencePattern = new RegExp(`^[${ALPHABET}]{4}-[${ALPHABET}]{4}$`);
