import {describe, expect, it} from 'vitest';
import type {Page, SdmMapping} from '../../src/engine/definition.js';
import {declaredSdm} from '../../src/engine/sdm-mapping.js';
import {sdmModel} from '../../src/generated/sdm-model.js';
import {sdmBreaches} from '../../src/sdm/conformance.js';

// A definition's declared SDM mapping, turned into the document the endpoint receives, with no code of the
// service's own.

const context = {
  forceCode: '42',
  submissionId: 'b5d0c6a2-6c1e-4f3a-9d1b-0e2f4a6c8e10',
  submitTime: '2026-11-20T15:02:11+00:00',
  userAgent: 'Mozilla/5.0',
  submissionContent: 'Where: The park\nWhen: 2 November 2026\nWhat: A large party',
};

/** Ids 1, 2, 3… in the order the entities are made. */
function counting(): () => string {
  let next = 0;
  return () => String(++next);
}

/** A question of a kind, with words that do not matter here. */
const question = (id: string, kind: 'text' | 'yes-no' | 'date' | 'time' | 'address' | 'files' = 'text') =>
  ({id, kind, label: {en: id, cy: id}}) as const;

const pages: Page[] = [
  {
    id: 'what',
    questions: [
      question('description'),
      question('date', 'date'),
      question('time', 'time'),
      question('ongoing', 'yes-no'),
      question('location'),
      question('registration'),
      question('age'),
      question('howKnown'),
      question('media'),
      question('photos', 'files'),
    ],
  },
  {
    kind: 'repeat',
    id: 'witnesses',
    ask: {en: 'Any witnesses?', cy: 'Unrhyw dystion?'},
    askRequiredMessage: {en: 'Select yes or no', cy: 'Dewiswch ie neu na'},
    askAnswers: {yes: {en: 'Yes', cy: 'Oes'}, no: {en: 'No', cy: 'Nac oes'}},
    itemTitle: {en: 'Witness', cy: 'Tyst'},
    itemName: {en: 'Witness', cy: 'Tyst'},
    listTitle: {en: 'Witnesses', cy: 'Tystion'},
    addAnother: {en: 'Add another?', cy: 'Ychwanegu un arall?'},
    questions: [question('description'), question('name'), question('telephone')],
    summaryQuestion: 'description',
    max: 5,
  },
  {id: 'about-you', when: {question: 'ongoing', equals: 'yes'}, questions: [question('givenName')]},
];

/** A definition with this mapping. */
const definition = (sdm: SdmMapping) => ({category: 'CVD', pages, sdm});

/** The attributes of the entities the incident relates as `name`. */
function related(document: ReturnType<typeof declaredSdm>, name: string, owner = document.data) {
  return (owner.relationships?.[name]?.data ?? []).map(({id}) => document.included.find((entity) => entity.id === id)!);
}

