import type {ServiceDefinition} from '../../engine/definition.js';
import {welshAnswers} from '../../engine/welsh-answers.js';
import {howYouKnowThem, howYouKnowThemOptions} from './how-you-know-them.js';
import {contactPage, namePage} from '../shared/person-pages.js';
import {reporterMapping, telephoneMapping} from '../shared/reporter-mapping.js';

/**
 * A missing person (docs/services.md): no need to wait 24 hours, 999 for a young
 * child, a vulnerable person or danger; then who they are, what they look
 * like, a recent photo, when and where they were last seen and by whom, the
 * places and people they may go to, health, money, phone and online
 * accounts, and whether it has happened before.
 *
 * In the SDM (`sdm`): the incident (when they were last seen, and where); the person reporting, related to the
 * missing person by how they know them; the missing person (name, alias, date of birth, or their age in years,
 * description, clothing, a health condition or medication as a welfare risk, whether the person fears they may harm
 * themselves, their phone); their photo as the submission's attachment. Who saw them last, where they may go, who
 * they may contact, money, online accounts, an age in other words and earlier disappearances have no SDM
 * attribute: they are in `submissionContent`.
 */
export const missingPersonReport: ServiceDefinition = {
  id: 'missing-person',
  category: 'MIS',
  title: {en: 'Report a missing person', cy: 'Rhoi gwybod am berson sydd ar goll'},
  draft: 'session',
  whatHappensNext: {
    en: 'An officer will contact you soon, usually within a few hours. Keep your phone with you. If they come back or you hear from them, call 101 and give your reference. If you become more worried, call 999.',
    cy: 'Bydd swyddog yn cysylltu â chi cyn bo hir, fel arfer o fewn ychydig oriau. Cadwch eich ffôn gyda chi. Os byddan nhw’n dod yn ôl neu os byddwch yn clywed ganddyn nhw, ffoniwch 101 a rhowch eich cyfeirnod. Os byddwch yn poeni mwy, ffoniwch 999.',
  },
  pages: [
    {
      id: 'before-you-start',
      title: {en: 'Before you start', cy: 'Cyn i chi ddechrau'},
      body: [
        {
          en: 'You do not need to wait 24 hours before reporting someone missing. Tell us as soon as you are worried.',
          cy: 'Nid oes angen i chi aros 24 awr cyn rhoi gwybod bod rhywun ar goll. Dywedwch wrthym cyn gynted ag yr ydych yn poeni.',
        },
        {
          en: 'Call 999 now if the person is a young child or vulnerable, or if you think they are in danger.',
          cy: 'Ffoniwch 999 nawr os yw’r person yn blentyn ifanc neu’n agored i niwed, neu os ydych yn meddwl eu bod mewn perygl.',
        },
      ],
      questions: [],
    },
    {
      id: 'who',
      title: {en: 'Who is missing?', cy: 'Pwy sydd ar goll?'},
      questions: [
        {
          id: 'missingGivenName',
          kind: 'text',
          label: {en: 'Their first name', cy: 'Eu henw cyntaf'},
          required: true,
          requiredMessage: {en: 'Enter their first name', cy: 'Rhowch eu henw cyntaf'},
        },
        {
          id: 'missingFamilyName',
          kind: 'text',
          label: {en: 'Their last name', cy: 'Eu cyfenw'},
          required: true,
          requiredMessage: {en: 'Enter their last name', cy: 'Rhowch eu cyfenw'},
        },
        {
          id: 'missingKnownAs',
          kind: 'text',
          label: {en: 'Other names they use (optional)', cy: 'Enwau eraill maen nhw’n eu defnyddio (dewisol)'},
        },
      ],
    },
    {
      id: 'age',
      title: {en: 'How old are they?', cy: 'Faint yw eu hoed?'},
      questions: [
        {
          id: 'missingDateOfBirth',
          kind: 'date',
          label: {en: 'Date of birth (optional)', cy: 'Dyddiad geni (dewisol)'},
          summaryLabel: {en: 'Date of birth', cy: 'Dyddiad geni'},
          hint: {en: 'For example, 27 3 2007', cy: 'Er enghraifft, 27 3 2007'},
          errorLabel: {en: 'Their date of birth', cy: 'i’w dyddiad geni'},
          past: true,
        },
        {
          id: 'missingAge',
          kind: 'text',
          label: {
            en: 'If you do not know their date of birth, how old are they? (optional)',
            cy: 'Os nad ydych yn gwybod eu dyddiad geni, faint yw eu hoed? (dewisol)',
          },
          summaryLabel: {en: 'Age', cy: 'Oed'},
        },
      ],
    },
    {
      id: 'relationship',
      questions: [
        {
          id: 'relationship',
          kind: 'radios',
          label: {en: 'How do you know them?', cy: 'Sut ydych chi’n eu hadnabod?'},
          summaryLabel: {en: 'How you know them', cy: 'Sut rydych yn eu hadnabod'},
          required: true,
          requiredMessage: {en: 'Select how you know them', cy: 'Dewiswch sut rydych yn eu hadnabod'},
          options: howYouKnowThemOptions,
        },
      ],
    },
    {
      id: 'appearance',
      title: {en: 'What do they look like?', cy: 'Sut maen nhw’n edrych?'},
      questions: [
        {
          id: 'missingDescription',
          kind: 'textarea',
          label: {en: 'Describe them', cy: 'Disgrifiwch nhw'},
          summaryLabel: {en: 'Description', cy: 'Disgrifiad'},
          hint: {
            en: 'Their height, build and hair, and anything that stands out, such as glasses, tattoos or scars',
            cy: 'Eu taldra, eu corffolaeth a’u gwallt, ac unrhyw beth amlwg, fel sbectol, tatŵs neu greithiau',
          },
          required: true,
          requiredMessage: {en: 'Describe what they look like', cy: 'Disgrifiwch sut maen nhw’n edrych'},
          maxlength: 2000,
        },
        {
          id: 'missingClothing',
          kind: 'textarea',
          label: {
            en: 'What were they wearing when last seen? (optional)',
            cy: 'Beth oedden nhw’n ei wisgo pan gawson nhw eu gweld ddiwethaf? (dewisol)',
          },
          summaryLabel: {en: 'Clothing', cy: 'Dillad'},
          maxlength: 1000,
        },
      ],
    },
    {
      id: 'photo',
      questions: [
        {
          id: 'photo',
          kind: 'files',
          label: {en: 'Add a recent photo of them (optional)', cy: 'Ychwanegwch lun diweddar ohonynt (dewisol)'},
          summaryLabel: {en: 'Photo', cy: 'Llun'},
          hint: {
            en: 'A clear, recent photo of their face helps us find them quickly',
            cy: 'Mae llun clir, diweddar o’u hwyneb yn ein helpu i ddod o hyd iddynt yn gyflym',
          },
        },
      ],
    },
    {
      id: 'last-seen',
      title: {en: 'When were they last seen?', cy: 'Pryd cawson nhw eu gweld ddiwethaf?'},
      questions: [
        {
          id: 'lastSeenDate',
          kind: 'date',
          label: {en: 'Date', cy: 'Dyddiad'},
          summaryLabel: {en: 'Date last seen', cy: 'Dyddiad eu gweld ddiwethaf'},
          errorLabel: {en: 'The date they were last seen', cy: 'i’r dyddiad y cawson nhw eu gweld ddiwethaf'},
          past: true,
          required: true,
          requiredMessage: {
            en: 'Enter the date they were last seen',
            cy: 'Rhowch y dyddiad y cawson nhw eu gweld ddiwethaf',
          },
        },
        {
          id: 'lastSeenTime',
          kind: 'time',
          label: {en: 'Time (optional)', cy: 'Amser (dewisol)'},
          summaryLabel: {en: 'Time last seen', cy: 'Amser eu gweld ddiwethaf'},
          hint: {en: 'Use the 24-hour clock, for example 17:45', cy: 'Defnyddiwch y cloc 24 awr, er enghraifft 17:45'},
          errorLabel: {en: 'The time they were last seen', cy: 'i’r amser y cawson nhw eu gweld ddiwethaf'},
        },
      ],
    },
    {
      id: 'last-seen-where',
      title: {en: 'Where were they last seen?', cy: 'Ble cawson nhw eu gweld ddiwethaf?'},
      questions: [
        {
          id: 'lastSeenLocation',
          kind: 'textarea',
          label: {en: 'Where', cy: 'Ble'},
          summaryLabel: {en: 'Where last seen', cy: 'Ble cawson nhw eu gweld ddiwethaf'},
          hint: {en: 'An address, or the street and town', cy: 'Cyfeiriad, neu’r stryd a’r dref'},
          required: true,
          requiredMessage: {
            en: 'Enter where they were last seen',
            cy: 'Rhowch ble cawson nhw eu gweld ddiwethaf',
          },
          maxlength: 500,
        },
        {
          id: 'lastSeenBy',
          kind: 'text',
          label: {en: 'Who saw them last? (optional)', cy: 'Pwy welodd nhw ddiwethaf? (dewisol)'},
          summaryLabel: {en: 'Last seen by', cy: 'Wedi’u gweld ddiwethaf gan'},
        },
      ],
    },
    {
      id: 'places',
      title: {
        en: 'Where might they go, and who might they be with?',
        cy: 'Ble gallen nhw fynd, a gyda phwy y gallen nhw fod?',
      },
      questions: [
        {
          id: 'places',
          kind: 'textarea',
          label: {en: 'Places they might go (optional)', cy: 'Lleoedd y gallen nhw fynd iddynt (dewisol)'},
          hint: {
            en: 'Addresses of friends and family, places they like, where they used to live or work',
            cy: 'Cyfeiriadau ffrindiau a theulu, lleoedd maen nhw’n eu hoffi, lle roedden nhw’n arfer byw neu weithio',
          },
          maxlength: 2000,
        },
        {
          id: 'people',
          kind: 'textarea',
          label: {
            en: 'Friends, family or others they might contact (optional)',
            cy: 'Ffrindiau, teulu neu eraill y gallen nhw gysylltu â nhw (dewisol)',
          },
          hint: {en: 'Names, and a phone number if you have one', cy: 'Enwau, a rhif ffôn os oes gennych un'},
          maxlength: 2000,
        },
      ],
    },
    {
      id: 'health',
      title: {en: 'Their health', cy: 'Eu hiechyd'},
      questions: [
        {
          id: 'healthNeeds',
          kind: 'yes-no',
          label: {
            en: 'Do they have a health condition, or need medication?',
            cy: 'Oes ganddyn nhw gyflwr iechyd, neu oes angen meddyginiaeth arnyn nhw?',
          },
          summaryLabel: {en: 'Health condition or medication', cy: 'Cyflwr iechyd neu feddyginiaeth'},
          required: true,
          requiredMessage: {
            en: 'Select yes if they have a health condition or need medication',
            cy: 'Dewiswch oes os oes ganddyn nhw gyflwr iechyd neu os oes angen meddyginiaeth arnyn nhw',
          },
          answers: welshAnswers.oes,
        },
        {
          id: 'healthDetails',
          kind: 'textarea',
          label: {
            en: 'What is the condition, and what medication do they need?',
            cy: 'Beth yw’r cyflwr, a pha feddyginiaeth sydd ei hangen arnyn nhw?',
          },
          summaryLabel: {en: 'Health and medication', cy: 'Iechyd a meddyginiaeth'},
          hint: {en: 'Say if they have it with them', cy: 'Dywedwch a yw hi gyda nhw'},
          required: true,
          requiredMessage: {
            en: 'Enter the condition and the medication they need',
            cy: 'Rhowch y cyflwr a’r feddyginiaeth sydd ei hangen arnyn nhw',
          },
          maxlength: 1000,
          when: {question: 'healthNeeds', equals: 'yes'},
        },
        {
          // The SDM's riskOfSelfHarm: it changes how urgently a force looks.
          id: 'selfHarm',
          kind: 'radios',
          label: {
            en: 'Are you worried they might harm themselves?',
            cy: 'Ydych chi’n poeni y gallen nhw niweidio eu hunain?',
          },
          summaryLabel: {en: 'Worried they might harm themselves', cy: 'Poeni y gallen nhw niweidio eu hunain'},
          hint: {
            en: 'This helps us decide how quickly to look for them',
            cy: 'Mae hyn yn ein helpu i benderfynu pa mor gyflym i chwilio amdanyn nhw',
          },
          required: true,
          requiredMessage: {
            en: 'Select whether you are worried they might harm themselves',
            cy: 'Dewiswch a ydych yn poeni y gallen nhw niweidio eu hunain',
          },
          options: [
            {value: 'yes', label: {en: 'Yes', cy: 'Ydw'}},
            {value: 'no', label: {en: 'No', cy: 'Nac ydw'}},
            {value: 'unknown', label: {en: 'I do not know', cy: 'Dydw i ddim yn gwybod'}},
          ],
        },
      ],
    },
    {
      id: 'money',
      questions: [
        {
          id: 'money',
          kind: 'radios',
          label: {
            en: 'Do they have money or a bank card with them?',
            cy: 'Oes ganddyn nhw arian neu gerdyn banc gyda nhw?',
          },
          summaryLabel: {en: 'Money or bank card', cy: 'Arian neu gerdyn banc'},
          required: true,
          requiredMessage: {
            en: 'Select whether they have money or a bank card with them',
            cy: 'Dewiswch a oes ganddyn nhw arian neu gerdyn banc gyda nhw',
          },
          options: [
            {value: 'yes', label: {en: 'Yes', cy: 'Oes'}},
            {value: 'no', label: {en: 'No', cy: 'Nac oes'}},
            {value: 'unknown', label: {en: 'I do not know', cy: 'Dydw i ddim yn gwybod'}},
          ],
        },
      ],
    },
    {
      id: 'phone',
      title: {en: 'Their phone and online accounts', cy: 'Eu ffôn a’u cyfrifon ar-lein'},
      questions: [
        {
          id: 'missingTelephone',
          kind: 'tel',
          label: {en: 'Their mobile number (optional)', cy: 'Eu rhif ffôn symudol (dewisol)'},
        },
        {
          id: 'onlineAccounts',
          kind: 'textarea',
          label: {
            en: 'Social media or other online accounts they use (optional)',
            cy: 'Cyfryngau cymdeithasol neu gyfrifon ar-lein eraill maen nhw’n eu defnyddio (dewisol)',
          },
          hint: {en: 'The site or app, and their name on it', cy: 'Y wefan neu’r ap, a’u henw arno'},
          maxlength: 1000,
        },
      ],
    },
    {
      id: 'before',
      title: {en: 'Has this happened before?', cy: 'Ydy hyn wedi digwydd o’r blaen?'},
      questions: [
        {
          id: 'missingBefore',
          kind: 'yes-no',
          label: {en: 'Have they gone missing before?', cy: 'Aethon nhw ar goll o’r blaen?'},
          summaryLabel: {en: 'Missing before', cy: 'Ar goll o’r blaen'},
          required: true,
          requiredMessage: {
            en: 'Select yes if they have gone missing before',
            cy: 'Dewiswch do os aethon nhw ar goll o’r blaen',
          },
          answers: welshAnswers.do,
        },
        {
          id: 'missingBeforeDetails',
          kind: 'textarea',
          label: {en: 'What happened then? (optional)', cy: 'Beth ddigwyddodd bryd hynny? (dewisol)'},
          summaryLabel: {en: 'What happened then', cy: 'Beth ddigwyddodd bryd hynny'},
          hint: {
            en: 'How long they were away, and where they were found',
            cy: 'Am ba hyd roedden nhw i ffwrdd, a ble cawson nhw eu canfod',
          },
          maxlength: 1000,
          when: {question: 'missingBefore', equals: 'yes'},
        },
      ],
    },
    namePage,
    contactPage,
  ],
  sdm: {
    // When and where they were last seen.
    incident: {derived: [{transform: 'incident-time', date: 'lastSeenDate', time: 'lastSeenTime'}]},
    entities: [
      {
        type: 'location',
        relationships: [{name: 'incidentLocation'}],
        attributes: {locationDetails: {answer: 'lastSeenLocation'}},
      },
      {
        // The SDM has no relationship from an incident to a missing person: they are reached through the person
        // reporting, by how they know them.
        type: 'person',
        relationships: [
          {
            name: {
              answer: 'relationship',
              map: Object.fromEntries(
                Object.entries(howYouKnowThem).map(([value, {relationship}]) => [value, relationship]),
              ),
            },
            from: 'reporter',
          },
        ],
        attributes: {
          givenName: {answer: 'missingGivenName', maxLength: 35, list: true},
          surname: {answer: 'missingFamilyName', maxLength: 35},
          alias: {answer: 'missingKnownAs', maxLength: 40},
          dateOfBirth: {answer: 'missingDateOfBirth'},
          dateOfBirthKnown: {
            cases: [{when: {question: 'missingDateOfBirth', answered: true}, value: true}],
            otherwise: false,
          },
          personDescription: {answer: 'missingDescription'},
          clothingAtTimeOfIncident: {answer: 'missingClothing'},
          // An age given as a whole number of years; other words ("about 15") stay in the text.
          age: {answer: 'missingAge', transform: 'whole-years'},
          welfareRisk: {answer: 'healthNeeds', equals: 'yes'},
          welfareRiskDetails: {answer: 'healthDetails'},
          riskOfSelfHarm: {answer: 'selfHarm', equals: 'yes', except: ['unknown']},
        },
        related: [telephoneMapping('missingTelephone')],
      },
      reporterMapping({relationships: [{name: 'personReporting'}]}),
    ],
    submission: {attachments: ['photo']},
  },
};
