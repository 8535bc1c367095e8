import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {serviceDefinitions, serviceHandOffs} from '../../scripts/service-definitions.js';

// Designers review every page of every service in Storybook: each service
// folder has a story file, and it names a story for each of its pages (a
// hand-off, which has one page, a story of it).
const definitions = await serviceDefinitions();
const handOffs = await serviceHandOffs();

const storiesOf = (service: string) =>
  readFileSync(new URL(`../../stories/services/${service}.stories.ts`, import.meta.url), 'utf8');

describe('service stories', () => {
  it('finds the services', () => {
    expect(definitions.map(({id}) => id)).toContain('crime');
    expect(definitions.length).toBeGreaterThanOrEqual(7);
    expect(handOffs.map(({id}) => id)).toEqual(['dash-cam-wales', 'fraud', 'terrorism']);
  });

  for (const {id, definition} of definitions) {
    it(`has a story for every page of ${id}`, () => {
      const stories = storiesOf(id);
      // A story opens a page by its id (`at('when')`), or walks to it; the first page is the default story.
      const opened = new Set([...stories.matchAll(/at\('([^']+)'/g)].map((match) => match[1].split('/')[0]));
      const walked = (stories.match(/walkedTo\(/g) ?? []).length;
      const [first, ...rest] = definition.pages.map((page) => page.id);
      const missing = rest.filter((page) => !opened.has(page));
      if (walked > 0) expect(walked).toBeGreaterThanOrEqual(definition.pages.length);
      else expect(missing).toEqual([]);
      expect(first).toBeTruthy();
    });
  }

  for (const {id} of handOffs) {
    it(`has a story of the hand-off ${id}, in English and in Welsh`, () => {
      expect(storiesOf(id)).toMatch(
        new RegExp(`handOffStory\\('${id}', 'en'\\)[\\s\\S]*handOffStory\\('${id}', 'cy'\\)`),
      );
    });
  }
});
