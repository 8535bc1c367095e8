import {cpSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import type {FastifyInstance} from 'fastify';
import {sdmModelSource} from '../../scripts/generate-sdm.js';
import {sdmModel} from '../../src/generated/sdm-model.js';
import {sdmBreaches} from '../../src/sdm/conformance.js';
import {contactPreference, gender, involvement, selfDefinedEthnicity} from '../../src/sdm/code-lists.js';
import * as sdmLists from '../../src/generated/sdm-code-lists.js';
import {covidBreachToSdm} from '../../src/services/covid-breach/to-sdm.js';
import {asOperator, postIncident, startTestSandbox} from './sandbox-helpers.js';

// The Standard Data Model as data (src/sdm/profile/), its generated rules, and the check every document is held to.
const published = () =>
  JSON.parse(readFileSync(new URL('../fixtures/sdm/published-shape-incident.json', import.meta.url), 'utf8'));

describe('the SDM conformance check', () => {
  it('finds nothing wrong in a document written in the published shape', () => {
    expect(sdmBreaches(published(), sdmModel)).toEqual([]);
  });

  it('names an attribute the SDM does not define for that type, with its pointer', () => {
    const document = published();
    document.data.attributes.description = 'our own name';
    document.included[0].attributes.givenNames = 'Alex';
    expect(sdmBreaches(document, sdmModel).map(({pointer, code}) => [pointer, code])).toEqual([
      ['/data/attributes/description', 'unknown-attribute'],
      ['/included/0/attributes/givenNames', 'unknown-attribute'],
    ]);
  });

  it('names a code from no list, or from another list, and a value of the wrong type, format or length', () => {
    const document = published();
    Object.assign(document.included[0].attributes, {
      gender: 'male',
      contactPreference: ['CPNC_0001', 'GNDR_0001'],
      ethnicitySelfDefined: 'W1',
      dateOfBirth: '01/04/1990',
      surname: 'M'.repeat(36),
    });
    document.included[3].attributes.forceIdentifier = '42';
    document.data.attributes.incidentStartDateTime = '2026-11-20 14:00';
    expect(sdmBreaches(document, sdmModel).map(({pointer, code}) => [pointer, code])).toEqual([
      ['/data/attributes/incidentStartDateTime', 'invalid-value'],
      ['/included/0/attributes/surname', 'invalid-value'],
      ['/included/0/attributes/gender', 'unknown-code'],
      ['/included/0/attributes/dateOfBirth', 'invalid-value'],
      ['/included/0/attributes/contactPreference/1', 'unknown-code'],
      ['/included/0/attributes/ethnicitySelfDefined', 'unknown-code'],
      ['/included/3/attributes/forceIdentifier', 'invalid-value'],
    ]);
  });

  it('names a relationship the SDM does not allow between the two types, an unknown type, and a dangling one', () => {
    const document = published();
    document.data.relationships.reporter = document.data.relationships.personReporting;
    document.data.relationships.incidentLocation.data = [{type: 'location', id: 'nowhere'}];
    document.included.push({type: 'bruise', id: 'b-1', attributes: {}});
    expect(sdmBreaches(document, sdmModel).map(({pointer, code}) => [pointer, code])).toEqual([
      ['/data/relationships/incidentLocation/data/0', 'dangling'],
      ['/data/relationships/reporter/data/0', 'unknown-relationship'],
      ['/included/4/type', 'unknown-type'],
    ]);
  });
});

describe('the choices the forms offer', () => {
  const inList = (list: ReadonlyArray<{code: string; en: string}>, code: string) =>
    list.find((entry) => entry.code === code);

  it('send codes from the SDM list of the attribute that carries them', () => {
    for (const [ours, theirs] of [
      [gender, sdmLists.GNDR],
      [selfDefinedEthnicity, sdmLists.ESDD],
      [involvement, sdmLists.IVLD],
      [contactPreference, sdmLists.CPNC],
    ] as const)
      for (const {code} of Object.values(ours)) expect(inList(theirs, code), code).toBeDefined();
  });

  it('mean what the SDM means by them', () => {
    expect(inList(sdmLists.GNDR, gender.male.code)?.en).toBe('Male');
    expect(inList(sdmLists.GNDR, gender.female.code)?.en).toBe('Female');
    expect(inList(sdmLists.GNDR, gender.notStated.code)?.en).toBe('Prefer not to say');
    expect(inList(sdmLists.ESDD, selfDefinedEthnicity.A4.code)?.en).toBe('Chinese');
    expect(inList(sdmLists.ESDD, selfDefinedEthnicity.O2.code)?.en).toBe('Arab');
  });
});

describe('the SDM profile is data, replaceable', () => {
  it('carries a code changed in the profile through to the rules and the code lists it generates', () => {
    const profile = mkdtempSync(path.join(tmpdir(), 'sdm-profile-'));
    cpSync(new URL('../../src/sdm/profile', import.meta.url), profile, {recursive: true});
    const file = path.join(profile, 'code-lists.json');
    const lists = JSON.parse(readFileSync(file, 'utf8'));
    lists.codeLists.GNDR.codes.push({code: 'GNDR_0099', en: 'A code a force added'});
    writeFileSync(file, JSON.stringify(lists));
    const {model, codeLists} = sdmModelSource(profile);
    expect(model).toContain('"GNDR_0099"');
    expect(codeLists).toMatch(/export const GNDR = \[.*"code":"GNDR_0099","en":"A code a force added".*\] as const;/);
    // The project's own profile does not have it, so a document using it breaks the rules generated from it.
    const document = published();
    document.included[0].attributes.gender = 'GNDR_0099';
    expect(sdmBreaches(document, sdmModel)[0]).toMatchObject({code: 'unknown-code'});
  });
});

describe('the sandbox takes a document in the published shape, from any sender', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    ({app} = await startTestSandbox());
  });
  afterAll(() => app.close());

  it('stores it (201) and routes it by its national force code and category', async () => {
    const sent = await postIncident(app, published());
    expect(sent.statusCode).toBe(201);
    const inbox = (await app.inject({method: 'GET', url: '/inbox.json', headers: asOperator})).json().data;
    const stored = inbox.find((entry: {id: string}) => entry.id === sent.json().data.id);
    expect(stored).toMatchObject({forceIdentifier: '42', category: 'OCR'});
    expect(stored.document).toEqual(published());
  });

  it('refuses one for a force that does not exist, at the force code', async () => {
    const document = published();
    document.included[3].attributes.forceIdentifier = 99;
    const refused = await postIncident(app, document);
    expect(refused.statusCode).toBe(422);
    expect(refused.json().errors[0].source.pointer).toBe('/included/3/attributes/forceIdentifier');
  });

  it('does not take an attribute of its own beside the published ones', async () => {
    const document = published();
    document.data.attributes.weaponInvolved = false;
    expect((await postIncident(app, document)).statusCode).toBe(422);
  });
});

describe('the documents the services send', () => {
  const context = {
    forceCode: '42',
    submissionId: 'b5d0c6a2-6c1e-4f3a-9d1b-0e2f4a6c8e10',
    submitTime: '2026-11-20T15:02:11+00:00',
    userAgent: 'Mozilla/5.0',
    submissionContent: 'Where: The park\nWhen: 2 November 2026\nWhat: A large party',
  };

  it('COVID-19 breach: every attribute, relationship and code is the published SDM’s', () => {
    const document = covidBreachToSdm(
      {location: 'The park', date: '2026-11-02', description: 'A large party'},
      context,
    );
    expect(sdmBreaches(document, sdmModel)).toEqual([]);
    expect(document.data.attributes).toEqual({
      incidentDescription: 'A large party',
      incidentApproximateDate: '2026-11-02',
      incidentExactTimeKnown: false,
    });
  });
});
