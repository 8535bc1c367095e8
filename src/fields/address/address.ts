/** An address, as the person gave it or chose it from a postcode look-up. */
export interface Address {
  line1: string;
  line2: string;
  town: string;
  county: string;
  postcode: string;
  /** The Unique Property Reference Number, when chosen from a look-up. */
  uprn?: string;
}

export function emptyAddress(): Address {
  return {line1: '', line2: '', town: '', county: '', postcode: ''};
}

export function isEmptyAddress(address: Address): boolean {
  return !address.line1.trim() && !address.line2.trim() && !address.town.trim() && !address.postcode.trim();
}

/** One line, for check-your-answers: "Flat 1, 3 Example Street, Chelmsford, CM1 1AA". */
export function addressOnOneLine(address: Partial<Address>): string {
  return [address.line1, address.line2, address.town, address.county, address.postcode]
    .map((part) => part?.trim())
    .filter(Boolean)
    .join(', ');
}
