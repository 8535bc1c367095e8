/**
 * Firearms licensing fees under the Firearms (Variation of Fees) Order 2025,
 * in force from 5 February 2025 (shared/docs/services.md). The endpoint
 * works out the amount from what is being paid for; the browser never sends
 * an amount.
 */

export type CertificateAction = 'grant' | 'renewal';

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

const SINGLE: Record<'firearm' | 'shotgun', Record<CertificateAction, number>> = {
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

const words = (certificate: 'firearm' | 'shotgun', action: CertificateAction) =>
  `${certificate === 'firearm' ? 'Firearm' : 'Shotgun'} certificate ${action}`;

/** The lines of the fee and their total, in pence; nothing to pay is an empty list. */
export function feeFor(items: FeeItems): {lines: FeeLine[]; totalPence: number} {
  const lines: FeeLine[] = [];
  if (items.firearm && items.shotgun) {
    lines.push({
      description: `${words('firearm', items.firearm)} with ${words('shotgun', items.shotgun).toLowerCase()} (coterminous)`,
      pence: COTERMINOUS[items.firearm][items.shotgun],
    });
  } else if (items.firearm) {
    lines.push({description: words('firearm', items.firearm), pence: SINGLE.firearm[items.firearm]});
  } else if (items.shotgun) {
    lines.push({description: words('shotgun', items.shotgun), pence: SINGLE.shotgun[items.shotgun]});
  }
  // A variation made with a renewal of the firearm certificate costs nothing extra; one-for-one is free.
  const withRenewal = items.firearm === 'renewal';
  if (items.variation === 'standard' && !withRenewal)
    lines.push({description: 'Firearm certificate variation', pence: VARIATION});
  if (items.replacement) lines.push({description: 'Replacement certificate', pence: REPLACEMENT});
  return {lines, totalPence: lines.reduce((total, line) => total + line.pence, 0)};
}
