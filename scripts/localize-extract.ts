/**
 * `lit-localize extract`, keeping each translation's review state.
 *
 * lit-localize rewrites the XLIFF and drops the `state` attribute, which is
 * how a Welsh translator finds the drafts the team wrote. We read the states
 * first, extract, then put them back; a new translation or one whose English
 * changed is marked `needs-review-translation`.
 */
import {execFileSync} from 'node:child_process';
import {readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {root} from './tokens.js';

const file = path.join(root, 'locales/cy.xlf');
const unitPattern =
  /<trans-unit id="([^"]+)">\s*<source>([\s\S]*?)<\/source>\s*<target(?: state="([^"]*)")?>([\s\S]*?)<\/target>/g;

function reviewStates(xliff: string): Map<string, {source: string; state: string}> {
  const states = new Map<string, {source: string; state: string}>();
  for (const [, id, source, state] of xliff.matchAll(unitPattern)) {
    states.set(id, {source, state: state ?? 'translated'});
  }
  return states;
}

const before = reviewStates(readFileSync(file, 'utf8'));
execFileSync(path.join(root, 'node_modules/.bin/lit-localize'), ['extract'], {cwd: root, stdio: 'inherit'});
const extracted = readFileSync(file, 'utf8').replace(
  unitPattern,
  (whole, id: string, source: string, _state, target: string) => {
    const previous = before.get(id);
    const state = previous && previous.source === source ? previous.state : 'needs-review-translation';
    return whole.replace(/<target(?: state="[^"]*")?>[\s\S]*$/, `<target state="${state}">${target}</target>`);
  },
);
writeFileSync(file, extracted);
