/**
 * `npm start`: the demo force website and the sandbox endpoint, in one
 * process, on http://localhost:8080. Its settings come from the environment
 * (start-options.ts says which).
 */
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {buildSandbox} from './sandbox.js';
import {startSettings} from './start-options.js';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const {port, options, tokenWasMade} = startSettings(process.env, projectRoot);

const app = await buildSandbox(options);
await app.listen({port, host: 'localhost'});
console.log(`\nsoh-elements demo and sandbox endpoint: http://localhost:${port}/\n`);
if (tokenWasMade)
  console.log(
    `The back office (/inbox, /agent) signs in with this operator token, made for this run: ${options.operatorToken}\n` +
      'Set SOH_OPERATOR_TOKEN to choose your own.\n',
  );

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    void app.close().then(() => process.exit(0));
  });
}
