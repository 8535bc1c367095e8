import type {Condition, SdmMapping} from '../../engine/definition.js';
import {involvement, suspectKnown} from '../../sdm/code-lists.js';
import {addressMapping, reporterMapping, telephoneMapping} from '../shared/reporter-mapping.js';

const asVictim: Condition = {question: 'involvement', equals: involvement.victim.code};
const asWitness: Condition = {question: 'involvement', equals: involvement.witness.code};
const answered = (question: string): Condition => ({question, answered: true});

/**
 * The crime report in the SDM's names, declared: the incident; the person reporting, related as `personReporting`
 * and, by their own answer, as `victim` or `witness`, with the kinds of disability they told us of; the kind of
 * public transport it happened on; the weapon (`weaponUsed`: its kind, if they could say, and their description);
 * the people who did it, each with whether the person knows who they are (`suspectKnown`: `knownSuspect` if they
 * do, else `unknownSuspect`), or, when they know nothing about who did it, one `unknownSuspect` saying so;
 * witnesses; what was stolen (`stolen`) or damaged (a damaged thing belongs to the victim reporting it:
 * `ownershipOf`), each with its kind as its `propertyCategory` (SOH's stolen item type); vehicles stolen or
 * damaged; where it happened (`incidentLocation`); and how the person is involved, on the submission. What the SDM
 * has no place for (a damaged thing reported by a witness, a vehicle involved another way, the name of someone
 * longer than the SDM holds) is in `submissionContent`, which carries every answer.
 */
export const crimeSdm: SdmMapping = {
  incident: {
    attributes: {
      incidentDescription: {answer: 'description'},
      incidentInvolvement: {answer: 'involvement'},
      incidentOnPublicTransport: {answer: 'publicTransport', equals: 'yes'},
      publicTransportType: {answer: 'publicTransportType'},
      hadWeapon: {answer: 'weapon', equals: 'yes'},
      physicallyAssaulted: {answer: 'assaulted', equals: 'yes'},
      subjectedToThreatAbuseOrAssault: {answer: 'threatened', equals: 'yes'},
      targetedByOffender: {answer: 'targeted', equals: 'yes'},
      subjectedToHateCrime: {answer: 'hate', equals: 'yes'},
      incidentAnyWitnesses: {answer: 'witnesses.any', equals: 'yes'},
      incidentReportedAlready: {answer: 'alreadyReported', equals: 'yes'},
      incidentReportedAlreadyReference: {answer: 'previousReference'},
    },
    derived: [{transform: 'incident-time', date: 'date', time: 'time'}],
  },
  entities: [
    reporterMapping({
      relationships: [{name: 'personReporting'}, {name: 'victim', when: asVictim}, {name: 'witness', when: asWitness}],
      attributes: {
        dateOfBirth: {answer: 'dateOfBirth'},
        dateOfBirthKnown: {cases: [{when: answered('dateOfBirth'), value: true}], otherwise: false},
        gender: {answer: 'gender'},
        ethnicitySelfDefined: {answer: 'ethnicity'},
        disability: {answer: 'disability', equals: 'yes'},
        disabilityCategory: {answer: 'disabilityCategory'},
        communicationNeeds: {cases: [{when: answered('communicationNeeds'), value: true}]},
        communicationNeedsDetails: {answer: 'communicationNeeds'},
      },
      relatedFirst: [addressMapping('homeAddress', 'currentAddress')],
    }),
    {
      // Neither its kind nor a description ("Something else", or nothing said): `hadWeapon` says all there is.
      type: 'weapon',
      relationships: [{name: 'weaponUsed'}],
      when: {question: 'weapon', equals: 'yes'},
      attributes: {weaponType: {answer: 'weaponType', except: ['other']}, weaponDetails: {answer: 'weaponDetails'}},
    },
    {
      type: 'person',
      relationships: [{name: 'unknownSuspect'}],
      when: {question: 'suspects.any', equals: 'no'},
      attributes: {suspectKnown: {value: suspectKnown.nothingKnown.code}},
    },
    {
      type: 'person',
      forEach: 'suspects',
      relationships: [
        {name: {answer: 'known', map: {[suspectKnown.known.code]: 'knownSuspect'}, otherwise: 'unknownSuspect'}},
      ],
      attributes: {personDescription: {answer: 'description'}, suspectKnown: {answer: 'known'}},
      derived: [{transform: 'person-name', answer: 'name'}],
    },
    {
      type: 'person',
      forEach: 'witnesses',
      relationships: [{name: 'witness'}],
      derived: [{transform: 'person-name', answer: 'name'}],
      related: [telephoneMapping('telephone')],
    },
    {
      type: 'property',
      forEach: 'property',
      relationships: [
        {name: 'stolen', when: {question: 'how', equals: 'stolen'}},
        {name: 'ownershipOf', from: 'reporter', when: {all: [{not: {question: 'how', equals: 'stolen'}}, asVictim]}},
      ],
      attributes: {
        propertyCategory: {answer: 'category'},
        propertyDescription: {answer: 'what'},
        propertyApproxValue: {answer: 'value'},
        propertyUniqueNumber: {answer: 'serial', maxLength: 35},
        propertyDamaged: {cases: [{when: {not: {question: 'how', equals: 'stolen'}}, value: true}]},
      },
    },
    {
      type: 'vehicle',
      forEach: 'vehicles',
      relationships: [{name: {answer: 'how', map: {stolen: 'stolen', damaged: 'damaged'}}}],
      attributes: {
        vehicleVRM: {answer: 'registration', transform: 'registration'},
        vehicleMakeDetails: {answer: 'make'},
        vehicleModel: {answer: 'model', maxLength: 35},
        vehicleColour: {answer: 'colour'},
        vehicleDamaged: {cases: [{when: {question: 'how', equals: 'damaged'}, value: true}]},
      },
    },
    {
      type: 'location',
      relationships: [{name: 'incidentLocation'}],
      attributes: {locationDetails: {answer: 'location'}},
    },
  ],
  submission: {howInvolvedInCrime: {answer: 'involvement'}},
};
