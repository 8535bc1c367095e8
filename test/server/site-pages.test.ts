import type {FastifyInstance} from 'fastify';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {SITE_FORCE} from '../../demo/server/site/site-pages.js';
import {servicesOffered} from '../../src/forces/service-offers.js';
import {serviceCatalogue} from '../../src/generated/service-catalogue.js';
import {startTestSandbox} from './sandbox-helpers.js';

// The demo force site's pages as the sandbox serves them (what they do in a browser: test/e2e/force-site.test.ts).
let app: FastifyInstance;
beforeAll(async () => {
  ({app} = await startTestSandbox());
});
afterAll(() => app.close());

const get = (url: string) => app.inject({method: 'GET', url, headers: {host: 'localhost'}});

describe('the demo force site', () => {
  it('has a page for each service the force offers, in English and in Welsh, and for its own service', async () => {
    for (const service of servicesOffered(SITE_FORCE, serviceCatalogue))
      for (const [prefix, title] of [
        ['', service.title.en],
        ['/cy', service.title.cy],
      ]) {
        const page = await get(`${prefix}/report/${service.id}`);
        expect(page.statusCode, service.id).toBe(200);
        expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
        expect(page.body).toContain(`<soh-report-form service="${service.id}"`);
        expect(page.body).toContain(`<title>${title} – `);
      }
    const own = await get('/report/noise-nuisance');
    expect(own.body).toContain('<soh-report-form src="/services/noise-nuisance.json"');
  });

  it('answers 404 for a service the force does not offer, or none, with the site’s page and nothing of the address', async () => {
    // The catalogue has it, but this force takes dash-cam footage with its own form.
    expect((await get('/report/dash-cam-wales')).statusCode).toBe(404);
    const hostile = await get('/cy/report/%22%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E');
    expect(hostile.statusCode).toBe(404);
    expect(hostile.body).toContain('<h1>Heb ddod o hyd i’r dudalen</h1>');
    expect(hostile.body).not.toContain('<script>alert');
    // The link to the English page is the same address, still encoded.
    expect(hostile.body).toContain('href="/report/%22%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E"');
  });

  it('serves every other page in both languages under the site’s policy, and sends old addresses on', async () => {
    for (const path of ['/', '/pay', '/follow', '/evidence', '/police-uk'])
      for (const address of [path, `/cy${path}`]) {
        const page = await get(address);
        expect(page.statusCode, address).toBe(200);
        expect(page.headers['content-security-policy']).toContain("script-src 'self'");
        expect(page.body).not.toMatch(/<script(?![^>]*\bsrc=)|\sstyle=/);
      }
    expect((await get('/kitchen-sink.html')).statusCode).toBe(200);
    for (const [from, to] of [
      ['/cy', '/cy/'],
      ['/follow.html', '/follow'],
    ]) {
      const moved = await get(from);
      expect([moved.statusCode, moved.headers.location]).toEqual([301, to]);
    }
  });
});
