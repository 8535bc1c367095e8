import type {FastifyInstance} from 'fastify';
import type {Browser} from 'playwright';
import {afterAll, beforeAll} from 'vitest';
import {launchChromium} from './browser.js';
import type {SandboxOptions} from '../../demo/server/sandbox.js';
import {quietSandbox} from './quiet-sandbox.js';

export interface Harness {
  /** The real sandbox, on an in-memory database. */
  app: FastifyInstance;
  /** Where it listens: `http://127.0.0.1:<port>`. */
  origin: string;
  /** Debian's Chromium. */
  browser: Browser;
}

/** For one test file: the sandbox on a free port, started before its tests and stopped after. */
export function useSandbox(options: Partial<SandboxOptions> = {}): Omit<Harness, 'browser'> {
  const harness = {} as Omit<Harness, 'browser'>;
  beforeAll(async () => {
    harness.app = await quietSandbox(options);
    harness.origin = await harness.app.listen({port: 0, host: '127.0.0.1'});
  });
  afterAll(async () => {
    await harness.app?.close();
  });
  return harness;
}

/** For one test file: the sandbox on a free port and Chromium, started before its tests and stopped after. */
export function useSandboxAndBrowser(options: Partial<SandboxOptions> = {}): Harness {
  const harness = useSandbox(options) as Harness;
  beforeAll(async () => {
    harness.browser = await launchChromium();
  });
  afterAll(async () => {
    await harness.browser?.close();
  });
  return harness;
}