describe('declaredSdm', () => {
  const mapping: SdmMapping = {
    incident: {
      attributes: {
        incidentDescription: {answer: 'description'},
        incidentApproximateDate: {answer: 'date'},
        incidentExactTimeKnown: {value: false},
        incidentStillHappening: {answer: 'ongoing', equals: 'yes'},
      },
    },
    entities: [
      {
        type: 'location',
        relationships: [{name: 'incidentLocation'}],
        attributes: {locationDetails: {answer: 'location'}},
      },
      {
        type: 'person',
        relationships: [{name: 'witness'}],
        forEach: 'witnesses',
        when: {question: 'witnesses.any', equals: 'yes'},
        attributes: {personDescription: {answer: 'description'}},
      },
    ],
  };

  it('makes the incident, its entities and the submission, in the published SDM’s names', () => {
    const document = declaredSdm(
      definition(mapping),
      {description: 'A large party', date: '2026-11-02', ongoing: 'no', location: 'The park', 'witnesses.any': 'no'},
      context,
      counting(),
    );
    expect(sdmBreaches(document, sdmModel)).toEqual([]);
    expect(document.data).toEqual({
      type: 'incident',
      id: '1',
      attributes: {
        incidentDescription: 'A large party',
        incidentApproximateDate: '2026-11-02',
        incidentExactTimeKnown: false,
        incidentStillHappening: false,
      },
      relationships: {
        incidentLocation: {data: [{type: 'location', id: '2'}]},
        submission: {data: [{type: 'submission', id: '3'}]},
      },
    });
    expect(document.included.map(({type, attributes}) => ({type, attributes}))).toEqual([
      {type: 'location', attributes: {locationDetails: 'The park'}},
      {
        type: 'submission',
        attributes: {
          forceIdentifier: 42,
          category: 'CVD',
          submissionId: context.submissionId,
          submitTime: context.submitTime,
          userAgent: context.userAgent,
          submissionContent: context.submissionContent,
        },
      },
    ]);
  });

  it('makes one entity for each item of a repeat page, when its condition holds, and none that would say nothing', () => {
    const document = declaredSdm(
      definition(mapping),
      {
        description: 'A large party',
        ongoing: 'yes',
        'witnesses.any': 'yes',
        witnesses: [{description: 'Tall, red coat'}, {description: ''}, {name: 'Sam'}, {description: 'A child'}],
      },
      context,
      counting(),
    );
    expect(sdmBreaches(document, sdmModel)).toEqual([]);
    expect(document.data.attributes).toEqual({
      incidentDescription: 'A large party',
      incidentExactTimeKnown: false,
      incidentStillHappening: true,
    });
    // No location was given: no location entity. A witness with no description says nothing: no entity (and the
    // one who gave none does not take the incident's description, a question of the same id).
    expect(document.data.relationships?.incidentLocation).toBeUndefined();
    expect(related(document, 'witness').map(({attributes}) => attributes)).toEqual([
      {personDescription: 'Tall, red coat'},
      {personDescription: 'A child'},
    ]);
  });

  it('leaves out a repeat page’s entities when its condition does not hold, whatever items are kept', () => {
    const document = declaredSdm(
      definition(mapping),
      {description: 'A large party', 'witnesses.any': 'no', witnesses: [{description: 'Left from before'}]},
      context,
      counting(),
    );
    expect(document.data.relationships?.witness).toBeUndefined();
    expect(JSON.stringify(document)).not.toContain('Left from before');
  });

  it('reads only the answers on the person’s path, not those of a branch they turned back from', () => {
    const sdm: SdmMapping = {
      incident: {},
      entities: [
        {
          type: 'person',
          relationships: [{name: 'personReporting'}],
          attributes: {givenName: {answer: 'givenName', list: true}},
        },
      ],
    };
    const turnedBack = declaredSdm(definition(sdm), {ongoing: 'no', givenName: 'Alex'}, context);
    expect(turnedBack.included.filter(({type}) => type === 'person')).toEqual([]);
    const onPath = declaredSdm(definition(sdm), {ongoing: 'yes', givenName: 'Alex'}, context);
    expect(related(onPath, 'personReporting')[0].attributes).toEqual({givenName: ['Alex']});
  });

  it('takes each step of an answer’s source: except, equals, map, a named transform, maxLength, list', () => {
    const sdm: SdmMapping = {
      incident: {
        attributes: {
          incidentStillHappening: {answer: 'ongoing', equals: 'yes', except: ['unknown']},
          incidentDescription: {answer: 'description', maxLength: 10},
        },
      },
      entities: [
        {
          type: 'vehicle',
          relationships: [{name: 'damaged'}],
          attributes: {vehicleVRM: {answer: 'registration', transform: 'registration'}},
        },
        {
          type: 'person',
          relationships: [{name: 'witness'}],
          attributes: {
            age: {answer: 'age', transform: 'whole-years'},
            contactPreference: {answer: 'howKnown', map: {phone: 'CPNC_0001', text: 'CPNC_0001'}, list: true},
          },
        },
      ],
    };
    const document = (answers: Record<string, string>) => declaredSdm(definition(sdm), answers, context);
    const sent = document({
      ongoing: 'yes',
      description: 'Short',
      registration: 'ab12 cde',
      age: ' 15 ',
      howKnown: 'text',
    });
    expect(sdmBreaches(sent, sdmModel)).toEqual([]);
    expect(sent.data.attributes).toEqual({incidentStillHappening: true, incidentDescription: 'Short'});
    expect(related(sent, 'damaged')[0].attributes).toEqual({vehicleVRM: 'AB12CDE'});
    expect(related(sent, 'witness')[0].attributes).toEqual({age: 15, contactPreference: ['CPNC_0001']});
    // Not known, too long to hold (not cut: it stays whole in submissionContent), no whole number, not in the table.
    const unsaid = document({
      ongoing: 'unknown',
      description: 'Far longer than ten',
      age: 'about 15',
      howKnown: 'post',
    });
    expect(unsaid.data.attributes).toEqual({});
    expect(related(unsaid, 'witness')).toEqual([]);
    expect(document({ongoing: 'no'}).data.attributes).toEqual({incidentStillHappening: false});
  });

  it('gives the first case whose condition holds, or what it says otherwise', () => {
    const sdm: SdmMapping = {
      incident: {
        attributes: {
          incidentExactTimeKnown: {cases: [{when: {question: 'time', answered: true}, value: true}], otherwise: false},
          incidentStillHappening: {cases: [{when: {question: 'ongoing', equals: 'yes'}, value: true}]},
        },
      },
      entities: [],
    };
    expect(declaredSdm(definition(sdm), {time: '17:45', ongoing: 'yes'}, context).data.attributes).toEqual({
      incidentExactTimeKnown: true,
      incidentStillHappening: true,
    });
    expect(declaredSdm(definition(sdm), {ongoing: 'no'}, context).data.attributes).toEqual({
      incidentExactTimeKnown: false,
    });
  });

  it('fills several attributes with a named transform: the incident’s time, a name, an address', () => {
    const sdm: SdmMapping = {
      incident: {derived: [{transform: 'incident-time', date: 'date', time: 'time'}]},
      entities: [
        {
          type: 'person',
          relationships: [{name: 'witness'}],
          forEach: 'witnesses',
          derived: [{transform: 'person-name', answer: 'name'}],
        },
        {
          type: 'location',
          relationships: [{name: 'incidentLocation'}],
          derived: [{transform: 'address', answer: 'location'}],
        },
      ],
    };
    const answers = {
      date: '2026-11-02',
      'witnesses.any': 'yes',
      witnesses: [{name: 'Jo Anne Bloggs'}],
      location: {line1: '12 Acacia Avenue', town: 'Chelmsford', postcode: 'cm1 1aa'},
    };
    const document = declaredSdm(definition(sdm), answers, context);
    expect(sdmBreaches(document, sdmModel)).toEqual([]);
    expect(document.data.attributes).toEqual({incidentApproximateDate: '2026-11-02', incidentExactTimeKnown: false});
    expect(related(document, 'witness')[0].attributes).toEqual({givenName: ['Jo', 'Anne'], surname: 'Bloggs'});
    expect(related(document, 'incidentLocation')[0].attributes).toMatchObject({
      fullAddress: '12 Acacia Avenue, Chelmsford, CM1 1AA',
      buildingNumber: '12',
      street: 'Acacia Avenue',
    });
    const timed = declaredSdm(definition(sdm), {...answers, time: '17:45'}, context).data.attributes;
    expect(timed).toMatchObject({
      incidentExactTimeKnown: true,
      incidentStartDateTime: expect.stringMatching(/^2026-11-02T17:45:00[+-]\d\d:\d\d$/),
    });
  });

  it('relates an entity from another by its id, by a table of an answer, and from the entity it is declared in', () => {
    const sdm: SdmMapping = {
      incident: {},
      entities: [
        {
          type: 'person',
          relationships: [
            {
              name: {answer: 'howKnown', map: {partner: 'partner'}, otherwise: 'acquaintanceOrOtherKnownRelationship'},
              from: 'reporter',
            },
          ],
          attributes: {personDescription: {answer: 'description'}},
        },
        {
          type: 'person',
          id: 'reporter',
          relationships: [{name: 'personReporting'}, {name: 'victim', when: {question: 'ongoing', equals: 'yes'}}],
          attributes: {givenName: {answer: 'givenName', list: true}},
          related: [
            {
              type: 'telephone',
              relationships: [{name: 'personalTelephone'}],
              attributes: {telephoneNumberFull: {answer: 'location'}},
            },
          ],
        },
      ],
    };
    const document = declaredSdm(
      definition(sdm),
      {description: 'Tall', howKnown: 'partner', ongoing: 'yes', givenName: 'Alex', location: '07700 900982'},
      context,
    );
    expect(sdmBreaches(document, sdmModel)).toEqual([]);
    const [reporter] = related(document, 'personReporting');
    expect(related(document, 'victim')).toEqual([reporter]);
    expect(related(document, 'partner', reporter).map(({attributes}) => attributes)).toEqual([
      {personDescription: 'Tall'},
    ]);
    expect(related(document, 'personalTelephone', reporter)[0].attributes).toEqual({
      telephoneNumberFull: '07700 900982',
    });
    const other = declaredSdm(
      definition(sdm),
      {description: 'Tall', howKnown: 'work', ongoing: 'yes', givenName: 'Alex'},
      context,
    );
    expect(related(other, 'acquaintanceOrOtherKnownRelationship', related(other, 'personReporting')[0])).toHaveLength(
      1,
    );
  });

  it('leaves out what hangs on an entity the report does not hold, and keeps one that says nothing but holds another', () => {
    const sdm: SdmMapping = {
      incident: {},
      entities: [
        {
          type: 'person',
          relationships: [{name: 'witness', from: 'reporter'}],
          attributes: {personDescription: {answer: 'description'}},
        },
        {
          type: 'person',
          id: 'reporter',
          relationships: [{name: 'personReporting'}],
          when: {question: 'ongoing', equals: 'yes'},
          attributes: {givenName: {answer: 'givenName', list: true}},
        },
        {
          type: 'person',
          forEach: 'witnesses',
          relationships: [{name: 'witness'}],
          derived: [{transform: 'person-name', answer: 'name'}],
          related: [
            {
              type: 'telephone',
              relationships: [{name: 'personalTelephone'}],
              attributes: {telephoneNumberFull: {answer: 'telephone'}},
            },
          ],
        },
      ],
    };
    // No person reporting (their condition does not hold): nobody hangs on them. A witness whose name is longer than
    // the SDM holds says nothing of their own, but their telephone keeps them.
    const document = declaredSdm(
      definition(sdm),
      {
        description: 'Tall',
        ongoing: 'no',
        'witnesses.any': 'yes',
        witnesses: [{name: 'A'.repeat(40), telephone: '07700 900982'}, {name: 'B'.repeat(40)}],
      },
      context,
    );
    expect(document.included.map(({type}) => type)).toEqual(['person', 'telephone', 'submission']);
    expect(related(document, 'witness')[0].attributes).toEqual({});
  });

  it('carries the uploads of the files questions named, and how the person is involved, on the submission', () => {
    const photo = {
      fileName: 'car.jpg',
      mediaType: 'image/jpeg',
      size: 1024,
      sha256: 'a'.repeat(64),
      url: 'https://endpoint.example/uploads/1',
      captureTime: '2026-11-02T17:45:00+00:00',
    };
    const sdm: SdmMapping = {
      incident: {},
      entities: [],
      submission: {attachments: ['photos'], howInvolvedInCrime: {answer: 'howKnown', map: {victim: 'IVLD_0002'}}},
    };
    const document = declaredSdm(definition(sdm), {photos: [photo] as never, howKnown: 'victim'}, context);
    expect(sdmBreaches(document, sdmModel)).toEqual([]);
    const [submission] = related(document, 'submission');
    expect(submission.attributes).toMatchObject({howInvolvedInCrime: 'IVLD_0002'});
    expect(related(document, 'attachments', submission).map(({attributes}) => attributes.attachmentName)).toEqual([
      'car.jpg',
    ]);
  });

  it('makes at most 2,000 entities, and says so rather than build more', () => {
    const one: SdmMapping['entities'][number] = {
      type: 'location',
      relationships: [{name: 'incidentLocation'}],
      attributes: {locationDetails: {value: 'Here'}},
    };
    const sdm = (count: number): SdmMapping => ({incident: {}, entities: Array.from({length: count}, () => one)});
    expect(declaredSdm(definition(sdm(2_000)), {}, context).included).toHaveLength(2_001);
    expect(() => declaredSdm(definition(sdm(2_001)), {}, context)).toThrow('more than 2000 entities');
  });

  it('takes as attachments only what was uploaded, never an answer typed in a question named as one', () => {
    const sdm: SdmMapping = {incident: {}, entities: [], submission: {attachments: ['media', 'photos']}};
    const typed = {
      media: 'https://elsewhere.example/x',
      photos: [{fileName: 'a', mediaType: 'b', url: 'javascript:x'}],
    };
    const document = declaredSdm(definition(sdm), typed as never, context);
    expect(document.included.map(({type}) => type)).toEqual(['submission']);
  });

  it('sends no person reporting (nor as the victim) and nothing that hangs on them when the report is anonymous', () => {
    const anonymousPages: Page[] = [
      {id: 'choice', questions: [question('anonymous', 'yes-no'), question('description')]},
      {id: 'about-you', personal: true, questions: [question('givenName'), question('email')]},
    ];
    const sdm: SdmMapping = {
      incident: {attributes: {incidentDescription: {answer: 'description'}}},
      entities: [
        {
          type: 'person',
          relationships: [{name: 'personReporting'}, {name: 'victim'}],
          attributes: {givenName: {answer: 'givenName', list: true}},
          related: [
            {type: 'email', relationships: [{name: 'personalEmail'}], attributes: {emailAddress: {answer: 'email'}}},
          ],
        },
        {type: 'person', relationships: [{name: 'witness'}], attributes: {personDescription: {answer: 'description'}}},
      ],
    };
    const service = {category: 'HAT', pages: anonymousPages, sdm, anonymous: {question: 'anonymous', equals: 'yes'}};
    const answers = {description: 'Shouted at', givenName: 'Alex', email: 'alex@example.com'};

    const named = declaredSdm(service, {...answers, anonymous: 'no'}, context);
    expect(sdmBreaches(named, sdmModel)).toEqual([]);
    expect(related(named, 'personReporting').map(({attributes}) => attributes.givenName)).toEqual([['Alex']]);

    const anonymous = declaredSdm(service, {...answers, anonymous: 'yes'}, context);
    expect(sdmBreaches(anonymous, sdmModel)).toEqual([]);
    expect(anonymous.data.relationships?.personReporting).toBeUndefined();
    expect(anonymous.data.relationships?.victim).toBeUndefined();
    expect(JSON.stringify(anonymous)).not.toContain('Alex');
    expect(JSON.stringify(anonymous)).not.toContain('alex@example.com');
    expect(anonymous.included.map(({type}) => type).sort()).toEqual(['person', 'submission']);
    expect(related(anonymous, 'witness')[0].attributes).toEqual({personDescription: 'Shouted at'});
  });
});
