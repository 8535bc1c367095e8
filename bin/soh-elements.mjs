#!/usr/bin/env node
/**
 * `npx soh-elements check-service service.json`: checks a service definition before a force publishes it. Prints
 * each problem as `file#/json/pointer: what to do`, then a count; exits 0 when there is none, 1 when there are, 2
 * when asked wrongly. The checks are the package's own `checkService` (`soh-elements/check-service`).
 */
import {readFileSync} from 'node:fs';
import {checkService} from '../dist/check-service.js';

const [command, file, ...rest] = process.argv.slice(2);
if (command !== 'check-service' || !file || rest.length > 0) {
  console.error('Usage: soh-elements check-service <service.json>');
  process.exit(2);
}

let document;
try {
  document = JSON.parse(readFileSync(file, 'utf8'));
} catch (error) {
  console.error(`${file}: not JSON: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}

const findings = checkService(document);
for (const {pointer, message} of findings) console.log(`${file}#${pointer}: ${message}`);
if (findings.length === 0) console.log(`${file}: no problems found`);
else console.log(`${file}: ${findings.length} ${findings.length === 1 ? 'problem' : 'problems'}`);
process.exit(findings.length === 0 ? 0 : 1);
