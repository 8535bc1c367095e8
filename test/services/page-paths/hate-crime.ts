import type {Answers} from '../../../src/engine/definition.js';

/** The victim's path, named, by telephone: every page, with the safe-contact page and its message question. */
export const everything: Answers = {
  emergency: 'no',
  involvement: 'IVLD_0001',
  identity: 'named',
  motivation: ['race'],
  whoKnown: 'SKWN_0003',
  injured: 'yes',
  contactPreference: 'CPNC_0002',
};
