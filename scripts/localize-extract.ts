/**
 * `lit-localize extract`, keeping each translation's review state true.
 *
 * The `state` on each `<target>` is how a Welsh translator finds the drafts
 * the team wrote. lit-localize knows nothing of it: it leaves a target's
 * attributes as they were even when the English above it changed (so Welsh
 * reviewed against old English would still say `final`). We read the states
 * first, extract, then set them again (`restoreStates` in welsh-review.ts): a
 * new translation, or a draft whose English changed, is
 * `needs-review-translation`; a reviewed one (`final`, `signed-off`) whose
 * English changed is `needs-review-translation` with
 * `state-qualifier="id-match"`, which the report counts as changed since review.
 */
import {execFileSync} from 'node:child_process';
import {readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {root} from './tokens.js';
import {restoreStates} from './welsh-review.js';

const file = path.join(root, 'locales/cy.xlf');
const before = readFileSync(file, 'utf8');
execFileSync(path.join(root, 'node_modules/.bin/lit-localize'), ['extract'], {cwd: root, stdio: 'inherit'});
writeFileSync(file, restoreStates(before, readFileSync(file, 'utf8')));
