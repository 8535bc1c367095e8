import {cpSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {afterAll, beforeAll, describe, expect, it, vi} from 'vitest';
import type {FastifyInstance} from 'fastify';
import {sdmModelSource, writeSdmModel} from '../../scripts/generate-sdm.js';
import {sdmModel} from '../../src/generated/sdm-model.js';
import {sdmBreaches} from '../../src/sdm/conformance.js';
import {
  contactPreference,
  disabilityCategory,
  gender,
  involvement,
  publicTransportType,
  selfDefinedEthnicity,
  stolenItemType,
  suspectKnown,
  weaponType,
} from '../../src/sdm/code-lists.js';
import * as sdmLists from '../../src/generated/sdm-code-lists.js';
import type {Page, Question} from '../../src/engine/definition.js';
import {contactPage} from '../../src/services/shared/person-pages.js';
import {aboutYouPages} from '../../src/services/crime/pages-about-you.js';
import type {CrimeAnswers} from '../../src/services/crime/schema.js';
import {service as covidBreach} from '../../src/services/covid-breach/index.js';
import {asOperator, postIncident, startTestSandbox} from './sandbox-helpers.js';
import {fewestCrimeAnswers} from '../fixtures/crime-answers.js';

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

/** Our wording of the forms' choices: per choice list, its SDM list and, per choice, the SDM meaning it stands for. */
const ourChoices = JSON.parse(readFileSync(new URL('../../src/sdm/choices.json', import.meta.url), 'utf8')) as Record<
  string,
  {sdmList: string; choices: Record<string, {sdm: string; en: string; cy: string}>}
>;
const choiceLists = Object.entries(ourChoices).filter(([name]) => !name.startsWith('$'));
const projectProfile = fileURLToPath(new URL('../../src/sdm/profile', import.meta.url));
const questions = (pages: ReadonlyArray<Page>): Question[] =>
  pages.flatMap((page) => ('questions' in page ? [...page.questions] : []));
const optionsOf = (pages: ReadonlyArray<Page>, id: string) => {
  const question = questions(pages).find((candidate) => candidate.id === id);
  return question && 'options' in question ? question.options : [];
};

describe('the choices the forms offer', () => {
  const inList = (list: ReadonlyArray<{code: string; en: string; cy?: string}>, code: string) =>
    list.find((entry) => entry.code === code);
  const ours = {
    involvement,
    contactPreference,
    gender,
    selfDefinedEthnicity,
    suspectKnown,
    weaponType,
    publicTransportType,
    stolenItemType,
    disabilityCategory,
  } as Record<string, Record<string, {code: string; en: string; cy: string; cyReviewed: boolean}>>;

  it('are every choice of our wording, each with a code of its SDM list that means what the SDM means', () => {
    expect(Object.keys(ours).sort()).toEqual(choiceLists.map(([name]) => name).sort());
    for (const [name, {sdmList, choices}] of choiceLists) {
      const list = (sdmLists as Record<string, ReadonlyArray<{code: string; en: string; cy?: string}>>)[sdmList];
      expect(Object.keys(ours[name]), name).toEqual(Object.keys(choices));
      for (const [key, choice] of Object.entries(choices)) {
        const offered = ours[name][key];
        const sdm = inList(list, offered.code);
        expect(sdm?.en, `${name}.${key} (${offered.code})`).toBe(choice.sdm);
        expect(offered.en).toBe(choice.en);
        // Welsh: the profile's where it has some (so reviewed), ours otherwise, marked for review.
        if (sdm?.cy) expect(offered).toMatchObject({cy: sdm.cy, cyReviewed: true});
        else expect(offered.cy).toBe(choice.cy);
      }
    }
  });

  it('mean what the SDM means by them', () => {
    expect(inList(sdmLists.GNDR, gender.male.code)?.en).toBe('Male');
    expect(inList(sdmLists.GNDR, gender.female.code)?.en).toBe('Female');
    expect(inList(sdmLists.GNDR, gender.notStated.code)?.en).toBe('Prefer not to say');
    expect(inList(sdmLists.ESDD, selfDefinedEthnicity.A4.code)?.en).toBe('Chinese');
    expect(inList(sdmLists.ESDD, selfDefinedEthnicity.O2.code)?.en).toBe('Arab');
    expect(inList(sdmLists.IVLD, involvement.business.code)?.en).toBe("I'm reporting on behalf of a business");
    expect(inList(sdmLists.CPNC, contactPreference.post.code)?.en).toBe('By post');
  });

  it('cover every value of how involved (IVLD) and contact preference (CPNC)', () => {
    expect(Object.values(involvement).map(({code}) => code)).toEqual(sdmLists.IVLD.map(({code}) => code));
    expect(Object.values(contactPreference).map(({code}) => code)).toEqual(sdmLists.CPNC.map(({code}) => code));
  });

  it('offer contact by post only where the form asks a postal address: the crime report, after the home address', () => {
    const values = (options: ReadonlyArray<{value: string}>) => options.map(({value}) => value);
    expect(values(optionsOf([contactPage], 'contactPreference'))).toEqual([
      contactPreference.email.code,
      contactPreference.telephone.code,
    ]);
    expect(values(optionsOf(aboutYouPages, 'contactPreference'))).toContain(contactPreference.post.code);
    const ids = questions(aboutYouPages).map(({id}) => id);
    expect(ids.indexOf('homeAddress')).toBeGreaterThanOrEqual(0);
    expect(ids.indexOf('homeAddress')).toBeLessThan(ids.indexOf('contactPreference'));
  });
});

describe('the SDM profile is data, replaceable', () => {
  /** A copy of the project's profile, its code lists changed. */
  const profileWith = (
    change: (lists: {codeLists: Record<string, {codes: Array<Record<string, string>>}>}) => void,
  ) => {
    const profile = mkdtempSync(path.join(tmpdir(), 'sdm-profile-'));
    cpSync(projectProfile, profile, {recursive: true});
    const file = path.join(profile, 'code-lists.json');
    const lists = JSON.parse(readFileSync(file, 'utf8'));
    change(lists);
    writeFileSync(file, JSON.stringify(lists));
    return profile;
  };

  it('carries a code changed in the profile through to the rules and the code lists it generates', () => {
    const profile = profileWith((lists) =>
      lists.codeLists.GNDR.codes.push({code: 'GNDR_0099', en: 'A code a force added'}),
    );
    const {model, codeLists} = sdmModelSource(profile);
    expect(model).toContain('"GNDR_0099"');
    expect(codeLists).toMatch(/export const GNDR = \[.*"code":"GNDR_0099","en":"A code a force added".*\] as const;/);
    // The project's own profile does not have it, so a document using it breaks the rules generated from it.
    const document = published();
    document.included[0].attributes.gender = 'GNDR_0099';
    expect(sdmBreaches(document, sdmModel)[0]).toMatchObject({code: 'unknown-code'});
  });

  it('carries a renumbered code through the generated choices into the forms’ options and the documents', async () => {
    const profile = profileWith(({codeLists}) => {
      // "Male" and "I'm a victim" renumbered, as an official list might number them.
      for (const entry of codeLists.GNDR.codes) if (entry.en === 'Male') entry.code = 'GNDR_0099';
      for (const entry of codeLists.IVLD.codes) if (entry.en === "I'm a victim") entry.code = 'IVLD_0091';
    });
    const root = mkdtempSync(path.join(tmpdir(), 'sdm-generated-'));
    writeSdmModel(root, profile, fileURLToPath(new URL('../../src/sdm/choices.json', import.meta.url)));
    const generated = path.join(root, 'src/generated/sdm-choices.ts');
    expect(readFileSync(generated, 'utf8')).toContain('"male": {"code":"GNDR_0099","en":"Male"');

    // The forms and the documents, built on the choices generated from that profile.
    vi.resetModules();
    vi.doMock('../../src/generated/sdm-choices.js', () => import(generated));
    try {
      const {aboutYouPages: aboutYou} = await import('../../src/services/crime/pages-about-you.js');
      const {incidentPages} = await import('../../src/services/crime/pages-incident.js');
      const {sending: crimeSending} = await import('../../src/services/crime/sending.js');
      expect(optionsOf(aboutYou, 'gender')).toContainEqual({value: 'GNDR_0099', label: {en: 'Male', cy: 'Gwryw'}});
      expect(optionsOf(aboutYou, 'gender').map(({value}) => value)).not.toContain('GNDR_0003');
      expect(optionsOf(incidentPages, 'involvement')[0]).toEqual({
        value: 'IVLD_0091',
        label: {en: 'It happened to me', cy: 'Digwyddodd i mi'},
      });

      // A person who chose those options: the document carries the new codes, and the victim is still the victim.
      const answers = {
        ...fewestCrimeAnswers,
        involvement: 'IVLD_0091',
        date: '2026-11-03',
        location: 'The park',
        contactPreference: contactPreference.post.code,
        gender: 'GNDR_0099',
      } as CrimeAnswers;
      const document = crimeSending.toSdm(answers, {
        forceCode: '42',
        submissionId: 'b5d0c6a2-6c1e-4f3a-9d1b-0e2f4a6c8e10',
        submitTime: '2026-11-20T15:02:11+00:00',
        userAgent: 'Mozilla/5.0',
        submissionContent: '',
      });
      const person = document.included.find((entity) => entity.type === 'person' && 'gender' in entity.attributes);
      expect(person?.attributes.gender).toBe('GNDR_0099');
      const relationships = document.data.relationships as Record<string, {data: Array<{id: string}>}>;
      expect(relationships.victim?.data.map(({id}) => id)).toContain(person?.id);
    } finally {
      vi.doUnmock('../../src/generated/sdm-choices.js');
      vi.resetModules();
    }
  });

  it('stops the generator, naming the list and the meaning, when the profile has no code meaning a choice', () => {
    const withoutMale = profileWith(({codeLists}) => {
      codeLists.GNDR.codes = codeLists.GNDR.codes.filter((entry) => entry.en !== 'Male');
    });
    expect(() => sdmModelSource(withoutMale)).toThrow(
      /gender\.male stands for "Male" in the SDM list GNDR \(gender\), but the profile has no code meaning that/,
    );
    const withoutList = profileWith(({codeLists}) => {
      delete codeLists.CPNC;
    });
    expect(() => sdmModelSource(withoutList)).toThrow(
      /contactPreference comes from the SDM list CPNC, which the profile does not have/,
    );
  });

  it('finds a meaning whatever its typography, and takes the profile’s Welsh, reviewed, where it has some', () => {
    const profile = profileWith(({codeLists}) => {
      for (const entry of codeLists.IVLD.codes) entry.en = entry.en.replace("'", '&#39;');
      for (const entry of codeLists.GNDR.codes)
        if (entry.en === 'Female') Object.assign(entry, {en: 'female.', cy: 'Menyw'});
    });
    const {choices} = sdmModelSource(profile);
    expect(choices).toContain(
      '"victim": {"code":"IVLD_0001","en":"It happened to me","cy":"Digwyddodd i mi","cyReviewed":false}',
    );
    expect(choices).toContain('"female": {"code":"GNDR_0001","en":"Female","cy":"Menyw","cyReviewed":true}');
  });

  it('is generated, in src/generated/, from the project’s profile and wording as they are now (not stale)', () => {
    const fresh = sdmModelSource(projectProfile);
    const generated = (file: string) => readFileSync(new URL(`../../src/generated/${file}`, import.meta.url), 'utf8');
    expect(generated('sdm-choices.ts'), 'run npm run generate').toBe(fresh.choices);
    expect(generated('sdm-code-lists.ts'), 'run npm run generate').toBe(fresh.codeLists);
    expect(generated('sdm-model.ts'), 'run npm run generate').toBe(fresh.model);
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

  it('COVID-19 breach (declared in its definition): every attribute, relationship and code is the published SDM’s', async () => {
    const {toSdm} = await covidBreach.sending();
    const document = toSdm({location: 'The park', date: '2026-11-02', description: 'A large party'}, context);
    expect(sdmBreaches(document, sdmModel)).toEqual([]);
    expect(document.data.attributes).toEqual({
      incidentDescription: 'A large party',
      incidentApproximateDate: '2026-11-02',
      incidentExactTimeKnown: false,
    });
    const [location] = document.data.relationships!.incidentLocation.data;
    expect(document.included.find((entity) => entity.id === location.id)?.attributes).toEqual({
      locationDetails: 'The park',
    });
  });
});
