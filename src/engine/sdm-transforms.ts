import {addressLocation, type AddressParts} from '../sdm/address-location.js';
import {incidentTime} from '../sdm/incident-time.js';
import {personName} from '../sdm/person-name.js';
import type {Answer, DerivedAttributes, ValueTransform} from './definition.js';

/*
 * The few steps of a mapping that a table, a comparison or a condition cannot declare, registered here by name so a
 * definition can name them (`transform: 'registration'`). Each is a pure function of the answers. A new one is
 * added here, to the schema's list (`definition-schema.ts`) and to the attributes it gives (`derivedAttributeNames`).
 */

/** An age given as a whole number of years ("15"), as the SDM's `age`; other words ("about 15") stay in the text. */
function wholeYears(age: string): number | undefined {
  const years = /^\s*(\d{1,3})\s*$/.exec(age);
  return years && Number(years[1]) <= 130 ? Number(years[1]) : undefined;
}

/** The named transforms of one answer's value. */
export const valueTransforms: Readonly<Record<ValueTransform, (value: string) => string | number | undefined>> = {
  /** A vehicle registration as the SDM's `vehicleVRM` holds it: capitals, no spaces ("ab12 cde" is AB12CDE). */
  registration: (value) => value.replace(/\s+/g, '').toUpperCase(),
  'whole-years': wholeYears,
};

/** The attributes each group gives, for the checker (every one must be an attribute of the entity it fills). */
export const derivedAttributeNames: Readonly<Record<DerivedAttributes['transform'], ReadonlyArray<string>>> = {
  'incident-time': [
    'incidentApproximateDate',
    'incidentExactTimeKnown',
    'incidentStartDateTime',
    'incidentEndDateTime',
  ],
  'person-name': ['givenName', 'surname'],
  address: [
    'fullAddress',
    'buildingNumber',
    'buildingName',
    'street',
    'dependentLocality',
    'cityOrTown',
    'county',
    'postcode',
    'UPRN',
  ],
};

const text = (answer: Answer | undefined) => (typeof answer === 'string' && answer !== '' ? answer : undefined);

/** The attributes a group gives for these answers; none where the answers it needs are not given. */
export function derivedAttributes(
  derived: DerivedAttributes,
  answers: Readonly<Record<string, Answer>>,
): Record<string, unknown> {
  switch (derived.transform) {
    case 'incident-time': {
      const date = text(answers[derived.date]);
      return date ? incidentTime(date, derived.time === undefined ? undefined : text(answers[derived.time])) : {};
    }
    case 'person-name':
      return personName(text(answers[derived.answer]));
    case 'address': {
      const address = answers[derived.answer];
      const given = address && typeof address === 'object' && !Array.isArray(address);
      return given ? addressLocation(address as unknown as AddressParts) : {};
    }
  }
}
