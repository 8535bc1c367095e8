import type {Answers} from '../../../src/engine/definition.js';

/**
 * A complaint for someone else (the person affected, with the permission box). A complaint and a compliment have
 * pages of their own, so no one path has every page: the compliment's are in `compliment`. No emergency answer:
 * feedback asks none.
 */
export const everything: Answers = {
  feedbackType: 'complaint',
  complainingFor: 'someone-else',
  contactPreference: 'CPNC_0001',
};

/** The other branch: a compliment with a reply wanted (who to thank, what they did, the reply, the contact pages). */
export const compliment: Answers = {
  feedbackType: 'compliment',
  wantsReply: 'yes',
  contactPreference: 'CPNC_0001',
};
