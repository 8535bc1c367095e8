import type {Answers} from '../../../src/engine/definition.js';

/**
 * Named, by phone, for themselves. The two medical pages are one for the person it happened to and one for someone
 * reporting for them: no one path has both, so `medical-other` is on `forSomeoneElse` instead.
 */
export const everything: Answers = {
  emergency: 'no',
  involvement: 'IVLD_0001',
  identity: 'named',
  whoKnown: 'SKWN_0003',
  contactMethods: ['phone'],
};

/** The other branch: reporting for the person it happened to, which asks `medical-other`. */
export const forSomeoneElse: Answers = {...everything, involvement: 'IVLD_0003'};
