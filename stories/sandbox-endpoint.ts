/**
 * The sandbox the stories talk to: `npm start`'s (http://localhost:8080/)
 * when a designer runs Storybook, and the one the story tests start for
 * themselves (test/helpers/story-sandbox.ts) inside `npm test`.
 */
declare const __SOH_STORY_SANDBOX__: string;

export const SANDBOX_ENDPOINT: string = __SOH_STORY_SANDBOX__;
