import {randomBytes} from 'node:crypto';
import path from 'node:path';
import type {SandboxOptions} from './sandbox.js';

export interface StartSettings {
  port: number;
  options: SandboxOptions;
  /** True when no `SOH_OPERATOR_TOKEN` was given and one was made for this run (so it is printed). */
  tokenWasMade: boolean;
}

/**
 * What `npm start` runs with, from the environment: `PORT` (8080),
 * `SOH_OPERATOR_TOKEN` (the back office's secret; made afresh when unset),
 * `SOH_PUBLIC_ORIGIN` (where people reach it, when not
 * http://localhost:PORT), `SOH_SANDBOX_ORIGINS` (other origins that may call
 * it, comma-separated; Storybook's by default), `SOH_TRUSTED_PROXIES`
 * (proxies allowed to name the client, comma-separated addresses or
 * `loopback`). Never the test switches.
 */
export function startSettings(environment: NodeJS.ProcessEnv, projectRoot: string): StartSettings {
  const port = Number(environment.PORT ?? 8080);
  const givenToken = environment.SOH_OPERATOR_TOKEN;
  return {
    port,
    tokenWasMade: !givenToken,
    options: {
      operatorToken: givenToken || randomBytes(24).toString('base64url'),
      publicOrigin: environment.SOH_PUBLIC_ORIGIN ?? `http://localhost:${port}`,
      trustedProxies: environment.SOH_TRUSTED_PROXIES,
      allowedOrigins: (environment.SOH_SANDBOX_ORIGINS ?? 'http://localhost:6006')
        .split(',')
        .map((origin) => origin.trim())
        .filter(Boolean),
      databaseFile: path.join(projectRoot, '.sandbox/sandbox.db'),
      uploadDirectory: path.join(projectRoot, '.sandbox/uploads'),
    },
  };
}
