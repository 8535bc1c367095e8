import type {Page} from '../../engine/definition.js';
import {disabilityCategory, gender, optionsFrom, selfDefinedEthnicity} from '../../sdm/code-lists.js';
import {contactPageOffering, namePage} from '../shared/person-pages.js';
import {welshAnswers} from '../../engine/welsh-answers.js';

/** Reported before, then the person: name, date of birth, address, contact, equality questions. */
export const aboutYouPages: ReadonlyArray<Page> = [
  {
    id: 'already-reported',
    title: {en: 'Have you already reported this?', cy: 'Ydych chi eisoes wedi rhoi gwybod am hyn?'},
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
        answers: welshAnswers.ydw,
      },
      {
        id: 'previousReference',
        kind: 'text',
        label: {en: 'The reference you were given (optional)', cy: 'Y cyfeirnod a roddwyd i chi (dewisol)'},
        summaryLabel: {en: 'Earlier reference', cy: 'Cyfeirnod cynharach'},
        when: {question: 'alreadyReported', equals: 'yes'},
      },
    ],
  },
  namePage,
  {
    id: 'your-date-of-birth',
    questions: [
      {
        id: 'dateOfBirth',
        kind: 'date',
        label: {en: 'What is your date of birth? (optional)', cy: 'Beth yw eich dyddiad geni? (dewisol)'},
        summaryLabel: {en: 'Date of birth', cy: 'Dyddiad geni'},
        hint: {en: 'For example, 27 3 1990', cy: 'Er enghraifft, 27 3 1990'},
        errorLabel: {en: 'Your date of birth', cy: 'i’ch dyddiad geni'},
        autocomplete: 'bday',
        past: true,
      },
    ],
  },
  {
    id: 'your-address',
    questions: [
      {
        id: 'homeAddress',
        kind: 'address',
        label: {en: 'What is your address?', cy: 'Beth yw eich cyfeiriad?'},
        summaryLabel: {en: 'Your address', cy: 'Eich cyfeiriad'},
        required: true,
        requiredMessage: {
          en: 'Enter your postcode and find your address, or enter it manually',
          cy: 'Rhowch eich cod post a dewch o hyd i’ch cyfeiriad, neu rhowch ef â llaw',
        },
      },
    ],
  },
  // Post goes to the home address asked just before.
  contactPageOffering({post: true}),
  {
    id: 'equality',
    title: {en: 'About you (optional)', cy: 'Amdanoch chi (dewisol)'},
    intro: {
      en: 'We ask these questions to check that we treat everyone fairly. You do not have to answer them, and your answers do not change how we deal with your report.',
      cy: 'Rydym yn gofyn y cwestiynau hyn i wirio ein bod yn trin pawb yn deg. Nid oes rhaid i chi eu hateb, ac nid yw eich atebion yn newid sut rydym yn delio â’ch adroddiad.',
    },
    questions: [
      {
        id: 'gender',
        kind: 'radios',
        label: {en: 'What is your sex? (optional)', cy: 'Beth yw eich rhyw? (dewisol)'},
        summaryLabel: {en: 'Sex', cy: 'Rhyw'},
        options: optionsFrom(gender),
      },
      {
        id: 'ethnicity',
        kind: 'select',
        label: {en: 'What is your ethnic group? (optional)', cy: 'Beth yw eich grŵp ethnig? (dewisol)'},
        summaryLabel: {en: 'Ethnic group', cy: 'Grŵp ethnig'},
        hint: {en: 'Start typing, then choose from the list', cy: 'Dechreuwch deipio, yna dewiswch o’r rhestr'},
        options: optionsFrom(selfDefinedEthnicity),
      },
      {
        id: 'disability',
        kind: 'yes-no',
        label: {
          en: 'Do you consider yourself to have a disability? (optional)',
          cy: 'Ydych chi’n ystyried bod gennych anabledd? (dewisol)',
        },
        summaryLabel: {en: 'Disability', cy: 'Anabledd'},
        answers: welshAnswers.ydw,
      },
      {
        id: 'disabilityCategory',
        kind: 'checkboxes',
        label: {
          en: 'Which of these describe your disability? (optional)',
          cy: 'Pa rai o’r rhain sy’n disgrifio eich anabledd? (dewisol)',
        },
        summaryLabel: {en: 'Kind of disability', cy: 'Math o anabledd'},
        hint: {en: 'Select all that apply', cy: 'Dewiswch bob un sy’n berthnasol'},
        options: optionsFrom(disabilityCategory),
        when: {question: 'disability', equals: 'yes'},
      },
      {
        id: 'communicationNeeds',
        kind: 'textarea',
        label: {
          en: 'Do you need us to contact you in a particular way? (optional)',
          cy: 'Oes angen i ni gysylltu â chi mewn ffordd benodol? (dewisol)',
        },
        summaryLabel: {en: 'Communication needs', cy: 'Anghenion cyfathrebu'},
        hint: {
          en: 'For example, British Sign Language, large print, or an interpreter',
          cy: 'Er enghraifft, Iaith Arwyddion Prydain, print bras, neu gyfieithydd',
        },
        maxlength: 500,
      },
    ],
  },
];
