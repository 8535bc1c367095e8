#!/usr/bin/env node
/**
 * The package's command line:
 *
 * - `npx soh-elements check-service service.json`: checks a service definition before a force publishes it. Prints
 *   each problem as `file#/json/pointer: what to do`, then a count; exits 0 when there is none, 1 when there are.
 *   The checks are the package's own `checkService` (`soh-elements/check-service`).
 * - `npx soh-elements theme --force <id> [--brand "#rrggbb"] [--out FILE]`: a force's theme token file from its
 *   brand colour, every colour held to WCAG 2.2 AA (`forceThemeFile`, `soh-elements/theme`). The file goes to FILE
 *   (or standard output); the contrast report, with what was adjusted and why, to standard error. Exits 1 on an
 *   unknown force or a colour it cannot read.
 *
 * Asked wrongly, it prints how it is used and exits 2.
 */
import {readFileSync, writeFileSync} from 'node:fs';
import {parseArgs} from 'node:util';

const USAGE = `Usage: soh-elements check-service <service.json>
       soh-elements theme --force <id> [--brand "#rrggbb"] [--out <file>]`;

function usage() {
  console.error(USAGE);
  process.exit(2);
}

async function checkServiceCommand(args) {
  const [file, ...rest] = args;
  if (!file || rest.length > 0) usage();
  const {checkService} = await import('../dist/check-service.js');
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
}

async function themeCommand(args) {
  let values;
  try {
    ({values} = parseArgs({
      args,
      options: {force: {type: 'string'}, brand: {type: 'string'}, out: {type: 'string'}},
      strict: true,
    }));
  } catch {
    usage();
  }
  if (!values.force) usage();
  const {forceThemeFile} = await import('../dist/theme.js');
  let made;
  try {
    made = forceThemeFile(values.force, values.brand);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
  if (values.out) writeFileSync(values.out, made.json);
  else process.stdout.write(made.json);
  console.error(made.report);
  process.exit(0);
}

const [command, ...args] = process.argv.slice(2);
if (command === 'check-service') await checkServiceCommand(args);
else if (command === 'theme') await themeCommand(args);
else usage();
