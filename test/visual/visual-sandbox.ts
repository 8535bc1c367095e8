import {startPageSandbox} from '../helpers/story-sandbox.js';

/** Where the visual tests' sandbox listens: not the story tests' port (8093), since `vitest run` runs both projects at once. */
export const VISUAL_SANDBOX = 'http://localhost:8094/';

/**
 * Vitest's global setup for the visual project: a real sandbox on an in-memory database, as the story tests have
 * (test/helpers/story-sandbox.ts), for the stories that talk to an endpoint.
 */
export default function startVisualSandbox(): Promise<() => Promise<void>> {
  return startPageSandbox(Number(new URL(VISUAL_SANDBOX).port), 'soh-visual-uploads-');
}
