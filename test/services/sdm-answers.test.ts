import {expect} from '@open-wc/testing';
import type {SdmDocument} from '../../src/sdm/json-api.js';
import {suspectKnown} from '../../src/sdm/code-lists.js';
import {sending as asbSending} from '../../src/services/asb/sending.js';
import {sending as crimeSending} from '../../src/services/crime/sending.js';
import {sending as domesticAbuseSending} from '../../src/services/domestic-abuse/sending.js';
import {sending as missingPersonSending} from '../../src/services/missing-person/sending.js';
import {crimeAnswers} from '../../src/services/crime/schema.js';
import {asbAnswers} from '../../src/services/asb/schema.js';
import {missingPersonAnswers} from '../../src/services/missing-person/schema.js';
import {domesticAbuseAnswers} from '../../src/services/domestic-abuse/schema.js';
import {fewestCrimeAnswers} from '../fixtures/crime-answers.js';

// The questions the forms ask for the SDM, answer by answer: where each answer lands in the document. (Every
// branch's conformance to the SDM is in test/server/sdm-service-documents.test.ts.)
const context = {
  forceCode: '42',
  submissionId: 'b5d0c6a2-6c1e-4f3a-9d1b-0e2f4a6c8e10',
  submitTime: '2026-11-20T15:02:11+00:00',
  userAgent: 'Mozilla/5.0',
  submissionContent: 'The whole report',
};

/** The entities the incident relates in one role. */
function related(document: SdmDocument, role: string) {
  const ids = (document.data.relationships?.[role]?.data ?? []).map(({id}) => id);
  return document.included.filter((entity) => ids.includes(entity.id));
}

const crime = fewestCrimeAnswers;
const crimeDocument = (answers: Record<string, unknown>) =>
  crimeSending.toSdm(crimeAnswers.parse({...crime, ...answers}), context);

describe('the crime report, in the SDM', () => {
  it('says of each person described whether the person knows them, and relates them by it', () => {
    const document = crimeDocument({
      'suspects.any': 'yes',
      suspects: [
        {known: suspectKnown.known.code, description: 'My neighbour'},
        {known: suspectKnown.canDescribe.code, name: 'Dave', description: 'Short'},
      ],
    });
    expect(related(document, 'knownSuspect').map(({attributes}) => attributes)).to.deep.equal([
      {personDescription: 'My neighbour', suspectKnown: 'SKWN_0003'},
    ]);
    // A name heard is kept, but a person they cannot say they know is not a known suspect.
    expect(related(document, 'unknownSuspect').map(({attributes}) => attributes)).to.deep.equal([
      {givenName: ['Dave'], personDescription: 'Short', suspectKnown: 'SKWN_0002'},
    ]);
  });

  it('says so when the person knows nothing about who did it', () => {
    const document = crimeDocument({});
    expect(related(document, 'unknownSuspect').map(({attributes}) => attributes)).to.deep.equal([
      {suspectKnown: 'SKWN_0001'},
    ]);
    expect(related(document, 'knownSuspect')).to.deep.equal([]);
  });

  it('relates the weapon by its kind and description, and no weapon when nothing is said of it', () => {
    expect(
      related(crimeDocument({weapon: 'yes', weaponType: 'WTLT_0034'}), 'weaponUsed').map(({attributes}) => attributes),
    ).to.deep.equal([{weaponType: 'WTLT_0034'}]);
    expect(
      related(crimeDocument({weapon: 'yes', weaponType: 'other', weaponDetails: 'A bottle'}), 'weaponUsed').map(
        ({attributes}) => attributes,
      ),
    ).to.deep.equal([{weaponDetails: 'A bottle'}]);
    for (const answers of [{weapon: 'yes', weaponType: 'other'}, {weapon: 'yes'}]) {
      const document = crimeDocument(answers);
      expect(related(document, 'weaponUsed')).to.deep.equal([]);
      expect(document.included.some((entity) => entity.type === 'weapon')).to.equal(false);
      expect(document.data.attributes.hadWeapon).to.equal(true);
    }
  });

  it('sends the kind of public transport only when it happened on one', () => {
    expect(crimeDocument({publicTransport: 'yes', publicTransportType: 'PTTP_0003'}).data.attributes).to.deep.include({
      incidentOnPublicTransport: true,
      publicTransportType: 'PTTP_0003',
    });
    expect(
      crimeDocument({publicTransport: 'no', publicTransportType: 'PTTP_0003'}).data.attributes,
    ).not.to.have.property('publicTransportType');
  });

  it('gives each thing stolen its kind as the property category', () => {
    const document = crimeDocument({
      'property.any': 'yes',
      property: [{category: 'SITP_0004', what: 'A phone', how: 'stolen'}],
    });
    expect(related(document, 'stolen')[0].attributes).to.deep.equal({
      propertyCategory: 'SITP_0004',
      propertyDescription: 'A phone',
    });
  });

  it('sends the kinds of disability only with a disability', () => {
    const person = (answers: Record<string, unknown>) => related(crimeDocument(answers), 'personReporting')[0];
    expect(person({disability: 'yes', disabilityCategory: ['DCRY_0007']}).attributes).to.deep.include({
      disability: true,
      disabilityCategory: ['DCRY_0007'],
    });
    expect(person({disability: 'no', disabilityCategory: ['DCRY_0007']}).attributes).not.to.have.property(
      'disabilityCategory',
    );
  });
});

