import * as z from 'zod/mini';
import {contactPreference} from '../../sdm/code-lists.js';

/**
 * The answer to "How should we contact you?": the codes the contact page
 * offers. Post is offered (and taken) only where the form asks the person's
 * postal address (`contactPageOffering({post: true})`).
 */
export function contactPreferenceAnswer({post}: {post: boolean}) {
  const {email, telephone} = contactPreference;
  return z.enum([email.code, telephone.code, ...(post ? [contactPreference.post.code] : [])]);
}
