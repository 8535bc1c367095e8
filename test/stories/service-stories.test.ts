import {readdirSync, readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import type {ServiceDefinition} from '../../src/engine/definition.js';

// Designers review every page of every service in Storybook: each service
// folder has a story file, and it names a story for each of its pages.
const servicesFolder = new URL('../../src/services/', import.meta.url);
const services = readdirSync(servicesFolder, {withFileTypes: true})
  .filter((entry) => entry.isDirectory() && entry.name !== 'shared')
  .map((entry) => entry.name);

async function definitionOf(service: string): Promise<ServiceDefinition> {
  const module = (await import(`../../src/services/${service}/definition.ts`)) as Record<string, ServiceDefinition>;
  return Object.values(module)[0];
}

describe('service stories', () => {
  it('finds the services', () => {
    expect(services).toContain('crime');
    expect(services.length).toBeGreaterThanOrEqual(7);
  });

  for (const service of services) {
    it(`has a story for every page of ${service}`, async () => {
      const stories = readFileSync(new URL(`../../stories/services/${service}.stories.ts`, import.meta.url), 'utf8');
      const definition = await definitionOf(service);
      // A story opens a page by its id (`at('when')`), or walks to it; the first page is the default story.
      const opened = new Set([...stories.matchAll(/at\('([^']+)'/g)].map((match) => match[1].split('/')[0]));
      const walked = (stories.match(/walkedTo\(/g) ?? []).length;
      const [first, ...rest] = definition.pages.map((page) => page.id);
      const missing = rest.filter((id) => !opened.has(id));
      if (walked > 0) expect(walked).toBeGreaterThanOrEqual(definition.pages.length);
      else expect(missing).toEqual([]);
      expect(first).toBeTruthy();
    });
  }
});
