import type {Answers} from '../../../src/engine/definition.js';

/** Every page of a lost or stolen vehicle on the path: stolen, with a tracking device. */
export const everything: Answers = {
  emergency: 'no',
  stolenOrMissing: 'stolen',
  tracker: 'yes',
  contactPreference: 'CPNC_0001',
};
