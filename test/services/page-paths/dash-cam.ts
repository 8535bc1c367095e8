import type {Answers} from '../../../src/engine/definition.js';

/** Every page of the dash-cam service is on every path: only the contact page's boxes depend on an answer. */
export const everything: Answers = {
  emergency: 'no',
  contactPreference: 'CPNC_0001',
};
