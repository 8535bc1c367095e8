import type {Page} from '../../engine/definition.js';
import {involvement, optionsFrom, publicTransportType, weaponType} from '../../sdm/code-lists.js';
import {welshAnswers} from '../../engine/welsh-answers.js';

/** What happened, when, where, how the person is involved. */
export const incidentPages: ReadonlyArray<Page> = [
  {
    id: 'involvement',
    questions: [
      {
        id: 'involvement',
        kind: 'radios',
        label: {en: 'How are you involved?', cy: 'Sut ydych chi’n gysylltiedig?'},
        summaryLabel: {en: 'How you are involved', cy: 'Sut rydych chi’n gysylltiedig'},
        required: true,
        requiredMessage: {en: 'Select how you are involved', cy: 'Dewiswch sut rydych chi’n gysylltiedig'},
        options: optionsFrom(involvement),
      },
    ],
  },
  {
    id: 'what-happened',
    questions: [
      {
        id: 'description',
        kind: 'textarea',
        label: {en: 'What happened?', cy: 'Beth ddigwyddodd?'},
        summaryLabel: {en: 'What happened', cy: 'Beth ddigwyddodd'},
        hint: {
          en: 'Tell us what happened, in your own words. Include anything that might help, such as what was said or taken.',
          cy: 'Dywedwch wrthym beth ddigwyddodd, yn eich geiriau eich hun. Cynhwyswch unrhyw beth a allai helpu, fel beth a ddywedwyd neu a gymerwyd.',
        },
        required: true,
        requiredMessage: {en: 'Enter what happened', cy: 'Rhowch beth ddigwyddodd'},
        maxlength: 2000,
      },
    ],
  },
  {
    id: 'when',
    title: {en: 'When did it happen?', cy: 'Pryd digwyddodd y peth?'},
    questions: [
      {
        id: 'date',
        kind: 'date',
        label: {en: 'Date', cy: 'Dyddiad'},
        summaryLabel: {en: 'Date it happened', cy: 'Dyddiad y digwyddodd'},
        hint: {
          en: 'If you do not know the exact date, give your best guess. For example, 27 3 2026',
          cy: 'Os nad ydych yn gwybod yr union ddyddiad, rhowch eich amcangyfrif gorau. Er enghraifft, 27 3 2026',
        },
        errorLabel: {en: 'The date it happened', cy: 'i’r dyddiad y digwyddodd'},
        past: true,
        required: true,
        requiredMessage: {en: 'Enter the date it happened', cy: 'Rhowch y dyddiad y digwyddodd'},
      },
      {
        id: 'time',
        kind: 'time',
        label: {en: 'Time (optional)', cy: 'Amser (dewisol)'},
        summaryLabel: {en: 'Time it happened', cy: 'Amser y digwyddodd'},
        hint: {en: 'Use the 24-hour clock, for example 17:45', cy: 'Defnyddiwch y cloc 24 awr, er enghraifft 17:45'},
        errorLabel: {en: 'The time it happened', cy: 'i’r amser y digwyddodd'},
      },
    ],
  },
  {
    id: 'where',
    title: {en: 'Where did it happen?', cy: 'Ble digwyddodd y peth?'},
    questions: [
      {
        id: 'location',
        kind: 'textarea',
        label: {en: 'The place', cy: 'Y lle'},
        summaryLabel: {en: 'Where it happened', cy: 'Ble digwyddodd'},
        hint: {
          en: 'An address, or a description of the place, such as “the bus stop outside the library on High Street”',
          cy: 'Cyfeiriad, neu ddisgrifiad o’r lle, fel “yr arhosfan bws y tu allan i’r llyfrgell ar y Stryd Fawr”',
        },
        required: true,
        requiredMessage: {en: 'Enter where it happened', cy: 'Rhowch ble digwyddodd y peth'},
        maxlength: 500,
      },
    ],
  },
  {
    id: 'transport',
    // A title: the kind of public transport, asked below once it is yes, would otherwise take the page's heading away.
    title: {en: 'Public transport', cy: 'Trafnidiaeth gyhoeddus'},
    questions: [
      {
        id: 'publicTransport',
        kind: 'yes-no',
        label: {en: 'Did it happen on public transport?', cy: 'A ddigwyddodd ar drafnidiaeth gyhoeddus?'},
        summaryLabel: {en: 'On public transport', cy: 'Ar drafnidiaeth gyhoeddus'},
        hint: {
          en: 'For example, on a bus, train or tram, or at a station',
          cy: 'Er enghraifft, ar fws, trên neu dram, neu mewn gorsaf',
        },
        required: true,
        requiredMessage: {
          en: 'Select yes if it happened on public transport',
          cy: 'Dewiswch do os digwyddodd ar drafnidiaeth gyhoeddus',
        },
        answers: welshAnswers.do,
      },
      {
        id: 'publicTransportType',
        kind: 'radios',
        label: {en: 'What kind of public transport?', cy: 'Pa fath o drafnidiaeth gyhoeddus?'},
        summaryLabel: {en: 'Kind of public transport', cy: 'Math o drafnidiaeth gyhoeddus'},
        required: true,
        requiredMessage: {
          en: 'Select what kind of public transport',
          cy: 'Dewiswch pa fath o drafnidiaeth gyhoeddus',
        },
        options: optionsFrom(publicTransportType),
        when: {question: 'publicTransport', equals: 'yes'},
      },
    ],
  },
  {
    id: 'about',
    title: {en: 'About what happened', cy: 'Am yr hyn a ddigwyddodd'},
    questions: [
      {
        id: 'weapon',
        kind: 'yes-no',
        label: {en: 'Was a weapon used or seen?', cy: 'A gafodd arf ei ddefnyddio neu ei weld?'},
        required: true,
        requiredMessage: {
          en: 'Select yes if a weapon was used or seen',
          cy: 'Dewiswch do os cafodd arf ei ddefnyddio neu ei weld',
        },
        answers: welshAnswers.do,
      },
      {
        id: 'assaulted',
        kind: 'yes-no',
        label: {en: 'Was anyone physically hurt?', cy: 'A gafodd unrhyw un ei anafu’n gorfforol?'},
        required: true,
        requiredMessage: {
          en: 'Select yes if anyone was physically hurt',
          cy: 'Dewiswch do os cafodd unrhyw un ei anafu’n gorfforol',
        },
        answers: welshAnswers.do,
      },
      {
        id: 'threatened',
        kind: 'yes-no',
        label: {
          en: 'Was anyone threatened or verbally abused?',
          cy: 'A gafodd unrhyw un ei fygwth neu ei gam-drin ar lafar?',
        },
        summaryLabel: {en: 'Threatened or abused', cy: 'Bygwth neu gam-drin'},
        required: true,
        requiredMessage: {
          en: 'Select yes if anyone was threatened or verbally abused',
          cy: 'Dewiswch do os cafodd unrhyw un ei fygwth neu ei gam-drin ar lafar',
        },
        answers: welshAnswers.do,
      },
      {
        id: 'targeted',
        kind: 'yes-no',
        label: {
          en: 'Do you think the victim was targeted?',
          cy: 'Ydych chi’n meddwl bod y dioddefwr wedi’i dargedu?',
        },
        summaryLabel: {en: 'Victim targeted', cy: 'Dioddefwr wedi’i dargedu'},
        hint: {
          en: 'For example, the same person has done this to them before',
          cy: 'Er enghraifft, mae’r un person wedi gwneud hyn iddynt o’r blaen',
        },
        required: true,
        requiredMessage: {
          en: 'Select yes if you think the victim was targeted',
          cy: 'Dewiswch ydw os ydych yn meddwl bod y dioddefwr wedi’i dargedu',
        },
        answers: welshAnswers.ydw,
      },
      {
        id: 'hate',
        kind: 'yes-no',
        label: {
          en: 'Do you think it happened because of who the victim is, such as their race, religion, sexual orientation, disability or being transgender?',
          cy: 'Ydych chi’n meddwl iddo ddigwydd oherwydd pwy yw’r dioddefwr, fel eu hil, eu crefydd, eu cyfeiriadedd rhywiol, eu hanabledd neu eu bod yn drawsryweddol?',
        },
        summaryLabel: {en: 'Hate crime', cy: 'Trosedd casineb'},
        required: true,
        requiredMessage: {
          en: 'Select yes if you think it was a hate crime',
          cy: 'Dewiswch ydw os ydych yn meddwl ei bod yn drosedd casineb',
        },
        answers: welshAnswers.ydw,
      },
    ],
  },
  {
    // Both optional: a weapon is often only glimpsed. What it was goes to the SDM's weapon (`weaponUsed`).
    id: 'weapon',
    title: {en: 'About the weapon', cy: 'Am yr arf'},
    when: {question: 'weapon', equals: 'yes'},
    questions: [
      {
        id: 'weaponType',
        kind: 'radios',
        label: {en: 'What kind of weapon was it? (optional)', cy: 'Pa fath o arf oedd hwn? (dewisol)'},
        summaryLabel: {en: 'Kind of weapon', cy: 'Math o arf'},
        hint: {
          en: 'If you are not sure, leave this and describe it below',
          cy: 'Os nad ydych yn siŵr, gadewch hwn a’i ddisgrifio isod',
        },
        options: [...optionsFrom(weaponType), {value: 'other', label: {en: 'Something else', cy: 'Rhywbeth arall'}}],
      },
      {
        id: 'weaponDetails',
        kind: 'textarea',
        label: {en: 'Describe the weapon (optional)', cy: 'Disgrifiwch yr arf (dewisol)'},
        summaryLabel: {en: 'The weapon', cy: 'Yr arf'},
        hint: {
          en: 'For example, its size and colour, or if there was more than one',
          cy: 'Er enghraifft, ei faint a’i liw, neu os oedd mwy nag un',
        },
        maxlength: 1000,
      },
    ],
  },
];
