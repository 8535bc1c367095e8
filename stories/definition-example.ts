import type {ServiceDefinition} from '../src/engine/definition.js';

/**
 * One complete, small service definition: the example the "Service definitions" docs page explains and the
 * playground starts from. It is a COVID-19 breach report of five pages, with a condition (the earlier reference is
 * asked only of a person who has reported it before), both languages for every word, and its Standard Data Model
 * mapping. As JSON
 * (`JSON.stringify(exampleDefinition)`) it is what a force would publish and `npx soh-elements check-service` checks.
 */
export const exampleDefinition = {
  id: 'example-breach',
  category: 'CVD',
  title: {en: 'Report a COVID-19 breach', cy: 'Rhoi gwybod am dorri rheolau COVID-19'},
  draft: 'session',
  whatHappensNext: {
    en: 'We use these reports to decide where to patrol. We will not contact you about this report.',
    cy: 'Rydym yn defnyddio’r adroddiadau hyn i benderfynu ble i batrolio. Ni fyddwn yn cysylltu â chi am yr adroddiad hwn.',
  },
  pages: [
    {
      id: 'where',
      questions: [
        {
          id: 'location',
          kind: 'textarea',
          label: {en: 'Where is the breach happening?', cy: 'Ble mae’r rheolau’n cael eu torri?'},
          summaryLabel: {en: 'Where', cy: 'Ble'},
          required: true,
          requiredMessage: {en: 'Enter where it is happening', cy: 'Rhowch ble mae’n digwydd'},
          maxlength: 500,
        },
      ],
    },
    {
      id: 'when',
      questions: [
        {
          id: 'date',
          kind: 'date',
          label: {en: 'When did you see it?', cy: 'Pryd gwelsoch chi hyn?'},
          summaryLabel: {en: 'When', cy: 'Pryd'},
          hint: {en: 'For example, 27 3 2026', cy: 'Er enghraifft, 27 3 2026'},
          errorLabel: {en: 'The date you saw it', cy: 'i’r dyddiad y gwelsoch hyn'},
          past: true,
          required: true,
          requiredMessage: {en: 'Enter the date you saw it', cy: 'Rhowch y dyddiad y gwelsoch hyn'},
        },
      ],
    },
    {
      id: 'what',
      questions: [
        {
          id: 'description',
          kind: 'textarea',
          label: {en: 'What did you see?', cy: 'Beth welsoch chi?'},
          summaryLabel: {en: 'What', cy: 'Beth'},
          required: true,
          requiredMessage: {en: 'Enter what you saw', cy: 'Rhowch beth welsoch chi'},
          maxlength: 1000,
        },
      ],
    },
    {
      id: 'reported-before',
      questions: [
        {
          id: 'alreadyReported',
          kind: 'yes-no',
          label: {
            en: 'Have you reported it to the police before?',
            cy: 'Ydych chi wedi rhoi gwybod i’r heddlu amdano o’r blaen?',
          },
          summaryLabel: {en: 'Reported before', cy: 'Wedi rhoi gwybod o’r blaen'},
          required: true,
          requiredMessage: {
            en: 'Select yes if you have reported it before',
            cy: 'Dewiswch ydw os ydych wedi rhoi gwybod amdano o’r blaen',
          },
          answers: {yes: {en: 'Yes', cy: 'Ydw'}, no: {en: 'No', cy: 'Nac ydw'}},
        },
      ],
    },
    {
      id: 'previous-reference',
      when: {question: 'alreadyReported', equals: 'yes'},
      questions: [
        {
          id: 'previousReference',
          kind: 'text',
          label: {en: 'The reference you were given (optional)', cy: 'Y cyfeirnod a roddwyd i chi (dewisol)'},
          summaryLabel: {en: 'Earlier reference', cy: 'Cyfeirnod cynharach'},
        },
      ],
    },
  ],
  sdm: {
    incident: {
      attributes: {
        incidentDescription: {answer: 'description'},
        incidentApproximateDate: {answer: 'date'},
        incidentExactTimeKnown: {value: false},
        incidentReportedAlready: {answer: 'alreadyReported', equals: 'yes'},
        incidentReportedAlreadyReference: {answer: 'previousReference', maxLength: 50},
      },
    },
    entities: [
      {
        type: 'location',
        relationships: [{name: 'incidentLocation'}],
        attributes: {locationDetails: {answer: 'location'}},
      },
    ],
  },
} satisfies ServiceDefinition;
