import type {Answers} from '../../../src/engine/definition.js';

/**
 * For someone else: the person at risk's page, and the subject's relationship to them, are on the path. An
 * application: no emergency answer. Asking for oneself instead (`applyingFor: 'self'`) leaves out the person at risk
 * and asks "Who are they to you?" on the subject's page: see `forThemselves`.
 */
export const everything: Answers = {
  applyingFor: 'someone-else',
  contactMethods: ['phone', 'email'],
};

/** The other branch: asking about one's own partner or ex-partner. */
export const forThemselves: Answers = {
  applyingFor: 'self',
  contactMethods: ['phone', 'email'],
};
