import type {ServiceDefinition} from '../../engine/definition.js';

/**
 * A COVID-19 breach: short, where, when, what. Nothing about the person who reports it. Its SDM document is declared
 * (`sdm`), not written in code: the incident (what, and the day: only a date is asked, so it is the approximate date,
 * the exact time not known) and where it happened, in the person's words.
 */
export const covidBreachReport = {
  id: 'covid-breach',
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
  ],
  sdm: {
    incident: {
      attributes: {
        incidentDescription: {answer: 'description'},
        incidentApproximateDate: {answer: 'date'},
        incidentExactTimeKnown: {value: false},
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
