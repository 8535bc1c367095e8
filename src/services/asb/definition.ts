import type {ServiceDefinition} from '../../engine/definition.js';
import {welshAnswers} from '../../engine/welsh-answers.js';
import {contactPage, namePage} from '../shared/person-pages.js';
import {reporterMapping} from '../shared/reporter-mapping.js';
import {optionsFrom, suspectKnown} from '../../sdm/code-lists.js';

const wantsContact = {question: 'wantsContact', equals: 'yes'} as const;

/**
 * Anti-social behaviour (docs/services.md): what, where, when, how often, who,
 * the impact, and whether to be contacted. In the SDM (`sdm`): the incident (what; the day it began, as the
 * approximate date; whether it is still happening), where, who is doing it (`suspectKnown`), and the person
 * reporting only if they asked to be contacted. How often it happens and its effect on them have no SDM attribute:
 * they are in `submissionContent`.
 */
export const asbReport: ServiceDefinition = {
  id: 'asb',
  category: 'ASB',
  title: {en: 'Report anti-social behaviour', cy: 'Rhoi gwybod am ymddygiad gwrthgymdeithasol'},
  draft: 'session',
  whatHappensNext: {
    en: 'We use every report to decide where to patrol and what to do. If you asked us to, we will contact you within 5 working days.',
    cy: 'Rydym yn defnyddio pob adroddiad i benderfynu ble i batrolio a beth i’w wneud. Os gofynnoch i ni, byddwn yn cysylltu â chi o fewn 5 diwrnod gwaith.',
  },
  pages: [
    {
      id: 'what',
      questions: [
        {
          id: 'description',
          kind: 'textarea',
          label: {en: 'What is happening?', cy: 'Beth sy’n digwydd?'},
          summaryLabel: {en: 'What is happening', cy: 'Beth sy’n digwydd'},
          hint: {
            en: 'For example, loud music late at night, or people gathering and shouting',
            cy: 'Er enghraifft, cerddoriaeth uchel yn hwyr yn y nos, neu bobl yn ymgasglu ac yn gweiddi',
          },
          required: true,
          requiredMessage: {en: 'Enter what is happening', cy: 'Rhowch beth sy’n digwydd'},
          maxlength: 2000,
        },
      ],
    },
    {
      id: 'where',
      questions: [
        {
          id: 'location',
          kind: 'textarea',
          label: {en: 'Where is it happening?', cy: 'Ble mae’n digwydd?'},
          summaryLabel: {en: 'Where', cy: 'Ble'},
          hint: {en: 'An address, or a description of the place', cy: 'Cyfeiriad, neu ddisgrifiad o’r lle'},
          required: true,
          requiredMessage: {en: 'Enter where it is happening', cy: 'Rhowch ble mae’n digwydd'},
          maxlength: 500,
        },
      ],
    },
    {
      id: 'when',
      title: {en: 'When is it happening?', cy: 'Pryd mae’n digwydd?'},
      questions: [
        {
          id: 'date',
          kind: 'date',
          label: {en: 'When did it last happen?', cy: 'Pryd digwyddodd hyn ddiwethaf?'},
          summaryLabel: {en: 'Last happened', cy: 'Digwyddodd ddiwethaf'},
          hint: {en: 'For example, 27 3 2026', cy: 'Er enghraifft, 27 3 2026'},
          errorLabel: {en: 'The date it last happened', cy: 'i’r dyddiad y digwyddodd ddiwethaf'},
          past: true,
          required: true,
          requiredMessage: {en: 'Enter the date it last happened', cy: 'Rhowch y dyddiad y digwyddodd ddiwethaf'},
        },
        {
          id: 'ongoing',
          kind: 'yes-no',
          label: {en: 'Is it still happening?', cy: 'Ydy hyn yn dal i ddigwydd?'},
          required: true,
          requiredMessage: {en: 'Select yes if it is still happening', cy: 'Dewiswch ydy os yw’n dal i ddigwydd'},
          answers: welshAnswers.ydy,
        },
        {
          id: 'frequency',
          kind: 'radios',
          label: {en: 'How often does it happen?', cy: 'Pa mor aml mae’n digwydd?'},
          required: true,
          requiredMessage: {en: 'Select how often it happens', cy: 'Dewiswch pa mor aml mae’n digwydd'},
          when: {question: 'ongoing', equals: 'yes'},
          options: [
            {value: 'daily', label: {en: 'Every day, or most days', cy: 'Bob dydd, neu’r rhan fwyaf o ddyddiau'}},
            {value: 'weekly', label: {en: 'Every week', cy: 'Bob wythnos'}},
            {value: 'sometimes', label: {en: 'Now and then', cy: 'Bob hyn a hyn'}},
          ],
        },
      ],
    },
    {
      id: 'who',
      title: {en: 'Who is doing it?', cy: 'Pwy sy’n ei wneud?'},
      questions: [
        {
          // The SDM's suspectKnown: whether the person reported is one they know (`knownSuspect`) or not.
          id: 'whoKnown',
          kind: 'radios',
          label: {en: 'Do you know who they are? (optional)', cy: 'Ydych chi’n gwybod pwy ydyn nhw? (dewisol)'},
          summaryLabel: {en: 'Know who is doing it', cy: 'Gwybod pwy sy’n ei wneud'},
          options: optionsFrom(suspectKnown),
        },
        {
          id: 'who',
          kind: 'textarea',
          label: {en: 'Tell us about them (optional)', cy: 'Dywedwch wrthym amdanyn nhw (dewisol)'},
          summaryLabel: {en: 'Who', cy: 'Pwy'},
          hint: {
            en: 'Names, descriptions, or where they live, if you know',
            cy: 'Enwau, disgrifiadau, neu ble maen nhw’n byw, os ydych yn gwybod',
          },
          maxlength: 1000,
          when: {question: 'whoKnown', in: [suspectKnown.known.code, suspectKnown.canDescribe.code]},
        },
      ],
    },
    {
      id: 'impact',
      questions: [
        {
          id: 'impact',
          kind: 'textarea',
          label: {en: 'How is it affecting you?', cy: 'Sut mae’n effeithio arnoch chi?'},
          summaryLabel: {en: 'How it affects you', cy: 'Sut mae’n effeithio arnoch'},
          hint: {
            en: 'For example, you cannot sleep, or you feel unsafe going out',
            cy: 'Er enghraifft, ni allwch gysgu, neu rydych yn teimlo’n anniogel yn mynd allan',
          },
          required: true,
          requiredMessage: {en: 'Enter how it is affecting you', cy: 'Rhowch sut mae’n effeithio arnoch chi'},
          maxlength: 1000,
        },
      ],
    },
    {
      id: 'contact-wanted',
      questions: [
        {
          id: 'wantsContact',
          kind: 'yes-no',
          label: {en: 'Do you want us to contact you about this?', cy: 'Ydych chi eisiau i ni gysylltu â chi am hyn?'},
          summaryLabel: {en: 'Contact wanted', cy: 'Eisiau cyswllt'},
          hint: {en: 'You can report it without giving your details', cy: 'Gallwch roi gwybod heb roi eich manylion'},
          required: true,
          requiredMessage: {
            en: 'Select yes if you want us to contact you',
            cy: 'Dewiswch ydw os ydych eisiau i ni gysylltu â chi',
          },
          answers: welshAnswers.ydw,
        },
      ],
    },
    {...namePage, when: wantsContact},
    {...contactPage, when: wantsContact},
  ],
  sdm: {
    incident: {
      attributes: {
        incidentDescription: {answer: 'description'},
        incidentStillHappening: {answer: 'ongoing', equals: 'yes'},
      },
      // The day it began, as the approximate date: no time is asked.
      derived: [{transform: 'incident-time', date: 'date'}],
    },
    entities: [
      {
        type: 'location',
        relationships: [{name: 'incidentLocation'}],
        attributes: {locationDetails: {answer: 'location'}},
      },
      {
        // Who is doing it, if the person said whether they know: someone they know is a known suspect; one they
        // can only describe, or know nothing about, is not.
        type: 'person',
        relationships: [
          {
            name: {
              answer: 'whoKnown',
              map: {[suspectKnown.known.code]: 'knownSuspect'},
              otherwise: 'unknownSuspect',
            },
          },
        ],
        attributes: {suspectKnown: {answer: 'whoKnown'}, personDescription: {answer: 'who'}},
      },
      // The person reporting, only if they asked to be contacted.
      {...reporterMapping({relationships: [{name: 'personReporting'}]}), when: wantsContact},
    ],
  },
};
