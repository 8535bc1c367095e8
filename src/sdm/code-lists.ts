/**
 * Every constrained value the library sends, as a code, with its English
 * and Welsh labels: the data stays language-neutral, as the Standard Data
 * Model requires.
 *
 * The choices the forms offer come from the SDM profile (src/sdm/profile/):
 * our wording of each, with the SDM meaning it stands for, is in
 * src/sdm/choices.json, and `npm run generate` finds each one's code in the
 * profile by that meaning (src/generated/sdm-choices.ts). A force that drops
 * the official files into the profile regenerates; nothing here changes.
 * `cyReviewed` marks Welsh a translator has checked: the profile's own Welsh,
 * or ours once reviewed; ours stays marked for review until then.
 */
import * as choices from '../generated/sdm-choices.js';

export interface Code {
  code: string;
  en: string;
  cy: string;
  /** Whether a Welsh translator has checked `cy` (false: marked for review). */
  cyReviewed: boolean;
}

export type CodeList = Readonly<Record<string, Code>>;

/** How the person is involved in the incident (IVLD_): a victim, a witness, for a victim, for a business. */
export const involvement = choices.involvement satisfies CodeList;

/**
 * How the person would like to be contacted (CPNC_): email, telephone, post.
 * Offer post only where the form asks the person's postal address.
 */
export const contactPreference = choices.contactPreference satisfies CodeList;

/** Gender (GNDR_): the choices the forms offer, in words a person would use. */
export const gender = choices.gender satisfies CodeList;

/**
 * Self-defined ethnicity (ESDD_): the 2021 census categories, as the SDM lists them, worded as the census asks.
 * The Welsh follows the 2021 Census's Welsh questionnaire (marked for review: the profile has no Welsh for them).
 */
export const selfDefinedEthnicity = choices.selfDefinedEthnicity satisfies CodeList;

/**
 * Whether the person knows who did it (SKWN_): they know them; they do not, but can describe them; they know
 * nothing about them. On the suspect (`suspectKnown`); it decides `knownSuspect` or `unknownSuspect`.
 */
export const suspectKnown = choices.suspectKnown satisfies CodeList;

/**
 * The kinds of weapon a person can tell apart (WTLT_), of the SDM's 43: a knife (the SDM's "Knife-other", its
 * nearest to a knife of a kind not said), a handgun, a rifle, a baseball bat, a crowbar, an axe, a sword.
 */
export const weaponType = choices.weaponType satisfies CodeList;

/** The kind of public transport (PTTP_): bus, train, tram, something else. */
export const publicTransportType = choices.publicTransportType satisfies CodeList;

/**
 * What kind of thing was stolen or damaged (SITP_, sent as the property's `propertyCategory`, as SOH does): a bank
 * card, a bicycle, a mobile phone or tablet, something else identifiable, something else. Not a vehicle: the crime
 * report asks about vehicles on pages of their own.
 */
export const stolenItemType = choices.stolenItemType satisfies CodeList;

/** What kind of disability the person has (DCRY_), if they say they have one: a person may choose several. */
export const disabilityCategory = choices.disabilityCategory satisfies CodeList;

/** A code list as answer options. */
export function optionsFrom(list: CodeList): Array<{value: string; label: {en: string; cy: string}}> {
  return Object.values(list).map(({code, en, cy}) => ({value: code, label: {en, cy}}));
}
