import type {Answers} from '../../../src/engine/definition.js';

/** Named, by telephone: every page. */
export const everything: Answers = {emergency: 'no', identity: 'named', contactPreference: 'CPNC_0002'};
