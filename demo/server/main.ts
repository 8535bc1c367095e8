/**
 * `npm start`: the demo force website and the sandbox endpoint, in one
 * process, on http://localhost:8080 (PORT overrides).
 *
 * Settings, from the environment: `SOH_OPERATOR_TOKEN` (the back office's
 * secret; made afresh and printed when unset), `SOH_PUBLIC_ORIGIN` (where
 * people reach it, when not http://localhost:PORT), `SOH_SANDBOX_ORIGINS`
 * (other origins that may call it), `SOH_TRUSTED_PROXIES` (proxies allowed to
 * name the client, comma-separated addresses or `loopback`).
 */
import {randomBytes} from 'node:crypto';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {buildSandbox} from './sandbox.js';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const port = Number(process.env.PORT ?? 8080);
const allowedOrigins = (process.env.SOH_SANDBOX_ORIGINS ?? 'http://localhost:6006')
  .split(',')
  .map((origin) => origin.trim())
  .filter(Boolean);

const operatorToken = process.env.SOH_OPERATOR_TOKEN ?? randomBytes(24).toString('base64url');
const app = await buildSandbox({
  operatorToken,
  publicOrigin: process.env.SOH_PUBLIC_ORIGIN ?? `http://localhost:${port}`,
  trustedProxies: process.env.SOH_TRUSTED_PROXIES,
  databaseFile: path.join(projectRoot, '.sandbox/sandbox.db'),
  uploadDirectory: path.join(projectRoot, '.sandbox/uploads'),
  allowedOrigins,
});
await app.listen({port, host: 'localhost'});
console.log(`\nsoh-elements demo and sandbox endpoint: http://localhost:${port}/\n`);
if (!process.env.SOH_OPERATOR_TOKEN)
  console.log(`The back office (/inbox, /agent) signs in with this operator token: ${operatorToken}\n(set SOH_OPERATOR_TOKEN to choose your own)\n`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    void app.close().then(() => process.exit(0));
  });
}
