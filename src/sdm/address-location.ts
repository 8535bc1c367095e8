import {normalisePostcode} from '../contract/postcode.js';
import {withinLimit} from './within-limit.js';

/** An address as a person gave it (the parts of `<soh-address>`). */
export interface AddressParts {
  line1: string;
  line2?: string;
  town: string;
  county?: string;
  postcode: string;
  uprn?: string;
}

/** "12 Acacia Avenue", "12A High Street": a building number (the SDM holds four characters) and the street. */
const NUMBERED_STREET = /^(\d{1,3}[A-Za-z]?)\s+(.+)$/;

/**
 * An address as the attributes of an SDM `location`. The SDM splits an address
 * finer than the form asks (building number, building name, street, locality),
 * so the whole address always goes in `fullAddress` as the person gave it, and
 * the parts are filled only where the first line reads plainly as a number and a
 * street, or as a building name above a street. Each part is left out rather
 * than cut when it is longer than the SDM holds.
 */
export function addressLocation({line1, line2, town, county, postcode, uprn}: AddressParts) {
  const standardPostcode = normalisePostcode(postcode) ?? postcode;
  const numbered = NUMBERED_STREET.exec(line1.trim());
  const parts = numbered
    ? {buildingNumber: numbered[1], street: numbered[2], dependentLocality: line2}
    : line2
      ? {buildingName: line1, street: line2}
      : {street: line1};
  return {
    fullAddress: [line1, line2, town, county, standardPostcode].filter(Boolean).join(', '),
    buildingNumber: parts.buildingNumber,
    buildingName: withinLimit(parts.buildingName, 50),
    street: withinLimit(parts.street, 160),
    dependentLocality: withinLimit(parts.dependentLocality, 35),
    cityOrTown: withinLimit(town, 35),
    county: withinLimit(county, 35),
    postcode: withinLimit(standardPostcode, 25),
    UPRN: uprn !== undefined && /^\d{1,12}$/.test(uprn) ? uprn : undefined,
  };
}
