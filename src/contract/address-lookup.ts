/** One address a postcode look-up found; `uprn` is its Unique Property Reference Number. */
export interface FoundAddress {
  uprn: string;
  line1: string;
  line2?: string;
  town: string;
  postcode: string;
}

/** `GET {endpoint}/addresses?postcode=`: every address with that postcode (none is an empty list). */
export interface AddressLookup {
  data: FoundAddress[];
}
