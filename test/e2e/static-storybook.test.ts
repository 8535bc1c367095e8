import {spawnSync} from 'node:child_process';
import {mkdtempSync, readFileSync, readdirSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import Fastify, {type FastifyInstance} from 'fastify';
import type {Browser} from 'playwright';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {launchChromium} from './browser.js';

// A published Storybook has no sandbox: a designer who opens it alone must see every story that talks to an endpoint
// as the story tests see it against the real one, answered from its recorded responses. Built here as `npm run
// build-storybook` builds it, served as a static site, and every such story opened in Chromium: its play function
// and its axe check must pass, and nothing it asks may go unanswered.
const root = path.resolve(import.meta.dirname, '../..');
const built = mkdtempSync(path.join(tmpdir(), 'soh-static-storybook-'));
let server: FastifyInstance;
let origin: string;
let browser: Browser;

interface IndexEntry {
  id: string;
  type: string;
  importPath: string;
  tags?: string[];
}

/** The stories of every file that talks to the endpoint, as the built Storybook lists them. */
function storiesThatTalkToTheEndpoint(): IndexEntry[] {
  const talking = readdirSync(path.join(root, 'stories'))
    .filter((file) => file.endsWith('.stories.ts'))
    .filter((file) => readFileSync(path.join(root, 'stories', file), 'utf8').includes("from './sandbox-endpoint.js'"))
    .map((file) => `./stories/${file}`);
  const index = JSON.parse(readFileSync(path.join(built, 'index.json'), 'utf8')) as {
    entries: Record<string, IndexEntry>;
  };
  return Object.values(index.entries).filter(
    (entry) => entry.type === 'story' && talking.includes(entry.importPath) && entry.tags?.includes('test'),
  );
}

beforeAll(async () => {
  const build = spawnSync(path.join(root, 'node_modules/.bin/storybook'), ['build', '--quiet', '-o', built], {
    cwd: root,
    encoding: 'utf8',
    // Not the story tests' sandbox: a published build answers from recordings.
    env: {...process.env, SOH_STORY_SANDBOX: undefined, SOH_STORY_RECORD: undefined},
  });
  if (build.status !== 0) throw new Error(`storybook build failed:\n${build.stdout}\n${build.stderr}`);
  server = Fastify();
  await server.register(fastifyStatic, {root: built});
  await server.listen({port: 0, host: 'localhost'});
  const address = server.server.address();
  origin = `http://localhost:${typeof address === 'object' && address ? address.port : 0}`;
  browser = await launchChromium();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(built, {recursive: true, force: true});
});

describe('the static Storybook, with no sandbox', () => {
  it('lists the stories that talk to an endpoint', () => {
    const ids = storiesThatTalkToTheEndpoint().map((entry) => entry.id);
    expect(ids).toContain('widgets-payment--fee');
    expect(ids).toContain('widgets-live-chat--chatting');
    expect(ids).toContain('widgets-media-upload--done');
    expect(ids).toContain('widgets-report-status--report');
  });

  it('plays each of them from its recorded responses, axe clean, nothing left unanswered', async () => {
    const outcomes: string[] = [];
    for (const {id} of storiesThatTalkToTheEndpoint()) {
      const page = await browser.newPage();
      const unanswered: string[] = [];
      page.on('response', (response) => {
        if (response.url().includes('/recorded-sandbox/') && response.status() === 404)
          unanswered.push(`${response.request().method()} ${response.url()}`);
      });
      // Storybook says on its channel how each story finished: its play function (which can throw and still
      // finish "success"), and its axe check.
      await page.addInitScript(() => {
        const heard: Record<string, unknown> = {};
        let channel: {on(event: string, listener: (detail: unknown) => void): void} | undefined;
        Object.assign(globalThis, {heard});
        Object.defineProperty(globalThis, '__STORYBOOK_ADDONS_CHANNEL__', {
          configurable: true,
          get: () => channel,
          set: (next) => {
            channel = next;
            for (const event of ['storyFinished', 'playFunctionThrewException', 'storyThrewException'])
              next.on(event, (detail: unknown) => (heard[event] = detail));
          },
        });
      });
      await page.goto(`${origin}/iframe.html?id=${id}&viewMode=story`);
      await page.waitForFunction(
        () => (globalThis as {heard?: {storyFinished?: unknown}}).heard?.storyFinished,
        undefined,
        {
          timeout: 30_000,
        },
      );
      const heard = (await page.evaluate(() => (globalThis as {heard?: unknown}).heard)) as {
        storyFinished: {status: string; reporters: Array<{type: string; status: string}>};
        playFunctionThrewException?: {message: string};
        storyThrewException?: {message: string};
      };
      const problems = [
        heard.storyFinished.status === 'success' ? '' : heard.storyFinished.status,
        ...heard.storyFinished.reporters.filter((report) => report.status === 'failed').map(({type}) => type),
        (heard.playFunctionThrewException ?? heard.storyThrewException)?.message.split('\n')[0] ?? '',
        ...unanswered,
      ].filter(Boolean);
      if (problems.length > 0) outcomes.push(`${id}: ${problems.join('; ')}`);
      await page.close();
    }
    expect(outcomes).toEqual([]);
  }, 600_000);
});
