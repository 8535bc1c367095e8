import type {Answers} from '../../../src/engine/definition.js';

/**
 * Every page of spiking on the path: reporting for someone else puts the effects, the test and the person spiked on
 * it (the test page asks the person themselves the same question under another id when they were spiked).
 */
export const everything: Answers = {
  emergency: 'no',
  involvement: 'IVLD_0003',
  contactPreference: 'CPNC_0001',
};
