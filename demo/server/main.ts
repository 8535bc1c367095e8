/**
 * `npm start`: the demo force website and the sandbox endpoint, in one
 * process, on http://localhost:8080 (PORT overrides).
 */
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {buildSandbox} from './sandbox.js';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const port = Number(process.env.PORT ?? 8080);
const allowedOrigins = (process.env.SOH_SANDBOX_ORIGINS ?? 'http://localhost:6006')
  .split(',')
  .map((origin) => origin.trim())
  .filter(Boolean);

const app = await buildSandbox({
  databaseFile: path.join(projectRoot, '.sandbox/sandbox.db'),
  uploadDirectory: path.join(projectRoot, '.sandbox/uploads'),
  allowedOrigins,
});
await app.listen({port, host: 'localhost'});
console.log(`\nsoh-elements demo and sandbox endpoint: http://localhost:${port}/\n`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    void app.close().then(() => process.exit(0));
  });
}
