import type {Page} from '../../engine/definition.js';
import {welshAnswers} from '../../engine/welsh-answers.js';
import {optionsFrom, stolenItemType, suspectKnown} from '../../sdm/code-lists.js';

/** Of a person they describe, the person knows who they are, or can only describe them (SDM `suspectKnown`). */
const {known, canDescribe} = suspectKnown;

/** Who did it, who saw it, what was stolen or damaged, which vehicles: each an "add another". */
export const peopleAndThingsPages: ReadonlyArray<Page> = [
  {
    kind: 'repeat',
    id: 'suspects',
    ask: {en: 'Do you know anything about who did it?', cy: 'Ydych chi’n gwybod unrhyw beth am bwy wnaeth hyn?'},
    askRequiredMessage: {
      en: 'Select yes if you know anything about who did it',
      cy: 'Dewiswch ydw os ydych yn gwybod unrhyw beth am bwy wnaeth hyn',
    },
    askAnswers: welshAnswers.ydw,
    itemTitle: {en: 'About the person who did it', cy: 'Am y person a wnaeth hyn'},
    itemName: {en: 'Suspect', cy: 'Person a amheuir'},
    listTitle: {en: 'People you have told us about', cy: 'Pobl rydych wedi dweud wrthym amdanynt'},
    addAnother: {en: 'Do you need to add another person?', cy: 'Oes angen i chi ychwanegu person arall?'},
    summaryQuestion: 'description',
    max: 10,
    questions: [
      {
        id: 'known',
        kind: 'radios',
        label: {en: 'Do you know who they are?', cy: 'Ydych chi’n gwybod pwy ydyn nhw?'},
        required: true,
        requiredMessage: {
          en: 'Select whether you know who they are',
          cy: 'Dewiswch a ydych yn gwybod pwy ydyn nhw',
        },
        options: optionsFrom({known, canDescribe}),
      },
      {
        id: 'name',
        kind: 'text',
        label: {en: 'Their name, if you know it (optional)', cy: 'Eu henw, os ydych yn ei wybod (dewisol)'},
        summaryLabel: {en: 'Name', cy: 'Enw'},
      },
      {
        id: 'description',
        kind: 'textarea',
        label: {en: 'Describe them', cy: 'Disgrifiwch nhw'},
        hint: {
          en: 'For example, their age, height, build, hair, clothing, or anything you noticed',
          cy: 'Er enghraifft, eu hoed, eu taldra, eu corffolaeth, eu gwallt, eu dillad, neu unrhyw beth y sylwoch arno',
        },
        required: true,
        requiredMessage: {en: 'Describe the person', cy: 'Disgrifiwch y person'},
        maxlength: 2000,
      },
    ],
  },
  {
    kind: 'repeat',
    id: 'witnesses',
    ask: {en: 'Did anyone else see what happened?', cy: 'A welodd unrhyw un arall beth ddigwyddodd?'},
    askRequiredMessage: {
      en: 'Select yes if anyone else saw what happened',
      cy: 'Dewiswch do os gwelodd unrhyw un arall beth ddigwyddodd',
    },
    askAnswers: welshAnswers.do,
    itemTitle: {en: 'About the witness', cy: 'Am y tyst'},
    itemName: {en: 'Witness', cy: 'Tyst'},
    listTitle: {en: 'Witnesses you have told us about', cy: 'Tystion rydych wedi dweud wrthym amdanynt'},
    addAnother: {en: 'Do you need to add another witness?', cy: 'Oes angen i chi ychwanegu tyst arall?'},
    summaryQuestion: 'name',
    max: 10,
    questions: [
      {
        id: 'name',
        kind: 'text',
        label: {en: 'Their name', cy: 'Eu henw'},
        required: true,
        requiredMessage: {en: 'Enter the witness’s name', cy: 'Rhowch enw’r tyst'},
      },
      {
        id: 'telephone',
        kind: 'tel',
        label: {
          en: 'Their telephone number, if you know it (optional)',
          cy: 'Eu rhif ffôn, os ydych yn ei wybod (dewisol)',
        },
      },
    ],
  },
  {
    kind: 'repeat',
    id: 'property',
    ask: {en: 'Was anything stolen or damaged?', cy: 'A gafodd unrhyw beth ei ddwyn neu ei ddifrodi?'},
    askRequiredMessage: {
      en: 'Select yes if anything was stolen or damaged',
      cy: 'Dewiswch do os cafodd unrhyw beth ei ddwyn neu ei ddifrodi',
    },
    askAnswers: welshAnswers.do,
    itemTitle: {en: 'What was stolen or damaged', cy: 'Beth a gafodd ei ddwyn neu ei ddifrodi'},
    itemName: {en: 'Item', cy: 'Eitem'},
    listTitle: {en: 'Things stolen or damaged', cy: 'Pethau a gafodd eu dwyn neu eu difrodi'},
    addAnother: {en: 'Do you need to add another item?', cy: 'Oes angen i chi ychwanegu eitem arall?'},
    summaryQuestion: 'what',
    max: 20,
    questions: [
      {
        id: 'category',
        kind: 'radios',
        label: {en: 'What kind of thing is it?', cy: 'Pa fath o beth ydyw?'},
        hint: {en: 'We ask about vehicles after this', cy: 'Byddwn yn gofyn am gerbydau ar ôl hyn'},
        required: true,
        requiredMessage: {en: 'Select what kind of thing it is', cy: 'Dewiswch pa fath o beth ydyw'},
        options: optionsFrom(stolenItemType),
      },
      {
        id: 'what',
        kind: 'text',
        label: {en: 'Describe it', cy: 'Disgrifiwch y peth'},
        hint: {en: 'For example, a black mountain bike', cy: 'Er enghraifft, beic mynydd du'},
        required: true,
        requiredMessage: {
          en: 'Describe what was stolen or damaged',
          cy: 'Disgrifiwch beth a gafodd ei ddwyn neu ei ddifrodi',
        },
      },
      {
        id: 'how',
        kind: 'radios',
        label: {en: 'Was it stolen or damaged?', cy: 'A gafodd ei ddwyn neu ei ddifrodi?'},
        required: true,
        requiredMessage: {en: 'Select stolen or damaged', cy: 'Dewiswch wedi’i ddwyn neu wedi’i ddifrodi'},
        options: [
          {value: 'stolen', label: {en: 'Stolen', cy: 'Wedi’i ddwyn'}},
          {value: 'damaged', label: {en: 'Damaged', cy: 'Wedi’i ddifrodi'}},
        ],
      },
      {
        id: 'value',
        kind: 'text',
        label: {
          en: 'Roughly what is it worth, in pounds? (optional)',
          cy: 'Yn fras, faint yw ei werth, mewn punnoedd? (dewisol)',
        },
      },
      {
        id: 'serial',
        kind: 'text',
        label: {en: 'Serial number, if it has one (optional)', cy: 'Rhif cyfresol, os oes ganddo un (dewisol)'},
      },
    ],
  },
  {
    kind: 'repeat',
    id: 'vehicles',
    ask: {en: 'Was a vehicle involved?', cy: 'Oedd cerbyd yn rhan o hyn?'},
    askRequiredMessage: {
      en: 'Select yes if a vehicle was involved',
      cy: 'Dewiswch oedd os oedd cerbyd yn rhan o hyn',
    },
    askAnswers: welshAnswers.oedd,
    itemTitle: {en: 'About the vehicle', cy: 'Am y cerbyd'},
    itemName: {en: 'Vehicle', cy: 'Cerbyd'},
    listTitle: {en: 'Vehicles you have told us about', cy: 'Cerbydau rydych wedi dweud wrthym amdanynt'},
    addAnother: {en: 'Do you need to add another vehicle?', cy: 'Oes angen i chi ychwanegu cerbyd arall?'},
    summaryQuestion: 'make',
    max: 10,
    questions: [
      {
        id: 'registration',
        kind: 'text',
        label: {
          en: 'Registration number, if you know it (optional)',
          cy: 'Rhif cofrestru, os ydych yn ei wybod (dewisol)',
        },
        hint: {en: 'Even part of it helps', cy: 'Mae hyd yn oed rhan ohono’n helpu'},
      },
      {
        id: 'make',
        kind: 'text',
        label: {en: 'Make', cy: 'Gwneuthuriad'},
        hint: {
          en: 'For example, Ford, or “a white van” if you do not know',
          cy: 'Er enghraifft, Ford, neu “fan wen” os nad ydych yn gwybod',
        },
        required: true,
        requiredMessage: {
          en: 'Enter the make of the vehicle, or what kind of vehicle it was',
          cy: 'Rhowch wneuthuriad y cerbyd, neu pa fath o gerbyd ydoedd',
        },
      },
      {id: 'model', kind: 'text', label: {en: 'Model (optional)', cy: 'Model (dewisol)'}},
      {id: 'colour', kind: 'text', label: {en: 'Colour (optional)', cy: 'Lliw (dewisol)'}},
      {
        // The SDM relates a vehicle to a crime only as stolen or damaged; any other part it played is in the
        // report's text.
        id: 'how',
        kind: 'radios',
        label: {en: 'How was the vehicle involved?', cy: 'Sut roedd y cerbyd yn rhan o hyn?'},
        required: true,
        requiredMessage: {
          en: 'Select how the vehicle was involved',
          cy: 'Dewiswch sut oedd y cerbyd yn rhan o hyn',
        },
        options: [
          {value: 'stolen', label: {en: 'It was stolen', cy: 'Cafodd ei ddwyn'}},
          {value: 'damaged', label: {en: 'It was damaged', cy: 'Cafodd ei ddifrodi'}},
          {value: 'other', label: {en: 'Another way', cy: 'Mewn ffordd arall'}},
        ],
      },
    ],
  },
];
