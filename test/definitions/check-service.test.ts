import {execFileSync} from 'node:child_process';
import {mkdtempSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import {describe, expect, it} from 'vitest';
import {serviceDefinitions} from '../../scripts/service-definitions.js';
import {root} from '../../scripts/tokens.js';
import {checkService} from '../../src/engine/check-service.js';

// A service definition as a document, and the checker its authors run: every service we ship passes it, and each
// kind of mistake is found, at its JSON Pointer, with what to do.

/** Each service we ship, as the JSON a force would write. */
async function shippedDefinitions(): Promise<Array<{id: string; document: Record<string, unknown>}>> {
  return (await serviceDefinitions()).map(({id, definition}) => ({
    id,
    document: JSON.parse(JSON.stringify(definition)),
  }));
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a document to break in any way a person might
type Document = any;

async function covidBreach(): Promise<Document> {
  return (await shippedDefinitions()).find(({id}) => id === 'covid-breach')!.document;
}

describe('checkService', () => {
  it('finds nothing wrong with any service we ship', async () => {
    const shipped = await shippedDefinitions();
    expect(shipped.map(({id}) => id).sort()).toEqual([
      'asb',
      'clares-law',
      'covid-breach',
      'crime',
      'dash-cam',
      'domestic-abuse',
      'feedback',
      'firearms',
      'found-property',
      'hate-crime',
      'missing-person',
      'road-traffic',
      'sarahs-law',
      'sexual-offences',
      'spiking',
      'stolen-vehicle',
      'tell-us-about',
    ]);
    for (const {id, document} of shipped) expect(checkService(document), id).toEqual([]);
  });

  it('finds a text missing in one language, and a key that is not part of a definition', async () => {
    const document = await covidBreach();
    document.pages[1].questions[0].label.cy = '  ';
    document.pages[1].questions[0].colour = 'red';
    delete document.whatHappensNext.cy;
    expect(checkService(document)).toEqual(
      expect.arrayContaining([
        {pointer: '/pages/1/questions/0/label/cy', message: 'Write this text: it is empty'},
        {pointer: '/pages/1/questions/0/colour', message: '"colour" is not part of a definition'},
        expect.objectContaining({pointer: '/whatHappensNext/cy'}),
      ]),
    );
  });

  it('finds conditions on a question that does not exist, that is asked later, or on an answer it cannot have', async () => {
    // Anti-social behaviour: what (0), where (1), when, with "ongoing" yes or no (2), who (3), impact (4)…
    const document = (await shippedDefinitions()).find(({id}) => id === 'asb')!.document as Document;
    document.pages[0].when = {question: 'nowhere', equals: 'yes'};
    document.pages[1].when = {all: [{question: 'impact', answered: true}]};
    document.pages[4].when = {not: {question: 'ongoing', in: ['yes', 'perhaps']}};
    expect(checkService(document)).toEqual([
      {pointer: '/pages/0/when/question', message: 'No question has the id "nowhere"'},
      {
        pointer: '/pages/1/when/all/0/question',
        message: '"impact" is asked later, so this condition is decided before it is answered: ask it earlier',
      },
      {
        pointer: '/pages/4/when/not/in',
        message: '"ongoing" cannot be answered "perhaps" (its answers are yes, no), so this never holds',
      },
    ]);
  });

  it('finds an id used twice, a repeat page listing a question it does not ask, and two options with one value', async () => {
    const crime = (await shippedDefinitions()).find(({id}) => id === 'crime')!.document as Document;
    const repeatAt = crime.pages.findIndex((page: {kind?: string}) => page.kind === 'repeat');
    crime.pages[repeatAt].summaryQuestion = 'shoeSize';
    const radiosPage = crime.pages.findIndex((page: {questions: Array<{kind: string}>}) =>
      page.questions.some((question) => question.kind === 'radios'),
    );
    const radiosAt = crime.pages[radiosPage].questions.findIndex(
      (question: {kind: string}) => question.kind === 'radios',
    );
    const options = crime.pages[radiosPage].questions[radiosAt].options;
    options[1].value = options[0].value;
    crime.pages[1].questions.push({...crime.pages[0].questions[0]});
    const found = checkService(crime).map((finding) => finding.pointer);
    expect(found).toContain(`/pages/${repeatAt}/summaryQuestion`);
    expect(found).toContain(`/pages/${radiosPage}/questions/${radiosAt}/options/1/value`);
    expect(found).toContain(`/pages/1/questions/${crime.pages[1].questions.length - 1}/id`);
  });

  it('finds a page with no heading: no title, and more than one question', async () => {
    const document = await covidBreach();
    expect(document.pages[0].title).toBeUndefined();
    document.pages[0].questions.push({...document.pages[0].questions[0], id: 'landmark', required: false});
    expect(checkService(document)).toEqual([
      {
        pointer: '/pages/0/title',
        message: 'Give this page a title, its heading: only a page of one question takes its label as its heading',
      },
    ]);
    document.pages[0].title = {en: 'Where', cy: 'Ble'};
    expect(checkService(document)).toEqual([]);
  });

  it('finds a condition no answers can make hold, and not one that several checkboxes can', async () => {
    const shipped = await shippedDefinitions();
    const asb = shipped.find(({id}) => id === 'asb')!.document as Document;
    asb.pages[3].when = {
      all: [
        {question: 'ongoing', equals: 'yes'},
        {question: 'ongoing', equals: 'no'},
      ],
    };
    asb.pages[4].questions[0].when = {
      all: [{question: 'location', answered: true}, {not: {question: 'location', answered: true}}],
    };
    asb.follow = {
      all: [
        {question: 'wantsContact', equals: 'yes'},
        {question: 'wantsContact', in: ['no']},
      ],
    };
    expect(checkService(asb)).toEqual([
      {pointer: '/pages/3/when', message: 'No answers make this condition hold, so this is never shown'},
      {pointer: '/pages/4/questions/0/when', message: 'No answers make this condition hold, so this is never shown'},
      {pointer: '/follow', message: 'No answers make this condition hold, so the report is never offered to follow'},
    ]);
    const domesticAbuse = shipped.find(({id}) => id === 'domestic-abuse')!.document as Document;
    // Phone and email, both chosen: it can hold. Phone, with no way chosen at all: it cannot.
    domesticAbuse.pages[4].questions[4].when = {
      all: [
        {question: 'contactMethods', equals: 'phone'},
        {question: 'contactMethods', equals: 'email'},
      ],
    };
    expect(checkService(domesticAbuse)).toEqual([]);
    domesticAbuse.pages[4].questions[4].when = {
      all: [{question: 'contactMethods', equals: 'phone'}, {not: {question: 'contactMethods', answered: true}}],
    };
    expect(checkService(domesticAbuse)).toEqual([
      {pointer: '/pages/4/questions/4/when', message: 'No answers make this condition hold, so this is never shown'},
    ]);
  });

  it('finds a page or question named as one of the form’s own steps', async () => {
    const document = await covidBreach();
    document.pages[0].id = 'check';
    document.pages[1].questions[0].id = 'emergency';
    document.sdm.incident.attributes.incidentApproximateDate = {answer: 'emergency'};
    expect(checkService(document)).toEqual([
      {pointer: '/pages/0/id', message: `"check" is a step of the form's own: choose another id`},
      {pointer: '/pages/1/questions/0/id', message: `"emergency" is the form's own first question: choose another id`},
    ]);
  });

  it('refuses names every object has, a repeat page named as a question, and autofill of cards or passwords', async () => {
    const shipped = await shippedDefinitions();
    const crime = shipped.find(({id}) => id === 'crime')!.document as Document;
    const repeatAt = crime.pages.findIndex((page: {kind?: string}) => page.kind === 'repeat');
    crime.pages[repeatAt].id = 'description';
    crime.pages[0].id = 'toString';
    const asb = shipped.find(({id}) => id === 'asb')!.document as Document;
    asb.pages[0].questions[0].id = 'constructor';
    asb.pages[6].questions[0].autocomplete = 'cc-number';
    expect(checkService(asb).map(({pointer}) => pointer)).toEqual(['/pages/6/questions/0/autocomplete']);
    asb.pages[6].questions[0].autocomplete = 'given-name';
    expect(checkService(asb)).toContainEqual({
      pointer: '/pages/0/questions/0/id',
      message: '"constructor" is a name every object has already: choose another id',
    });
    expect(checkService(crime)).toEqual(
      expect.arrayContaining([
        {pointer: '/pages/0/id', message: '"toString" is a name every object has already: choose another id'},
        {
          pointer: `/pages/${repeatAt}/id`,
          message: '"description" is a question\'s id too, and the two would share one answer: choose another id',
        },
      ]),
    );
  });

  it('refuses an entity made for each item inside another made for each item', async () => {
    const crime = (await shippedDefinitions()).find(({id}) => id === 'crime')!.document as Document;
    const witnesses = crime.sdm.entities.findIndex((entity: {forEach?: string}) => entity.forEach === 'witnesses');
    crime.sdm.entities[witnesses].related.push({...crime.sdm.entities[witnesses], related: []});
    expect(checkService(crime)).toContainEqual({
      pointer: `/sdm/entities/${witnesses}/related/1/forEach`,
      message: 'An entity made once for each item cannot be inside another: declare it beside that one',
    });
  });

  it('finds a required question with no message of its own', async () => {
    const document = await covidBreach();
    delete document.pages[1].questions[0].requiredMessage;
    expect(checkService(document)).toEqual([
      {
        pointer: '/pages/1/questions/0/requiredMessage',
        message: 'Say what to do when this is not answered, in both languages ("Enter…", "Select…")',
      },
    ]);
  });

  it('finds an option that looks like an SDM code but is not in its list', async () => {
    const crime = (await shippedDefinitions()).find(({id}) => id === 'crime')!.document as Document;
    const pageAt = crime.pages.findIndex((page: {questions: Array<{options?: Array<{value: string}>}>}) =>
      page.questions.some((question) => question.options?.some((option) => /^[A-Z]{4}_/.test(option.value))),
    );
    const questionAt = crime.pages[pageAt].questions.findIndex((question: {options?: Array<{value: string}>}) =>
      question.options?.some((option) => /^[A-Z]{4}_/.test(option.value)),
    );
    const option = crime.pages[pageAt].questions[questionAt].options[0];
    const list = option.value.slice(0, 4);
    option.value = `${list}_9999`;
    crime.pages[pageAt].questions[questionAt].options[1].value = 'QQQQ_0001';
    // Without the SDM mapping, which would also find these codes fed to its attributes (tested below).
    delete crime.sdm;
    expect(checkService(crime)).toEqual([
      {
        pointer: `/pages/${pageAt}/questions/${questionAt}/options/0/value`,
        message: `${list}_9999 is not a code in the SDM's ${list} list`,
      },
      {pointer: `/pages/${pageAt}/questions/${questionAt}/options/1/value`, message: 'The SDM has no code list QQQQ'},
    ]);
  });

  it('finds a declared SDM mapping that says what the SDM or the questions do not have', async () => {
    const document = await covidBreach();
    const incident = document.sdm.incident.attributes;
    incident.incidentColour = {answer: 'description'};
    incident.incidentExactTimeKnown = {value: 'no'};
    incident.incidentDescription = {answer: 'whatHappened'};
    const location = (more: object) => ({
      type: 'location',
      relationships: [{name: 'incidentLocation'}],
      attributes: {locationDetails: {answer: 'location'}},
      ...more,
    });
    document.sdm.entities.push(
      location({relationships: [{name: 'stolenProperty'}]}),
      location({type: 'spaceship', attributes: {}}),
      location({type: 'person', relationships: [{name: 'witness'}], forEach: 'where', attributes: {}}),
      location({when: {question: 'nowhere', answered: true}}),
      location({relationships: [{name: 'currentAddress', from: 'reporter'}]}),
      location({id: 'place', related: [location({id: 'place', relationships: [{name: 'currentAddress'}]})]}),
    );
    expect(checkService(document)).toEqual([
      {pointer: '/sdm/entities/6/related/0/id', message: '"place" names another entity already: give each its own'},
      {
        pointer: '/sdm/incident/attributes/incidentDescription/answer',
        message: 'No question here has the id "whatHappened"',
      },
      {
        pointer: '/sdm/incident/attributes/incidentExactTimeKnown/value',
        message: 'incident.incidentExactTimeKnown is a boolean in the SDM',
      },
      {
        pointer: '/sdm/incident/attributes/incidentColour',
        message: "The SDM's incident has no attribute incidentColour",
      },
      {
        pointer: '/sdm/entities/1/relationships/0/name',
        message: 'The SDM does not relate an incident to a location as stolenProperty',
      },
      {pointer: '/sdm/entities/2/type', message: 'The SDM has no entity type spaceship'},
      {pointer: '/sdm/entities/3/forEach', message: '"where" is not a repeat page'},
      {pointer: '/sdm/entities/4/when/question', message: 'No question here has the id "nowhere"'},
      {pointer: '/sdm/entities/5/relationships/0/from', message: 'No entity here has the id "reporter"'},
      {
        pointer: '/sdm/entities/6/related/0/relationships/0/name',
        message: 'The SDM does not relate a location to a location as currentAddress',
      },
    ]);
  });

  it('finds a coded SDM attribute fed by a question whose answers are not all codes of its list', async () => {
    const asb = (await shippedDefinitions()).find(({id}) => id === 'asb')!.document as Document;
    // "How do you know them?" offers SKWN_ codes; suspectKnown takes them. "How often?" offers words.
    const suspect = (attributes: object, name = 'knownSuspect') => ({
      type: 'person',
      relationships: [{name}],
      attributes,
    });
    asb.sdm = {
      incident: {attributes: {incidentStillHappening: {answer: 'frequency', equals: 'perhaps'}}},
      entities: [
        suspect({suspectKnown: {answer: 'whoKnown'}}),
        suspect({suspectKnown: {answer: 'frequency'}}, 'unknownSuspect'),
        suspect({gender: {answer: 'who'}}, 'victim'),
        suspect({suspectKnown: {answer: 'frequency', map: {daily: 'SKWN_0003', often: 'SKWN_9999'}}}),
        suspect({suspectKnown: {answer: 'whoKnown', except: ['SKWN_0001', 'maybe']}}),
      ],
    };
    const found = checkService(asb);
    expect(found.map(({pointer}) => pointer)).toEqual([
      '/sdm/incident/attributes/incidentStillHappening/equals',
      '/sdm/entities/1/attributes/suspectKnown/answer',
      '/sdm/entities/2/attributes/gender/answer',
      '/sdm/entities/3/attributes/suspectKnown/map',
      '/sdm/entities/3/attributes/suspectKnown/map/often',
      '/sdm/entities/4/attributes/suspectKnown/except',
    ]);
    expect(found[1].message).toMatch(/^person\.suspectKnown takes a code from the SKWN list, and .+ is not one/);
    expect(found[2].message).toBe('person.gender takes a code from the GNDR list: ask it as a choice of those codes');
    expect(found[4].message).toBe('person.suspectKnown takes a code from the SKWN list, and SKWN_9999 is not one');
    expect(found[5].message).toBe(
      '"whoKnown" cannot be answered "maybe" (its answers are SKWN_0003, SKWN_0002, SKWN_0001)',
    );
  });

  it('finds a list where the SDM wants one value, one value where it wants a list, and a transform that cannot fill', async () => {
    const crime = (await shippedDefinitions()).find(({id}) => id === 'crime')!.document as Document;
    const reporter = crime.sdm.entities.find((entity: {id?: string}) => entity.id === 'reporter');
    delete reporter.attributes.contactPreference.list;
    reporter.attributes.gender.list = true;
    reporter.attributes.surname = {answer: 'familyName', transform: 'whole-years'};
    reporter.attributes.disability = {answer: 'disability'};
    const at = `/sdm/entities/${crime.sdm.entities.indexOf(reporter)}/attributes`;
    expect(checkService(crime)).toEqual([
      {pointer: `${at}/surname/transform`, message: 'person.surname is not a number: "whole-years" cannot fill it'},
      {
        pointer: `${at}/contactPreference/list`,
        message: 'person.contactPreference is a list in the SDM: give "list": true',
      },
      {pointer: `${at}/gender/list`, message: 'person.gender takes one value in the SDM, not a list'},
      {
        pointer: `${at}/disability/answer`,
        message: 'person.disability is true or false in the SDM: say which answer is true with "equals"',
      },
    ]);
  });

  it('says what to do where the shape is wrong: what is missing, which values it takes, how many', async () => {
    const document = await covidBreach();
    delete document.title;
    document.sends = 'maybe';
    document.pages[0].questions[0].maxlength = '500';
    expect(checkService(document)).toEqual([
      {pointer: '/title', message: 'This is missing: give an object'},
      {pointer: '/pages/0/questions/0/maxlength', message: 'Give a number here'},
      {pointer: '/sends', message: 'Use one of "report", "application", "feedback"'},
    ]);
    expect(checkService({...(await covidBreach()), pages: []})).toEqual([
      {pointer: '/pages', message: 'Give at least 1'},
    ]);
  });

  it('finds, where a report may be anonymous, a question for the person’s own details on a page not marked personal, and a condition on a personal page', async () => {
    const document = await covidBreach();
    // Where (0), when (1), what (2); then a page asking whether to say who they are, and one about them.
    document.pages.push(
      {
        id: 'say-who',
        questions: [{id: 'anonymous', kind: 'yes-no', label: {en: 'Stay anonymous?', cy: 'Aros yn ddienw?'}}],
      },
      {
        id: 'about-you',
        title: {en: 'About you', cy: 'Amdanoch chi'},
        questions: [
          {id: 'fullName', kind: 'text', autocomplete: 'name', label: {en: 'Name', cy: 'Enw'}},
          {id: 'phone', kind: 'tel', label: {en: 'Phone', cy: 'Ffôn'}},
          {id: 'colour', kind: 'text', label: {en: 'Colour', cy: 'Lliw'}},
        ],
      },
    );
    document.anonymous = {question: 'anonymous', equals: 'yes'};
    const asked = () =>
      `This asks for the person’s own details, and the report may be anonymous: put it on a page marked "personal": true, which an anonymous report skips`;
    expect(checkService(document)).toEqual([
      {pointer: '/pages/4/questions/0', message: asked()},
      {pointer: '/pages/4/questions/1', message: asked()},
    ]);
    document.pages[4].personal = true;
    expect(checkService(document)).toEqual([]);
    document.anonymous = {question: 'colour', equals: 'red'};
    expect(checkService(document)).toEqual([
      {
        pointer: '/anonymous/question',
        message: '"colour" is on a personal page, which an anonymous report skips: ask it on another page',
      },
    ]);
    document.anonymous = {question: 'anonymous', equals: 'perhaps'};
    expect(checkService(document).map(({pointer}) => pointer)).toEqual(['/anonymous/equals']);
  });

  it('finds a service that always shows the exit control but keeps a draft, and an exit condition that never holds', async () => {
    const document = await covidBreach();
    document.exitPage = true;
    expect(checkService(document)).toEqual([
      {
        pointer: '/draft',
        message: 'A service that always shows the exit control keeps nothing on the device: make its draft "none"',
      },
    ]);
    document.draft = 'none';
    expect(checkService(document)).toEqual([]);
    document.exitPage = {question: 'where', equals: 'home'};
    expect(checkService(document)).toEqual([
      {pointer: '/exitPage/question', message: 'No question has the id "where"'},
    ]);
  });

  it('finds what the endpoint requires of the category that the mapping never gives', async () => {
    const document = await covidBreach();
    delete document.sdm.incident.attributes.incidentDescription;
    document.sdm.entities = [];
    expect(checkService(document)).toEqual([
      {
        pointer: '/sdm',
        message:
          'The endpoint requires /data/attributes/incidentDescription of a CVD report, and the mapping never gives it: map it',
      },
      {
        pointer: '/sdm',
        message:
          'The endpoint requires /data/relationships/incidentLocation of a CVD report, and the mapping never gives it: map it',
      },
    ]);
    // A category of the force's own has no such rules here: only the SDM's.
    expect(checkService({...document, category: 'NOI'})).toEqual([]);
  });

  it('refuses what is not data: markup in an id, a script address as a stored value', async () => {
    const document = (await shippedDefinitions()).find(({id}) => id === 'asb')!.document as Document;
    document.id = '<img src=x onerror=alert(1)>';
    document.pages[3].questions[0].options[0].value = 'javascript:alert(1)';
    const pointers = checkService(document).map((finding) => finding.pointer);
    expect(pointers).toEqual(['/id', '/pages/3/questions/0/options/0/value']);
  });
});

describe('the published JSON Schema, dist/schemas/service-definition.schema.json', () => {
  const schema = JSON.parse(readFileSync(path.join(root, 'dist/schemas/service-definition.schema.json'), 'utf8'));
  const validate = new Ajv2020({strict: false}).compile(schema);

  it('is versioned, and accepts every service we ship', async () => {
    expect(schema.$id).toMatch(/service-definition\/1$/);
    for (const {id, document} of await shippedDefinitions()) expect(validate(document), id).toBe(true);
  });

  it('accepts each definition as the package publishes it, dist/services/<service>.json, which is the one the form runs', async () => {
    const published = readdirSync(path.join(root, 'dist/services')).sort();
    const shipped = await shippedDefinitions();
    expect(published).toEqual(shipped.map(({id}) => `${id}.json`));
    for (const {id, document} of shipped) {
      const file = JSON.parse(readFileSync(path.join(root, 'dist/services', `${id}.json`), 'utf8'));
      expect(file, id).toEqual(document);
      expect(validate(file), id).toBe(true);
      expect(checkService(file), id).toEqual([]);
    }
  });

  it('refuses what the checker refuses for its shape', async () => {
    const document = await covidBreach();
    document.pages[1].questions[0].colour = 'red';
    expect(validate(document)).toBe(false);
    expect(checkService(document)).not.toEqual([]);
  });
});

describe('npx soh-elements check-service', () => {
  const cli = path.join(root, 'bin/soh-elements.mjs');
  const run = (...args: string[]) => {
    try {
      return {code: 0, output: execFileSync(process.execPath, [cli, ...args], {encoding: 'utf8', stdio: 'pipe'})};
    } catch (error) {
      const failed = error as {status: number; stdout: string; stderr: string};
      return {code: failed.status, output: failed.stdout + failed.stderr};
    }
  };
  const scratch = mkdtempSync(path.join(tmpdir(), 'soh-service-'));

  it('exits 0 for a sound definition and 1, naming each problem by its JSON Pointer, for a broken one', async () => {
    const document = await covidBreach();
    const sound = path.join(scratch, 'sound.json');
    writeFileSync(sound, JSON.stringify(document));
    expect(run('check-service', sound)).toEqual({code: 0, output: `${sound}: no problems found\n`});
    document.title.cy = '';
    delete document.pages[1].questions[0].requiredMessage;
    const broken = path.join(scratch, 'broken.json');
    writeFileSync(broken, JSON.stringify(document));
    const {code, output} = run('check-service', broken);
    expect(code).toBe(1);
    expect(output).toContain(`${broken}#/title/cy: Write this text: it is empty`);
    expect(output).toContain(`${broken}: 1 problem`);
  });

  it('says what is wrong with a file that is not JSON, and how it is used when asked wrongly', () => {
    const notJson = path.join(scratch, 'not.json');
    writeFileSync(notJson, '{"id": ');
    const {code, output} = run('check-service', notJson);
    expect(code).toBe(1);
    expect(output).toMatch(new RegExp(`^${notJson}: not JSON: `));
    expect(run('frobnicate')).toEqual({
      code: 2,
      output:
        'Usage: soh-elements check-service <service.json>\n' +
        '       soh-elements theme --force <id> [--brand "#rrggbb"] [--out <file>]\n',
    });
  });
});
