import {describe, expect, it} from 'vitest';
import {documentSchemas} from '../../src/generated/document-schemas.js';
import {sdmModel} from '../../src/generated/sdm-model.js';
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
import {sdmBreaches} from '../../src/sdm/conformance.js';
import type {ServiceSending} from '../../src/engine/service-module.js';
import {sending as asb} from '../../src/services/asb/sending.js';
import {sending as covidBreach} from '../../src/services/covid-breach/sending.js';
import {sending as crime} from '../../src/services/crime/sending.js';
import {sending as domesticAbuse} from '../../src/services/domestic-abuse/sending.js';
import {sending as firearms} from '../../src/services/firearms/sending.js';
import {sending as missingPerson} from '../../src/services/missing-person/sending.js';
import {sending as roadTraffic} from '../../src/services/road-traffic/sending.js';
import {howYouKnowThem} from '../../src/services/missing-person/how-you-know-them.js';
import {fewestCrimeAnswers} from '../fixtures/crime-answers.js';

// Every service's document, on every branch its questions take, with the fewest answers and with every answer at the
// longest the form takes: each must break no rule of the published SDM (src/sdm/profile) and keep its service's
// own rules. The journeys in test/e2e/service-journeys.test.ts send one branch of each, in English and in Welsh,
// through the real form to the sandbox; these cover the branches a journey cannot all take.

const long = (length: number, letter = 'x') => letter.repeat(length);
const sha256 = 'a'.repeat(64);
const file = (name: string, mediaType: string) => ({
  fileName: name,
  mediaType,
  size: 2048,
  sha256,
  url: `https://sandbox.example/uploads/${name}`,
  captureTime: '2026-11-02T17:40:00+00:00',
  caption: long(500),
});
const address = {line1: '12 Acacia Avenue', town: 'Chelmsford', postcode: 'cm1 1aa', uprn: '100000000001'};
/** An address typed by hand, every part longer than the SDM holds: only `fullAddress` can carry it. */
const longAddress = {line1: long(200), line2: long(200), town: long(100), county: long(100), postcode: 'CM1 1AA'};
const reporter = {givenName: long(35, 'A'), familyName: long(35, 'B'), contactPreference: contactPreference.email.code};

const context = (language: 'en' | 'cy') => ({
  forceCode: '42',
  submissionId: 'b5d0c6a2-6c1e-4f3a-9d1b-0e2f4a6c8e10',
  submitTime: '2026-11-20T15:02:11+00:00',
  userAgent: 'Mozilla/5.0',
  submissionContent:
    language === 'en' ? 'Report a crime\n\nWhat happened: …' : 'Rhoi gwybod am drosedd\n\nBeth ddigwyddodd: …',
});

interface Case {
  name: string;
  answers: Record<string, unknown>;
}

const crimeBase = {
  ...fewestCrimeAnswers,
  involvement: involvement.victim.code,
  ...reporter,
  homeAddress: address,
};

const crimeCases: Case[] = [
  {name: 'the fewest answers', answers: crimeBase},
  ...Object.entries(involvement).map(([key, {code}]) => ({
    name: `involved: ${key}, with a time`,
    answers: {...crimeBase, involvement: code, time: '17:45'},
  })),
  ...Object.entries(publicTransportType).map(([key, {code}]) => ({
    name: `on public transport: ${key}`,
    answers: {...crimeBase, publicTransport: 'yes', publicTransportType: code},
  })),
  ...[...Object.keys(weaponType), 'other'].map((key) => ({
    name: `a weapon: ${key}, not described`,
    answers: {
      ...crimeBase,
      weapon: 'yes',
      weaponType: key === 'other' ? 'other' : weaponType[key as keyof typeof weaponType].code,
    },
  })),
  {name: 'a weapon, its kind not given, described', answers: {...crimeBase, weapon: 'yes', weaponDetails: 'A bottle'}},
  {name: 'a weapon, nothing said of it', answers: {...crimeBase, weapon: 'yes'}},
  ...Object.entries(stolenItemType).map(([key, {code}]) => ({
    name: `stolen: ${key}`,
    answers: {...crimeBase, 'property.any': 'yes', property: [{category: code, what: 'It', how: 'stolen'}]},
  })),
  {
    name: 'one suspect they know, unnamed; one they can describe, named',
    answers: {
      ...crimeBase,
      'suspects.any': 'yes',
      suspects: [
        {known: suspectKnown.known.code, description: 'My neighbour'},
        {known: suspectKnown.canDescribe.code, name: 'Dave', description: 'Short'},
      ],
    },
  },
  {name: 'a disability, its kind not said', answers: {...crimeBase, disability: 'yes'}},
  {
    name: 'every answer, at its longest, everything stolen and damaged',
    answers: {
      ...crimeBase,
      description: long(2000),
      time: '23:59',
      location: long(500),
      publicTransport: 'yes',
      publicTransportType: publicTransportType.other.code,
      weapon: 'yes',
      weaponType: weaponType.knife.code,
      weaponDetails: long(1000),
      assaulted: 'yes',
      threatened: 'yes',
      targeted: 'yes',
      hate: 'yes',
      'property.any': 'yes',
      property: [
        {
          category: stolenItemType.identifiable.code,
          what: long(200),
          how: 'stolen',
          value: long(20, '9'),
          serial: long(100),
        },
        {category: stolenItemType.other.code, what: 'A window', how: 'damaged', value: '300', serial: 'SN-1'},
      ],
      'vehicles.any': 'yes',
      vehicles: [
        {registration: 'ab12 cde', make: long(50), model: long(50), colour: long(30), how: 'stolen'},
        {make: 'Ford', how: 'damaged'},
        {make: 'a white van', how: 'other'},
      ],
      alreadyReported: 'yes',
      previousReference: long(50),
      'suspects.any': 'yes',
      suspects: [
        {known: suspectKnown.known.code, name: 'Jo Anne Bloggs', description: long(2000)},
        {known: suspectKnown.canDescribe.code, description: 'Tall'},
        {known: suspectKnown.known.code, name: long(70), description: 'x'},
      ],
      'witnesses.any': 'yes',
      witnesses: [{name: 'Sam', telephone: '07700 900123'}, {name: `${long(35)} ${long(34)}`}],
      dateOfBirth: '1990-04-01',
      homeAddress: longAddress,
      contactPreference: contactPreference.post.code,
      email: `${long(100)}@example.com`,
      telephone: '+44 7700 900123',
      gender: gender.notStated.code,
      ethnicity: selfDefinedEthnicity.NS.code,
      disability: 'yes',
      disabilityCategory: Object.values(disabilityCategory).map(({code}) => code),
      communicationNeeds: long(500),
    },
  },
  {
    name: 'damaged things reported by a witness',
    answers: {
      ...crimeBase,
      involvement: involvement.witness.code,
      'property.any': 'yes',
      property: [{category: stolenItemType.other.code, what: 'A window', how: 'damaged'}],
    },
  },
];

