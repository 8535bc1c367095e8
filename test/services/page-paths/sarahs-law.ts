import type {Answers} from '../../../src/engine/definition.js';

/** One child told about, and contact by phone and email (the safe number, email and message questions). No emergency answer: an application. */
export const everything: Answers = {
  contactMethods: ['phone', 'email'],
  'children.any': 'yes',
  children: [{childName: 'Jamie', childRelationship: 'PTPR_0118'}],
};
