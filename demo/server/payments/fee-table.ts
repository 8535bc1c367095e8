/**
 * Firearms licensing fees under the Firearms (Variation of Fees) Order 2025,
 * in force from 5 February 2025 (docs/services.md). The endpoint
 * works out the amount from what is being paid for; the browser never sends
 * an amount. Each line is worded in the payer's language, as the provider's
 * page and the element show it.
 */
import type {PaymentItem} from '../../../src/contract/payments.js';

export type CertificateAction = 'grant' | 'renewal';
type Certificate = 'firearm' | 'shotgun';
type Language = 'en' | 'cy';

/** What is being paid for. */
export interface FeeItems {
  firearm?: CertificateAction;
  shotgun?: CertificateAction;
  /** A variation of a firearm certificate: `one-for-one` is free, and one made with a renewal costs nothing extra. */
  variation?: 'standard' | 'one-for-one';
  /** A replacement certificate (lost or destroyed). */
  replacement?: boolean;
}

export interface FeeLine {
  description: string;
  pence: number;
}

const SINGLE: Record<Certificate, Record<CertificateAction, number>> = {
  firearm: {grant: 198_00, renewal: 131_00},
  shotgun: {grant: 194_00, renewal: 126_00},
};

/** Both certificates at once (coterminous), by firearm action then shotgun action. */
const COTERMINOUS: Record<CertificateAction, Record<CertificateAction, number>> = {
  grant: {grant: 202_00, renewal: 202_00},
  renewal: {grant: 202_00, renewal: 155_00},
};

const VARIATION = 20_00;
const REPLACEMENT = 4_00;

const CERTIFICATE_WORDS: Record<Language, Record<Certificate, Record<CertificateAction, string>>> = {
  en: {
    firearm: {grant: 'New firearm certificate', renewal: 'Firearm certificate renewal'},
    shotgun: {grant: 'New shotgun certificate', renewal: 'Shotgun certificate renewal'},
  },
  cy: {
    firearm: {grant: 'Tystysgrif arf tanio newydd', renewal: 'Adnewyddu tystysgrif arf tanio'},
    shotgun: {grant: 'Tystysgrif dryll newydd', renewal: 'Adnewyddu tystysgrif dryll'},
  },
};

// Welsh "and" is "ac" before a vowel; the pairs are few enough to write out.
const COTERMINOUS_WORDS: Record<Language, Record<CertificateAction, Record<CertificateAction, string>>> = {
  en: {
    grant: {
      grant: 'New firearm and shotgun certificates together (coterminous)',
      renewal: 'New firearm certificate with shotgun certificate renewal (coterminous)',
    },
    renewal: {
      grant: 'Firearm certificate renewal with a new shotgun certificate (coterminous)',
      renewal: 'Firearm and shotgun certificate renewals together (coterminous)',
    },
  },
  cy: {
    grant: {
      grant: 'Tystysgrifau arf tanio a dryll newydd gyda’i gilydd (cyd-derfynol)',
      renewal: 'Tystysgrif arf tanio newydd ac adnewyddu tystysgrif dryll (cyd-derfynol)',
    },
    renewal: {
      grant: 'Adnewyddu tystysgrif arf tanio a thystysgrif dryll newydd (cyd-derfynol)',
      renewal: 'Adnewyddu tystysgrifau arf tanio a dryll gyda’i gilydd (cyd-derfynol)',
    },
  },
};

const OTHER_WORDS: Record<Language, {variation: string; replacement: string; title: string}> = {
  en: {
    variation: 'Firearm certificate variation',
    replacement: 'Replacement for a lost or destroyed certificate',
    title: 'Firearms licensing fee',
  },
  cy: {
    variation: 'Amrywio tystysgrif arf tanio',
    replacement: 'Tystysgrif yn lle un a gollwyd neu a ddinistriwyd',
    title: 'Ffi trwyddedu arfau tanio',
  },
};

/** The lines of the fee and their total, in pence; nothing to pay is an empty list. */
export function feeFor(items: FeeItems, language: Language = 'en'): {lines: FeeLine[]; totalPence: number} {
  const lines: FeeLine[] = [];
  if (items.firearm && items.shotgun) {
    lines.push({
      description: COTERMINOUS_WORDS[language][items.firearm][items.shotgun],
      pence: COTERMINOUS[items.firearm][items.shotgun],
    });
  } else if (items.firearm) {
    lines.push({description: CERTIFICATE_WORDS[language].firearm[items.firearm], pence: SINGLE.firearm[items.firearm]});
  } else if (items.shotgun) {
    lines.push({description: CERTIFICATE_WORDS[language].shotgun[items.shotgun], pence: SINGLE.shotgun[items.shotgun]});
  }
  // A variation made with a renewal of the firearm certificate costs nothing extra; one-for-one is free.
  const withRenewal = items.firearm === 'renewal';
  if (items.variation === 'standard' && !withRenewal)
    lines.push({description: OTHER_WORDS[language].variation, pence: VARIATION});
  if (items.replacement) lines.push({description: OTHER_WORDS[language].replacement, pence: REPLACEMENT});
  return {lines, totalPence: lines.reduce((total, line) => total + line.pence, 0)};
}

/** What the provider's page calls the payment: the fee's name and its lines. */
export function paymentDescription(lines: FeeLine[], language: Language): string {
  return `${OTHER_WORDS[language].title}: ${lines.map((line) => line.description).join('; ')}`;
}

/**
 * The items as the element names them, read into what the table charges
 * for; a message for the developer when they cannot go together.
 */
export function feeItemsFrom(names: ReadonlyArray<PaymentItem>): FeeItems | string {
  if (new Set(names).size !== names.length) return 'An item is named twice.';
  const items: FeeItems = {};
  for (const name of names) {
    const [subject, action] = name.split(/-(.*)/) as [string, string | undefined];
    if (subject === 'firearm' || subject === 'shotgun') {
      if (items[subject]) return `Only one ${subject} certificate can be paid for at a time.`;
      items[subject] = action as CertificateAction;
    } else if (subject === 'variation') {
      if (items.variation) return 'Only one variation can be paid for at a time.';
      items.variation = action === 'one-for-one' ? 'one-for-one' : 'standard';
    } else items.replacement = true;
  }
  return items;
}