describe('anti-social behaviour, in the SDM', () => {
  const asb = {
    description: 'Loud music',
    location: 'Example Road',
    date: '2026-11-02',
    ongoing: 'no',
    impact: 'I cannot sleep',
    wantsContact: 'no',
  };
  const document = (answers: Record<string, unknown>) =>
    asbSending.toSdm(asbAnswers.parse({...asb, ...answers}), context);

  it('relates whoever is doing it as known only when the person knows who they are', () => {
    expect(related(document({whoKnown: 'SKWN_0003', who: 'Flat 2'}), 'knownSuspect')[0].attributes).to.deep.equal({
      suspectKnown: 'SKWN_0003',
      personDescription: 'Flat 2',
    });
    for (const whoKnown of ['SKWN_0002', 'SKWN_0001']) {
      const sent = document({whoKnown});
      expect(related(sent, 'knownSuspect')).to.deep.equal([]);
      expect(related(sent, 'unknownSuspect')[0].attributes).to.deep.equal({suspectKnown: whoKnown});
    }
    expect(document({}).included.some((entity) => entity.type === 'person')).to.equal(false);
  });
});

describe('domestic abuse, in the SDM', () => {
  it('says the victim knows the person hurting them, without asking', () => {
    const answers = domesticAbuseAnswers.parse({
      description: 'He checks my phone',
      relationship: 'ex-partner',
      livesWithYou: 'no',
      children: 'no',
      name: 'Sam Example',
      contactMethods: ['online'],
      safeTimes: ['morning'],
    });
    expect(related(domesticAbuseSending.toSdm(answers, context), 'knownSuspect')[0].attributes).to.deep.equal({
      suspectKnown: 'SKWN_0003',
    });
  });
});

describe('a missing person, in the SDM', () => {
  const missing = {
    missingGivenName: 'Sam',
    missingFamilyName: 'Example',
    relationship: 'friend',
    missingDescription: 'Tall',
    lastSeenDate: '2026-11-02',
    lastSeenLocation: 'Chelmsford station',
    healthNeeds: 'no',
    selfHarm: 'unknown',
    money: 'unknown',
    missingBefore: 'no',
    givenName: 'Alex',
    familyName: 'Example',
    contactPreference: 'CPNC_0001',
    email: 'alex@example.com',
  };
  const missingPerson = (answers: Record<string, unknown>) => {
    const document = missingPersonSending.toSdm(missingPersonAnswers.parse({...missing, ...answers}), context);
    return document.included.find((entity) => entity.attributes.personDescription === 'Tall')!.attributes;
  };

  it('says whether the person fears they may harm themselves, and nothing when they do not know', () => {
    expect(missingPerson({selfHarm: 'yes'})).to.include({riskOfSelfHarm: true});
    expect(missingPerson({selfHarm: 'no'})).to.include({riskOfSelfHarm: false});
    expect(missingPerson({})).not.to.have.property('riskOfSelfHarm');
  });

  it('sends an age given in years as their age; other words stay in the text', () => {
    expect(missingPerson({missingAge: ' 15 '})).to.include({age: 15});
    expect(missingPerson({missingAge: 'about 15'})).not.to.have.property('age');
  });
});
