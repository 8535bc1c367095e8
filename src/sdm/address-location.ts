import {normalisePostcode} from '../fields/address/postcode.js';

/** An address as a person gave it (the parts of `<soh-address>`). */
export interface AddressParts {
  line1: string;
  line2?: string;
  town: string;
  county?: string;
  postcode: string;
  uprn?: string;
}

/** An address as the attributes of an SDM `location`, its postcode written the standard way. */
export function addressLocation({line1, line2, town, county, postcode, uprn}: AddressParts) {
  return {
    addressLine1: line1,
    addressLine2: line2,
    town,
    county,
    postcode: normalisePostcode(postcode) ?? postcode,
    uprn,
  };
}
