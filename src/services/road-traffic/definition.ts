import type {ServiceDefinition} from '../../engine/definition.js';
import {welshAnswers} from '../../engine/welsh-answers.js';
import {contactPage, namePage} from '../shared/person-pages.js';
import {reporterMapping} from '../shared/reporter-mapping.js';
import {HTPY} from '../../generated/sdm-code-lists.js';
import {codeByMeaning} from '../../sdm/code-by-meaning.js';

const withFootage = {question: 'dashcam', equals: 'yes'} as const;

/**
 * A road traffic collision (docs/services.md): the duty under s.170 of the Road
 * Traffic Act 1988 and its 24-hour limit explained first; then when, where,
 * the vehicles (driver and owner), injuries, damage, insurance and dash-cam
 * footage.
 *
 * In the SDM (`sdm`): the incident (when, and where as `incidentLocation`); the driver reporting it
 * (`personReporting`, with their insurer and policy number); each other vehicle that was damaged (`damaged`); their
 * dash-cam footage as `evidence` (`incidentEvidence`), its files the submission's attachments. The SDM relates a
 * vehicle to an incident only as stolen or damaged, and has no attribute for injuries or for the other drivers and
 * owners: an undamaged vehicle, the names of its driver and owner, who was hurt and what was damaged are in
 * `submissionContent`.
 */
