/**
 * After `npm run test:visual:accept` has written new baselines: recompresses each new or changed one (git's view)
 * with optipng, losslessly (the same pixels, about 45 % fewer bytes than Chromium's own PNG encoder writes), so the
 * repository stays small. `--all` does every baseline. Without optipng (Debian's `optipng` package) it says so and
 * leaves the files as they are: they compare the same either way.
 */
import {spawnSync} from 'node:child_process';
import {readdirSync, statSync} from 'node:fs';
import path from 'node:path';
import {root} from '../../scripts/tokens.js';

const folder = 'test/visual/baselines';

function changedBaselines(): string[] {
  const status = spawnSync('git', ['status', '--porcelain', '--untracked-files=all', '--', folder], {
    cwd: root,
    encoding: 'utf8',
  });
  return status.stdout
    .split('\n')
    .map((line) => line.slice(3).trim())
    .filter((file) => file.endsWith('.png'));
}

function allBaselines(dir = folder): string[] {
  return readdirSync(path.join(root, dir), {withFileTypes: true}).flatMap((entry) =>
    entry.isDirectory()
      ? allBaselines(`${dir}/${entry.name}`)
      : entry.name.endsWith('.png')
        ? [`${dir}/${entry.name}`]
        : [],
  );
}

const files = process.argv.includes('--all') ? allBaselines() : changedBaselines();
if (files.length === 0) {
  console.log('No new or changed baselines.');
  process.exit(0);
}
if (spawnSync('optipng', ['-v'], {stdio: 'ignore'}).error) {
  console.warn(
    `optipng is not installed (Debian: apt-get install optipng): ${files.length} baseline(s) left as Chromium wrote them.`,
  );
  process.exit(0);
}
const size = (file: string) => statSync(path.join(root, file)).size;
const before = files.reduce((sum, file) => sum + size(file), 0);
const outcome = spawnSync('optipng', ['-quiet', '-o2', '-strip', 'all', ...files], {cwd: root, stdio: 'inherit'});
if (outcome.status !== 0) process.exit(outcome.status ?? 1);
const after = files.reduce((sum, file) => sum + size(file), 0);
console.log(`${files.length} baseline(s) recompressed: ${before} → ${after} bytes.`);
