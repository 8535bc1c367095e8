import type {ServiceDefinition} from '../../engine/definition.js';
import {welshAnswers} from '../../engine/welsh-answers.js';
import {contactPreference, suspectKnown} from '../../sdm/code-lists.js';
import {contactDetailsMapping} from '../shared/reporter-mapping.js';

const byPhone = {question: 'contactMethods', in: ['phone', 'text']} as const;

/**
 * Domestic abuse (docs/services.md). The person may be watched: an exit control
 * on every page, an interruption page first, nothing stored on the device
 * (`draft: 'none'`), and contact only in the ways and at the times they say
 * are safe.
 *
 * In the SDM (`sdm`): the incident; the person reporting as `personReporting` and `victim`, with the ways they can
 * be reached safely as their `contactPreference` (phone or text: by phone; email: by email); and the person hurting
 * them as a `knownSuspect` (the form asks no name, and no more questions of someone who may be watched: the person
 * carries only that the victim knows them, and how the victim is related to them). The SDM has no attribute for
 * the safe times, whether a message may be left, whether they live together or whether children live there: those
 * are in `submissionContent`, which whoever contacts them reads first.
 */
export const domesticAbuseReport: ServiceDefinition = {
  id: 'domestic-abuse',
  // Following online only when the person chose it as safe.
  follow: {question: 'contactMethods', equals: 'online'},
  category: 'DAB',
  title: {en: 'Report domestic abuse', cy: 'Rhoi gwybod am gam-drin domestig'},
  draft: 'none',
  exitPage: true,
  whatHappensNext: {
    en: 'A specially trained officer will read your report. We will only contact you in the ways and at the times you told us are safe.',
    cy: 'Bydd swyddog sydd wedi’i hyfforddi’n arbennig yn darllen eich adroddiad. Byddwn ond yn cysylltu â chi yn y ffyrdd ac ar yr adegau y dywedoch wrthym eu bod yn ddiogel.',
  },
  pages: [
    {
      id: 'before-you-start',
      title: {en: 'Before you start', cy: 'Cyn i chi ddechrau'},
      body: [
        {
          en: 'If someone else uses this device, they may be able to see the websites you have visited. This form does not erase your browsing history.',
          cy: 'Os oes rhywun arall yn defnyddio’r ddyfais hon, efallai y gallant weld y gwefannau rydych wedi ymweld â nhw. Nid yw’r ffurflen hon yn dileu eich hanes pori.',
        },
        {
          en: 'To leave quickly, select Exit this page or press the Shift key 3 times. The page will change to a weather website, and nothing you typed is kept on this device.',
          cy: 'I adael yn gyflym, dewiswch Gadael y dudalen neu pwyswch y fysell Shift 3 gwaith. Bydd y dudalen yn newid i wefan tywydd, ac ni chedwir dim a deipiwyd gennych ar y ddyfais hon.',
        },
        {
          en: 'If you are in danger and cannot speak, call 999, stay on the line and press 55 when asked (the Silent Solution). You can also call the National Domestic Abuse Helpline, free, at any time: 0808 2000 247 (in Wales, Live Fear Free: 0808 80 10 800).',
          cy: 'Os ydych mewn perygl ac yn methu siarad, ffoniwch 999, arhoswch ar y lein a phwyswch 55 pan ofynnir i chi (yr Ateb Tawel). Gallwch hefyd ffonio’r Llinell Gymorth Cam-drin Domestig Genedlaethol, am ddim, ar unrhyw adeg: 0808 2000 247 (yng Nghymru, Byw Heb Ofn: 0808 80 10 800).',
        },
      ],
      questions: [],
    },
    {
      id: 'what',
      questions: [
        {
          id: 'description',
          kind: 'textarea',
          label: {en: 'What has been happening?', cy: 'Beth sydd wedi bod yn digwydd?'},
          summaryLabel: {en: 'What has been happening', cy: 'Beth sydd wedi bod yn digwydd'},
          hint: {
            en: 'Tell us as much or as little as you feel able to',
            cy: 'Dywedwch gymaint neu gyn lleied ag y teimlwch y gallwch',
          },
          required: true,
          requiredMessage: {
            en: 'Tell us what has been happening',
            cy: 'Dywedwch wrthym beth sydd wedi bod yn digwydd',
          },
          errorLabel: {en: 'Your description', cy: 'i’ch disgrifiad'},
          maxlength: 2000,
        },
      ],
    },
    {
      id: 'who',
      title: {en: 'The person harming you', cy: 'Y person sy’n eich niweidio'},
      questions: [
        {
          id: 'relationship',
          kind: 'radios',
          label: {en: 'Who are they to you?', cy: 'Pwy ydyn nhw i chi?'},
          required: true,
          requiredMessage: {en: 'Select who they are to you', cy: 'Dewiswch pwy ydyn nhw i chi'},
          options: [
            {value: 'partner', label: {en: 'Partner', cy: 'Partner'}},
            {value: 'ex-partner', label: {en: 'Ex-partner', cy: 'Cyn-bartner'}},
            {value: 'family', label: {en: 'Family member', cy: 'Aelod o’r teulu'}},
            {value: 'other', label: {en: 'Someone else', cy: 'Rhywun arall'}},
          ],
        },
        {
          id: 'livesWithYou',
          kind: 'yes-no',
          label: {en: 'Do they live with you?', cy: 'Ydyn nhw’n byw gyda chi?'},
          required: true,
          requiredMessage: {en: 'Select yes if they live with you', cy: 'Dewiswch ydyn os ydyn nhw’n byw gyda chi'},
          answers: {yes: {en: 'Yes', cy: 'Ydyn'}, no: {en: 'No', cy: 'Nac ydyn'}},
        },
        {
          id: 'children',
          kind: 'yes-no',
          label: {en: 'Are there children living with you?', cy: 'Oes plant yn byw gyda chi?'},
          required: true,
          requiredMessage: {
            en: 'Select yes if children live with you',
            cy: 'Dewiswch oes os oes plant yn byw gyda chi',
          },
          answers: welshAnswers.oes,
        },
      ],
    },
    {
      id: 'your-name',
      questions: [
        {
          id: 'name',
          kind: 'text',
          label: {en: 'What is your name?', cy: 'Beth yw eich enw?'},
          autocomplete: 'off',
          required: true,
          requiredMessage: {en: 'Enter your name', cy: 'Rhowch eich enw'},
        },
      ],
    },
    {
      id: 'safe-contact',
      title: {en: 'How we can contact you safely', cy: 'Sut gallwn gysylltu â chi’n ddiogel'},
      intro: {
        en: 'We will only use the ways and times you choose here.',
        cy: 'Byddwn ond yn defnyddio’r ffyrdd a’r adegau rydych yn eu dewis yma.',
      },
      questions: [
        {
          id: 'contactMethods',
          kind: 'checkboxes',
          label: {en: 'Which ways are safe?', cy: 'Pa ffyrdd sy’n ddiogel?'},
          hint: {en: 'Select all that are safe', cy: 'Dewiswch bob un sy’n ddiogel'},
          required: true,
          requiredMessage: {
            en: 'Select at least one safe way to contact you',
            cy: 'Dewiswch o leiaf un ffordd ddiogel o gysylltu â chi',
          },
          options: [
            {value: 'phone', label: {en: 'Phone call', cy: 'Galwad ffôn'}},
            {value: 'text', label: {en: 'Text message', cy: 'Neges destun'}},
            {value: 'email', label: {en: 'Email', cy: 'E-bost'}},
            {
              value: 'online',
              label: {
                en: 'Messages on this website, with a private code',
                cy: 'Negeseuon ar y wefan hon, gyda chod preifat',
              },
              hint: {
                en: 'You can read and answer them with your reference and a code only you have',
                cy: 'Gallwch eu darllen a’u hateb gyda’ch cyfeirnod a chod sydd gennych chi yn unig',
              },
            },
          ],
        },
        {
          id: 'telephone',
          kind: 'tel',
          label: {en: 'Safe phone number', cy: 'Rhif ffôn diogel'},
          autocomplete: 'off',
          required: true,
          requiredMessage: {en: 'Enter a safe phone number', cy: 'Rhowch rif ffôn diogel'},
          when: byPhone,
        },
        {
          id: 'email',
          kind: 'email',
          label: {en: 'Safe email address', cy: 'Cyfeiriad e-bost diogel'},
          autocomplete: 'off',
          required: true,
          requiredMessage: {en: 'Enter a safe email address', cy: 'Rhowch gyfeiriad e-bost diogel'},
          when: {question: 'contactMethods', equals: 'email'},
        },
        {
          id: 'safeTimes',
          kind: 'checkboxes',
          label: {en: 'When is it safe?', cy: 'Pryd mae’n ddiogel?'},
          required: true,
          requiredMessage: {
            en: 'Select when it is safe to contact you',
            cy: 'Dewiswch pryd mae’n ddiogel cysylltu â chi',
          },
          options: [
            {value: 'morning', label: {en: 'Mornings (8am to 12pm)', cy: 'Boreau (8am i 12pm)'}},
            {value: 'afternoon', label: {en: 'Afternoons (12pm to 5pm)', cy: 'Prynhawniau (12pm i 5pm)'}},
            {value: 'evening', label: {en: 'Evenings (5pm to 9pm)', cy: 'Nosweithiau (5pm i 9pm)'}},
          ],
        },
        {
          id: 'messageOk',
          kind: 'yes-no',
          label: {en: 'Can we leave a message?', cy: 'A gawn ni adael neges?'},
          required: true,
          requiredMessage: {en: 'Select yes if we can leave a message', cy: 'Dewiswch cewch os gallwn adael neges'},
          answers: {yes: {en: 'Yes', cy: 'Cewch'}, no: {en: 'No', cy: 'Na chewch'}},
          when: byPhone,
        },
      ],
    },
  ],
  sdm: {
    incident: {attributes: {incidentDescription: {answer: 'description'}}},
    entities: [
      {
        type: 'person',
        id: 'reporter',
        relationships: [{name: 'personReporting'}, {name: 'victim'}],
        attributes: {
          contactPreference: {
            answer: 'contactMethods',
            map: {
              phone: contactPreference.telephone.code,
              text: contactPreference.telephone.code,
              email: contactPreference.email.code,
            },
          },
        },
        derived: [{transform: 'person-name', answer: 'name'}],
        related: contactDetailsMapping,
      },
      {
        type: 'person',
        relationships: [
          {name: 'knownSuspect'},
          {
            // Who is hurting them, as the SDM's relationship from the victim to that person.
            name: {
              answer: 'relationship',
              map: {
                partner: 'partner',
                'ex-partner': 'exPartner',
                family: 'relativeOrOther',
                other: 'acquaintanceOrOtherKnownRelationship',
              },
            },
            from: 'reporter',
          },
        ],
        attributes: {suspectKnown: {value: suspectKnown.known.code}},
      },
    ],
  },
};
