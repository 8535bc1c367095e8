import {describe, it} from 'vitest';
import {allStories, capture} from './capture.js';

/**
 * Every story, in the base theme and English, 800 px wide: one baseline each in
 * test/visual/baselines/stories/<story id>.png. A story left out says why.
 */
const skipped: ReadonlyMap<string, string> = new Map([
  [
    'forms-report-a-crime--not-sent-yet',
    'a retry under way: its countdown and the button\'s "Sending" come and go while the screenshot is taken',
  ],
  ['widgets-media-upload--uploading', 'a live upload: how far its bar has moved when the screenshot is taken varies'],
  [
    'widgets-live-chat--no-one-free',
    'shows "no one is free" only while no agent is signed in to the sandbox, and other test files play agents at the same time',
  ],
]);

const byFile = new Map<string, ReturnType<typeof allStories>>();
for (const entry of allStories()) byFile.set(entry.file, [...(byFile.get(entry.file) ?? []), entry]);
for (const [file, entries] of byFile)
  describe(file, () => {
    for (const entry of entries) {
      const reason = skipped.get(entry.id);
      it.skipIf(reason !== undefined)(entry.id, () => capture(entry, entry.id));
    }
  });
