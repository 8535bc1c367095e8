/**
 * The sandbox the stories talk to: `npm start`'s (http://localhost:8080/)
 * when a designer runs Storybook, and the one the story tests start for
 * themselves (test/helpers/story-sandbox.ts) inside `npm test`.
 */
declare const __SOH_STORY_SANDBOX__: string;
declare const __SOH_STORY_OPERATOR_TOKEN__: string;

export const SANDBOX_ENDPOINT: string = __SOH_STORY_SANDBOX__;

/**
 * The back office's secret for that sandbox, for stories that play the force
 * (a status, a message, an agent): the story tests' own, or `npm start`'s when
 * a designer runs `SOH_STORY_OPERATOR_TOKEN=<the printed token> npm run
 * storybook`. Never in a published (static) build.
 */
export const SANDBOX_OPERATOR_TOKEN: string = __SOH_STORY_OPERATOR_TOKEN__;