export const roadTrafficReport: ServiceDefinition = {
  id: 'road-traffic',
  category: 'RTC',
  title: {en: 'Report a road traffic collision', cy: 'Rhoi gwybod am wrthdrawiad traffig ffordd'},
  draft: 'session',
  whatHappensNext: {
    en: 'We will record your report. This meets your duty to report the collision. We will contact you if we need more information.',
    cy: 'Byddwn yn cofnodi eich adroddiad. Mae hyn yn bodloni eich dyletswydd i roi gwybod am y gwrthdrawiad. Byddwn yn cysylltu â chi os bydd angen mwy o wybodaeth arnom.',
  },
  pages: [
    {
      id: 'your-duty',
      title: {en: 'Your duty to report a collision', cy: 'Eich dyletswydd i roi gwybod am wrthdrawiad'},
      body: [
        {
          en: 'If you were driving in a collision that injured someone, or damaged another vehicle, property or certain animals, you must stop and give your name and address, the vehicle owner’s name and address and the registration number. If someone was injured, you must also show your insurance.',
          cy: 'Os oeddech yn gyrru mewn gwrthdrawiad a anafodd rywun, neu a ddifrododd gerbyd arall, eiddo neu anifeiliaid penodol, rhaid i chi stopio a rhoi eich enw a’ch cyfeiriad, enw a chyfeiriad perchennog y cerbyd a’r rhif cofrestru. Os cafodd rhywun ei anafu, rhaid i chi hefyd ddangos eich yswiriant.',
        },
        {
          en: 'If you did not give these details at the scene, you must report the collision to the police as soon as you reasonably can, and in any case within 24 hours (Road Traffic Act 1988, section 170).',
          cy: 'Os na roesoch y manylion hyn yn y fan a’r lle, rhaid i chi roi gwybod i’r heddlu am y gwrthdrawiad cyn gynted ag y gallwch yn rhesymol, ac o fewn 24 awr beth bynnag (Deddf Traffig Ffyrdd 1988, adran 170).',
        },
        {
          en: 'If anyone is seriously hurt, call 999 now.',
          cy: 'Os oes unrhyw un wedi’i anafu’n ddifrifol, ffoniwch 999 nawr.',
        },
      ],
      questions: [],
    },
    {
      id: 'when',
      title: {en: 'When did it happen?', cy: 'Pryd digwyddodd y peth?'},
      questions: [
        {
          id: 'date',
          kind: 'date',
          label: {en: 'Date', cy: 'Dyddiad'},
          summaryLabel: {en: 'Date', cy: 'Dyddiad'},
          errorLabel: {en: 'The date of the collision', cy: 'i ddyddiad y gwrthdrawiad'},
          past: true,
          required: true,
          requiredMessage: {en: 'Enter the date of the collision', cy: 'Rhowch ddyddiad y gwrthdrawiad'},
        },
        {
          id: 'time',
          kind: 'time',
          label: {en: 'Time', cy: 'Amser'},
          summaryLabel: {en: 'Time', cy: 'Amser'},
          hint: {en: 'Use the 24-hour clock, for example 17:45', cy: 'Defnyddiwch y cloc 24 awr, er enghraifft 17:45'},
          errorLabel: {en: 'The time of the collision', cy: 'i amser y gwrthdrawiad'},
          required: true,
          requiredMessage: {en: 'Enter the time of the collision', cy: 'Rhowch amser y gwrthdrawiad'},
        },
      ],
    },
    {
      id: 'where',
      questions: [
        {
          id: 'location',
          kind: 'textarea',
          label: {en: 'Where did it happen?', cy: 'Ble digwyddodd y peth?'},
          summaryLabel: {en: 'Where', cy: 'Ble'},
          hint: {
            en: 'The road and town, and a junction or landmark nearby',
            cy: 'Y ffordd a’r dref, a chyffordd neu dirnod gerllaw',
          },
          required: true,
          requiredMessage: {en: 'Enter where the collision happened', cy: 'Rhowch ble digwyddodd y gwrthdrawiad'},
          maxlength: 500,
        },
      ],
    },
    {
      kind: 'repeat',
      id: 'vehicles',
      ask: {
        en: 'Do you have details of the other vehicles involved?',
        cy: 'Oes gennych fanylion y cerbydau eraill a oedd yn rhan o hyn?',
      },
      askRequiredMessage: {
        en: 'Select yes if you have details of the other vehicles',
        cy: 'Dewiswch oes os oes gennych fanylion y cerbydau eraill',
      },
      askAnswers: welshAnswers.oes,
      itemTitle: {en: 'The other vehicle', cy: 'Y cerbyd arall'},
      itemName: {en: 'Vehicle', cy: 'Cerbyd'},
      listTitle: {en: 'Vehicles you have told us about', cy: 'Cerbydau rydych wedi dweud wrthym amdanynt'},
      addAnother: {en: 'Do you need to add another vehicle?', cy: 'Oes angen i chi ychwanegu cerbyd arall?'},
      summaryQuestion: 'registration',
      max: 10,
      questions: [
        {
          id: 'registration',
          kind: 'text',
          label: {en: 'Registration number', cy: 'Rhif cofrestru'},
          required: true,
          requiredMessage: {
            en: 'Enter the registration number, or as much as you know',
            cy: 'Rhowch y rhif cofrestru, neu gymaint ag y gwyddoch',
          },
        },
        {id: 'make', kind: 'text', label: {en: 'Make (optional)', cy: 'Gwneuthuriad (dewisol)'}},
        {id: 'model', kind: 'text', label: {en: 'Model (optional)', cy: 'Model (dewisol)'}},
        {id: 'colour', kind: 'text', label: {en: 'Colour (optional)', cy: 'Lliw (dewisol)'}},
        {
          // The SDM relates a vehicle to an incident only as stolen or damaged.
          id: 'damaged',
          kind: 'yes-no',
          label: {en: 'Was this vehicle damaged?', cy: 'A gafodd y cerbyd hwn ei ddifrodi?'},
          required: true,
          requiredMessage: {
            en: 'Select yes if this vehicle was damaged',
            cy: 'Dewiswch do os cafodd y cerbyd hwn ei ddifrodi',
          },
          answers: welshAnswers.do,
        },
        {
          id: 'driver',
          kind: 'text',
          label: {en: 'Driver’s name, if known (optional)', cy: 'Enw’r gyrrwr, os yw’n hysbys (dewisol)'},
        },
        {
          id: 'owner',
          kind: 'text',
          label: {
            en: 'Owner’s name, if different and known (optional)',
            cy: 'Enw’r perchennog, os yw’n wahanol ac yn hysbys (dewisol)',
          },
        },
      ],
    },
    {
      id: 'harm',
      title: {en: 'Injuries and damage', cy: 'Anafiadau a difrod'},
      questions: [
        {
          id: 'injuries',
          kind: 'yes-no',
          label: {en: 'Was anyone hurt?', cy: 'A gafodd unrhyw un ei anafu?'},
          hint: {
            en: 'If anyone is seriously hurt, call 999 now',
            cy: 'Os oes unrhyw un wedi’i anafu’n ddifrifol, ffoniwch 999 nawr',
          },
          required: true,
          requiredMessage: {en: 'Select yes if anyone was hurt', cy: 'Dewiswch do os cafodd unrhyw un ei anafu'},
          answers: welshAnswers.do,
        },
        {
          id: 'injuryDetails',
          kind: 'textarea',
          label: {en: 'Who was hurt, and how?', cy: 'Pwy gafodd ei anafu, a sut?'},
          required: true,
          requiredMessage: {en: 'Tell us who was hurt and how', cy: 'Dywedwch wrthym pwy gafodd ei anafu a sut'},
          maxlength: 1000,
          when: {question: 'injuries', equals: 'yes'},
        },
        {
          id: 'damage',
          kind: 'textarea',
          label: {en: 'What was damaged? (optional)', cy: 'Beth gafodd ei ddifrodi? (dewisol)'},
          summaryLabel: {en: 'Damage', cy: 'Difrod'},
          hint: {
            en: 'Vehicles, walls, street furniture or animals',
            cy: 'Cerbydau, waliau, dodrefn stryd neu anifeiliaid',
          },
          maxlength: 1000,
        },
      ],
    },
    {
      id: 'insurance',
      title: {en: 'Your insurance', cy: 'Eich yswiriant'},
      questions: [
        {id: 'insurer', kind: 'text', label: {en: 'Insurer (optional)', cy: 'Yswiriwr (dewisol)'}},
        {id: 'policyNumber', kind: 'text', label: {en: 'Policy number (optional)', cy: 'Rhif polisi (dewisol)'}},
      ],
    },
    {
      id: 'footage',
      // Its heading: the question alone would stop being one when the files box appears beneath it.
      title: {en: 'Dash-cam footage', cy: 'Fideo camera dash'},
      questions: [
        {
          id: 'dashcam',
          kind: 'yes-no',
          label: {
            en: 'Do you have dash-cam or other footage of the collision?',
            cy: 'Oes gennych fideo camera dash neu fideo arall o’r gwrthdrawiad?',
          },
          summaryLabel: {en: 'Footage', cy: 'Fideo'},
          required: true,
          requiredMessage: {en: 'Select yes if you have footage', cy: 'Dewiswch oes os oes gennych fideo'},
          answers: welshAnswers.oes,
        },
        {
          id: 'footage',
          kind: 'files',
          label: {en: 'Add the footage (optional)', cy: 'Ychwanegwch y fideo (dewisol)'},
          summaryLabel: {en: 'Footage files', cy: 'Ffeiliau fideo'},
          hint: {
            en: 'If you cannot add it now, we will tell you how to send it',
            cy: 'Os na allwch ei ychwanegu nawr, byddwn yn dweud wrthych sut i’w anfon',
          },
          when: {question: 'dashcam', equals: 'yes'},
        },
      ],
    },
    namePage,
    contactPage,
  ],
  sdm: {
    incident: {derived: [{transform: 'incident-time', date: 'date', time: 'time'}]},
    entities: [
      {
        type: 'location',
        relationships: [{name: 'incidentLocation'}],
        attributes: {locationDetails: {answer: 'location'}},
      },
      reporterMapping({
        relationships: [{name: 'personReporting'}],
        attributes: {insuranceCompany: {answer: 'insurer'}, insurancePolicyNumber: {answer: 'policyNumber'}},
      }),
      {
        type: 'vehicle',
        forEach: 'vehicles',
        when: {question: 'damaged', equals: 'yes'},
        relationships: [{name: 'damaged'}],
        attributes: {
          vehicleVRM: {answer: 'registration', transform: 'registration'},
          vehicleMakeDetails: {answer: 'make'},
          vehicleModel: {answer: 'model', maxLength: 35},
          vehicleColour: {answer: 'colour'},
          vehicleDamaged: {value: true},
        },
      },
      {
        // Whether they have footage, and whether it was uploaded with the report or is to be collected later.
        type: 'evidence',
        relationships: [{name: 'incidentEvidence'}],
        attributes: {
          yourVideoAudioPhotoEvidenceAvailable: {answer: 'dashcam', equals: 'yes'},
          howToProvideYourMedia: {
            cases: [
              {
                when: {all: [withFootage, {question: 'footage', answered: true}]},
                value: codeByMeaning(HTPY, 'Upload my evidence now'),
              },
              {
                when: withFootage,
                value: codeByMeaning(HTPY, 'Describe evidence I have which will need to be collected later'),
              },
            ],
          },
        },
      },
    ],
    submission: {attachments: ['footage']},
  },
};