const asbBase = {
  description: 'Loud music',
  location: 'Example Road',
  date: '2026-11-02',
  ongoing: 'no',
  impact: 'I cannot sleep',
  wantsContact: 'no',
};
const asbCases: Case[] = [
  {name: 'without giving any details', answers: asbBase},
  ...Object.entries(suspectKnown).map(([key, {code}]) => ({
    name: `who is doing it: ${key}`,
    answers: {...asbBase, whoKnown: code, ...(code === suspectKnown.nothingKnown.code ? {} : {who: 'The flat above'})},
  })),
  {
    name: 'every answer, at its longest, contact wanted',
    answers: {
      ...asbBase,
      description: long(2000),
      location: long(500),
      ongoing: 'yes',
      frequency: 'daily',
      whoKnown: suspectKnown.known.code,
      who: long(1000),
      impact: long(1000),
      wantsContact: 'yes',
      ...reporter,
      contactPreference: contactPreference.telephone.code,
      telephone: '07700 900123',
    },
  },
];

const covidCases: Case[] = [
  {name: 'every answer, at its longest', answers: {location: long(500), date: '2026-11-02', description: long(1000)}},
];

const domesticAbuseBase = {
  description: 'He checks my phone',
  relationship: 'partner',
  livesWithYou: 'no',
  children: 'no',
  name: 'Sam Example',
  contactMethods: ['online'],
  safeTimes: ['morning'],
};
const domesticAbuseCases: Case[] = [
  ...['partner', 'ex-partner', 'family', 'other'].map((relationship) => ({
    name: `hurt by ${relationship}, to be reached online only`,
    answers: {...domesticAbuseBase, relationship},
  })),
  {
    name: 'every answer, at its longest, every way to reach them',
    answers: {
      ...domesticAbuseBase,
      description: long(2000),
      livesWithYou: 'yes',
      children: 'yes',
      name: long(70),
      contactMethods: ['phone', 'text', 'email', 'online'],
      telephone: '07700 900123',
      email: 'sam@example.com',
      safeTimes: ['morning', 'afternoon', 'evening'],
      messageOk: 'yes',
    },
  },
];

const roadTrafficBase = {
  date: '2026-11-02',
  time: '17:45',
  location: 'A12, junction 19',
  'vehicles.any': 'no',
  injuries: 'no',
  dashcam: 'no',
  ...reporter,
};
const roadTrafficCases: Case[] = [
  {name: 'no other vehicle, no footage', answers: roadTrafficBase},
  {
    name: 'every answer, at its longest, footage sent',
    answers: {
      ...roadTrafficBase,
      location: long(500),
      'vehicles.any': 'yes',
      vehicles: [
        {
          registration: 'ab12 cde',
          make: long(50),
          model: long(50),
          colour: long(30),
          damaged: 'yes',
          driver: long(70),
          owner: 'Jo Bloggs',
        },
        {registration: 'XY99', damaged: 'no'},
      ],
      injuries: 'yes',
      injuryDetails: long(1000),
      damage: long(1000),
      insurer: long(100),
      policyNumber: long(50),
      dashcam: 'yes',
      footage: [file('dashcam.mp4', 'video/mp4'), file('photo.jpg', 'image/jpeg')],
    },
  },
  {name: 'footage to come', answers: {...roadTrafficBase, dashcam: 'yes'}},
];

