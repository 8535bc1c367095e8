/**
 * The endpoint the stories talk to. Three ways (.storybook/main.ts chooses):
 * - `replay`, a static Storybook or `npm run storybook` on its own: no
 *   sandbox; each story is answered from its recorded responses
 *   (stories/recorded-responses/, by Mock Service Worker), at an address of
 *   the Storybook's own.
 * - `live`: a real sandbox, at SOH_STORY_SANDBOX: the story tests' own inside
 *   `npm test` (test/helpers/story-sandbox.ts), or `npm start`'s when a
 *   designer runs `SOH_STORY_SANDBOX=http://localhost:8080/ npm run storybook`.
 * - `record`: live, and what each story exchanges is written as its
 *   recording (`npm run stories:record`).
 */
declare const __SOH_STORY_ENDPOINT_MODE__: 'replay' | 'live' | 'record';
declare const __SOH_STORY_SANDBOX__: string;
declare const __SOH_STORY_OPERATOR_TOKEN__: string;

export const STORY_ENDPOINT_MODE = __SOH_STORY_ENDPOINT_MODE__;

export const SANDBOX_ENDPOINT: string =
  STORY_ENDPOINT_MODE === 'replay' ? new URL('recorded-sandbox/', location.href).href : __SOH_STORY_SANDBOX__;

/**
 * The back office's secret for that sandbox, for stories that play the force
 * (a status, a message, an agent): the story tests' own, or `npm start`'s when
 * a designer runs `SOH_STORY_OPERATOR_TOKEN=<the printed token> npm run
 * storybook`. Never in a published (static) build, whose recordings play the
 * force's part as it was recorded.
 */
export const SANDBOX_OPERATOR_TOKEN: string = __SOH_STORY_OPERATOR_TOKEN__;
