/**
 * `npm run stories:record`: runs every story against a real sandbox (the
 * story tests' own) and writes what each exchanged with it to
 * stories/recorded-responses/, from which a static Storybook answers (it has
 * no sandbox). Review the difference before committing it: the recordings are
 * what a designer sees.
 */
import {spawnSync} from 'node:child_process';
import {readdirSync, rmSync} from 'node:fs';
import path from 'node:path';
import {root} from './tokens.js';

const recordings = path.join(root, 'stories/recorded-responses');
// A story that no longer talks to the endpoint leaves no recording behind.
for (const file of readdirSync(recordings)) if (file.endsWith('.json')) rmSync(path.join(recordings, file));

const run = spawnSync(path.join(root, 'node_modules/.bin/vitest'), ['run', '--project', 'storybook'], {
  cwd: root,
  stdio: 'inherit',
  env: {...process.env, SOH_STORY_RECORD: '1'},
});
const written = readdirSync(recordings).filter((file) => file.endsWith('.json')).length;
console.log(`\n${written} stories' recorded responses in stories/recorded-responses/`);
process.exit(run.status ?? 1);
