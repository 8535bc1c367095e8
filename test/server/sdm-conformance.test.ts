import {cpSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {sdmModelSource} from '../../scripts/generate-sdm.js';
import {sdmModel} from '../../src/generated/sdm-model.js';
import {sdmBreaches} from '../../src/sdm/conformance.js';

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