const missingPersonBase = {
  missingGivenName: 'Sam',
  missingFamilyName: 'Example',
  relationship: 'parent',
  missingDescription: 'Tall',
  lastSeenDate: '2026-11-02',
  lastSeenLocation: 'Chelmsford station',
  healthNeeds: 'no',
  selfHarm: 'unknown',
  money: 'unknown',
  missingBefore: 'no',
  ...reporter,
};
const missingPersonCases: Case[] = [
  ...Object.keys(howYouKnowThem).map((relationship) => ({
    name: `known to the person reporting as: ${relationship}`,
    answers: {...missingPersonBase, relationship},
  })),
  ...['yes', 'no'].map((selfHarm) => ({
    name: `might harm themselves: ${selfHarm}; an age in years`,
    answers: {...missingPersonBase, selfHarm, missingAge: '15'},
  })),
  {
    name: 'every answer, at its longest, with a photo',
    answers: {
      ...missingPersonBase,
      missingGivenName: long(35),
      missingFamilyName: long(35),
      missingKnownAs: long(100),
      missingDateOfBirth: '2010-04-01',
      missingAge: long(20),
      missingDescription: long(2000),
      missingClothing: long(1000),
      photo: [file('sam.jpg', 'image/jpeg')],
      lastSeenTime: '23:59',
      lastSeenLocation: long(500),
      lastSeenBy: long(100),
      places: long(2000),
      people: long(2000),
      healthNeeds: 'yes',
      healthDetails: long(1000),
      selfHarm: 'yes',
      money: 'yes',
      missingTelephone: '07700 900123',
      onlineAccounts: long(1000),
      missingBefore: 'yes',
      missingBeforeDetails: long(1000),
      telephone: '07700 900124',
    },
  },
];

const firearmsBase = {
  applicationType: 'grant',
  certificateType: 'shotgun',
  ...reporter,
  dateOfBirth: '1980-04-03',
  placeOfBirth: 'Chelmsford',
  occupation: 'Farmer',
  homeAddress: address,
  movedIn: '2015-01-01',
  'previousAddresses.any': 'no',
  email: 'alex@example.com',
  medicalConditions: 'no',
  medicalConsent: ['agreed'],
  gpPractice: 'Example Surgery',
  gpAddress: address,
  convictions: 'no',
  declaration: ['agreed'],
  ...Object.fromEntries(
    [1, 2].flatMap((number) => [
      [`referee${number}Name`, 'Jo Bloggs'],
      [`referee${number}Address`, address],
      [`referee${number}Telephone`, '01632 960001'],
      [`referee${number}Occupation`, 'Teacher'],
      [`referee${number}YearsKnown`, '10'],
    ]),
  ),
};
const firearmsCases: Case[] = [
  {name: 'a grant, nothing to declare', answers: firearmsBase},
  {
    name: 'a variation, every answer at its longest',
    answers: {
      ...firearmsBase,
      applicationType: 'variation',
      certificateType: 'both',
      certificateNumber: long(30),
      variationDetails: long(2000),
      placeOfBirth: long(100),
      occupation: long(100),
      homeAddress: longAddress,
      'previousAddresses.any': 'yes',
      previousAddresses: [{address: longAddress, from: '2010-01-01', to: '2014-12-31'}],
      contactPreference: contactPreference.telephone.code,
      telephone: '07700 900123',
      medicalConditions: 'yes',
      medicalDetails: long(2000),
      gpPractice: long(100),
      gpAddress: longAddress,
      referee1Name: long(70),
      referee1Occupation: long(100),
      referee1YearsKnown: long(20),
      convictions: 'yes',
      convictionDetails: long(2000),
    },
  },
];

const services: Array<[string, ServiceSending, Case[]]> = [
  ['OCR', crime, crimeCases],
  ['ASB', asb, asbCases],
  ['CVD', covidBreach, covidCases],
  ['DAB', domesticAbuse, domesticAbuseCases],
  ['RTC', roadTraffic, roadTrafficCases],
  ['MIS', missingPerson, missingPersonCases],
  ['FAL', firearms, firearmsCases],
];

describe('every document every service sends speaks the published SDM', () => {
  for (const [category, sending, cases] of services)
    describe(category, () => {
      const schema = documentSchemas.find((candidate) => candidate.category === category)!.schema;
      for (const {name, answers} of cases)
        for (const language of ['en', 'cy'] as const)
          it(`${name} (${language === 'en' ? 'English' : 'Welsh'})`, () => {
            const parsed = sending.schema.safeParse(answers);
            expect(parsed.error?.issues ?? []).toEqual([]);
            const document = sending.toSdm(parsed.data, context(language));
            expect(sdmBreaches(document, sdmModel)).toEqual([]);
            expect(schema.safeParse(document).error?.issues ?? []).toEqual([]);
            // Nothing the person said is lost: the whole report is in the submission, beside the SDM's attributes.
            const submission = document.included.find((entity) => entity.type === 'submission')!;
            expect(submission.attributes.submissionContent).toContain(context(language).submissionContent);
          });
    });
});
