import type {Answers} from '../../../src/engine/definition.js';

/** Every page of found property on the path: the owner's details box, and someone else having the item. */
export const everything: Answers = {
  emergency: 'no',
  ownerDetails: 'yes',
  itemNow: 'elsewhere',
  contactPreference: 'CPNC_0001',
};
