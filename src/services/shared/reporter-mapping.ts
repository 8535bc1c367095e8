import type {AttributeSource, EntityMapping, RelationshipMapping} from '../../engine/definition.js';

/**
 * The person reporting, from the shared name and contact pages (`person-pages.ts`), as an SDM mapping: their name
 * (the SDM's `givenName` is a list; each part holds 35 characters, and a longer one stays whole in
 * `submissionContent`), how they would like to be contacted, and their own email address and telephone number,
 * each an entity of its own. Data, like the pages: a service spreads it into its definition's `sdm`.
 */
export function reporterMapping({
  relationships,
  attributes = {},
  relatedFirst = [],
  relatedAfter = [],
}: {
  relationships: ReadonlyArray<RelationshipMapping>;
  /** What the service asks of them beyond the shared pages (a driver's insurer). */
  attributes?: Readonly<Record<string, AttributeSource>>;
  /** Entities related from them before their contact details (their home address). */
  relatedFirst?: ReadonlyArray<EntityMapping>;
  /** Entities related from them after their contact details (their GP, their referees). */
  relatedAfter?: ReadonlyArray<EntityMapping>;
}): EntityMapping {
  return {
    type: 'person',
    id: 'reporter',
    relationships,
    attributes: {
      givenName: {answer: 'givenName', maxLength: 35, list: true},
      surname: {answer: 'familyName', maxLength: 35},
      contactPreference: {answer: 'contactPreference', list: true},
      ...attributes,
    },
    related: [...relatedFirst, ...contactDetailsMapping, ...relatedAfter],
  };
}

/** Someone's own email address and telephone number, where given, related from them. */
export const contactDetailsMapping: ReadonlyArray<EntityMapping> = [
  {
    type: 'email',
    relationships: [{name: 'personalEmail'}],
    attributes: {emailAddress: {answer: 'email', maxLength: 120}},
  },
  telephoneMapping('telephone'),
];

/**
 * A telephone number as the SDM's `telephone` entity holds it: in `telephoneNumberFull`, a string (the profile
 * types `telephoneNumber` as a number, which cannot hold "07700 900123" without losing the leading zero).
 */
export function telephoneMapping(question: string): EntityMapping {
  return {
    type: 'telephone',
    relationships: [{name: 'personalTelephone'}],
    attributes: {telephoneNumberFull: {answer: question}},
  };
}

/** An address question as a location related from someone (`currentAddress`, `registeredGpAddress`). */
export function addressMapping(
  question: string,
  relationship: string,
  attributes?: EntityMapping['attributes'],
): EntityMapping {
  return {
    type: 'location',
    relationships: [{name: relationship}],
    attributes,
    derived: [{transform: 'address', answer: question}],
  };
}
