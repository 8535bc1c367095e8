import type {ServiceDefinition} from '../../engine/definition.js';
import {contactPreference, gender, involvement, optionsFrom, selfDefinedEthnicity} from '../../sdm/code-lists.js';

/**
 * The online crime report (services.md): what happened, when, where, how
 * the person is involved, and how to reach them. Data only.
 */
export const crimeReport: ServiceDefinition = {
  id: 'crime',
  category: 'OCR',
  title: {en: 'Report a crime', cy: 'Rhoi gwybod am drosedd'},
  draft: 'session',
  whatHappensNext: {
    en: 'We will look at your report and contact you within 48 hours, usually with a crime reference number or to explain what we will do next.',
    cy: 'Byddwn yn edrych ar eich adroddiad ac yn cysylltu â chi o fewn 48 awr, fel arfer gyda rhif cyfeirnod trosedd neu i esbonio beth fyddwn yn ei wneud nesaf.',
  },
  pages: [
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
      title: {en: 'When did it happen?', cy: 'Pryd ddigwyddodd y peth?'},
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
          errorLabel: {en: 'The date it happened', cy: 'Y dyddiad y digwyddodd'},
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
          errorLabel: {en: 'The time it happened', cy: 'Yr amser y digwyddodd'},
        },
      ],
    },
    {
      id: 'where',
      title: {en: 'Where did it happen?', cy: 'Ble ddigwyddodd y peth?'},
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
          answers: {yes: {en: 'Yes', cy: 'Do'}, no: {en: 'No', cy: 'Naddo'}},
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
          answers: {yes: {en: 'Yes', cy: 'Do'}, no: {en: 'No', cy: 'Naddo'}},
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
          answers: {yes: {en: 'Yes', cy: 'Do'}, no: {en: 'No', cy: 'Naddo'}},
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
          answers: {yes: {en: 'Yes', cy: 'Do'}, no: {en: 'No', cy: 'Naddo'}},
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
          answers: {yes: {en: 'Yes', cy: 'Ydw'}, no: {en: 'No', cy: 'Nac ydw'}},
        },
        {
          id: 'hate',
          kind: 'yes-no',
          label: {
            en: 'Do you think it happened because of who the victim is, such as their race, religion, sexual orientation, disability or being transgender?',
            cy: 'Ydych chi’n meddwl iddo ddigwydd oherwydd pwy yw’r dioddefwr, fel eu hil, crefydd, cyfeiriadedd rhywiol, anabledd neu fod yn drawsryweddol?',
          },
          summaryLabel: {en: 'Hate crime', cy: 'Trosedd casineb'},
          required: true,
          requiredMessage: {
            en: 'Select yes if you think it was a hate crime',
            cy: 'Dewiswch ydw os ydych yn meddwl ei bod yn drosedd casineb',
          },
          answers: {yes: {en: 'Yes', cy: 'Ydw'}, no: {en: 'No', cy: 'Nac ydw'}},
        },
      ],
    },
    {
      kind: 'repeat',
      id: 'suspects',
      ask: {en: 'Do you know anything about who did it?', cy: 'Ydych chi’n gwybod unrhyw beth am bwy wnaeth hyn?'},
      askRequiredMessage: {
        en: 'Select yes if you know anything about who did it',
        cy: 'Dewiswch ydw os ydych yn gwybod unrhyw beth am bwy wnaeth hyn',
      },
      askAnswers: {yes: {en: 'Yes', cy: 'Ydw'}, no: {en: 'No', cy: 'Nac ydw'}},
      itemTitle: {en: 'About the person who did it', cy: 'Am y person a wnaeth hyn'},
      itemName: {en: 'Suspect', cy: 'Person a amheuir'},
      listTitle: {en: 'People you have told us about', cy: 'Pobl rydych wedi dweud wrthym amdanynt'},
      addAnother: {en: 'Do you need to add another person?', cy: 'Oes angen i chi ychwanegu person arall?'},
      summaryQuestion: 'description',
      max: 10,
      questions: [
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
            cy: 'Er enghraifft, eu hoed, taldra, corff, gwallt, dillad, neu unrhyw beth a sylwoch',
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
      askAnswers: {yes: {en: 'Yes', cy: 'Do'}, no: {en: 'No', cy: 'Naddo'}},
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
      askAnswers: {yes: {en: 'Yes', cy: 'Do'}, no: {en: 'No', cy: 'Naddo'}},
      itemTitle: {en: 'What was stolen or damaged', cy: 'Beth a gafodd ei ddwyn neu ei ddifrodi'},
      itemName: {en: 'Item', cy: 'Eitem'},
      listTitle: {en: 'Things stolen or damaged', cy: 'Pethau a gafodd eu dwyn neu eu difrodi'},
      addAnother: {en: 'Do you need to add another item?', cy: 'Oes angen i chi ychwanegu eitem arall?'},
      summaryQuestion: 'what',
      max: 20,
      questions: [
        {
          id: 'what',
          kind: 'text',
          label: {en: 'What is it?', cy: 'Beth ydyw?'},
          hint: {en: 'For example, a black mountain bike', cy: 'Er enghraifft, beic mynydd du'},
          required: true,
          requiredMessage: {
            en: 'Enter what was stolen or damaged',
            cy: 'Rhowch beth a gafodd ei ddwyn neu ei ddifrodi',
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
      askAnswers: {yes: {en: 'Yes', cy: 'Oedd'}, no: {en: 'No', cy: 'Nac oedd'}},
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
      ],
    },
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
          answers: {yes: {en: 'Yes', cy: 'Ydw'}, no: {en: 'No', cy: 'Nac ydw'}},
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
    {
      id: 'your-name',
      title: {en: 'What is your name?', cy: 'Beth yw eich enw?'},
      questions: [
        {
          id: 'givenName',
          kind: 'text',
          label: {en: 'First name', cy: 'Enw cyntaf'},
          autocomplete: 'given-name',
          required: true,
          requiredMessage: {en: 'Enter your first name', cy: 'Rhowch eich enw cyntaf'},
        },
        {
          id: 'familyName',
          kind: 'text',
          label: {en: 'Last name', cy: 'Cyfenw'},
          autocomplete: 'family-name',
          required: true,
          requiredMessage: {en: 'Enter your last name', cy: 'Rhowch eich cyfenw'},
        },
      ],
    },
    {
      id: 'your-date-of-birth',
      questions: [
        {
          id: 'dateOfBirth',
          kind: 'date',
          label: {en: 'What is your date of birth? (optional)', cy: 'Beth yw eich dyddiad geni? (dewisol)'},
          summaryLabel: {en: 'Date of birth', cy: 'Dyddiad geni'},
          hint: {en: 'For example, 27 3 1990', cy: 'Er enghraifft, 27 3 1990'},
          errorLabel: {en: 'Date of birth', cy: 'Dyddiad geni'},
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
    {
      id: 'contact',
      title: {en: 'How can we contact you?', cy: 'Sut gallwn ni gysylltu â chi?'},
      questions: [
        {
          id: 'contactPreference',
          kind: 'radios',
          label: {en: 'How would you like us to contact you?', cy: 'Sut hoffech i ni gysylltu â chi?'},
          summaryLabel: {en: 'Contact by', cy: 'Cysylltu drwy'},
          required: true,
          requiredMessage: {
            en: 'Select how you would like us to contact you',
            cy: 'Dewiswch sut hoffech i ni gysylltu â chi',
          },
          options: optionsFrom(contactPreference),
        },
        {
          id: 'email',
          kind: 'email',
          label: {en: 'Email address', cy: 'Cyfeiriad e-bost'},
          autocomplete: 'email',
          required: true,
          requiredMessage: {en: 'Enter your email address', cy: 'Rhowch eich cyfeiriad e-bost'},
          when: {question: 'contactPreference', equals: contactPreference.email.code},
        },
        {
          id: 'telephone',
          kind: 'tel',
          label: {en: 'Telephone number', cy: 'Rhif ffôn'},
          autocomplete: 'tel',
          required: true,
          requiredMessage: {en: 'Enter your telephone number', cy: 'Rhowch eich rhif ffôn'},
          when: {question: 'contactPreference', equals: contactPreference.telephone.code},
        },
      ],
    },
    {
      id: 'equality',
      title: {en: 'About you (optional)', cy: 'Amdanoch chi (dewisol)'},
      intro: {
        en: 'We ask these questions to check that we treat everyone fairly. You do not have to answer them, and your answers do not change how we deal with your report.',
        cy: 'Rydym yn gofyn y cwestiynau hyn i wirio ein bod yn trin pawb yn deg. Does dim rhaid i chi eu hateb, ac nid yw eich atebion yn newid sut rydym yn delio â’ch adroddiad.',
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
          answers: {yes: {en: 'Yes', cy: 'Ydw'}, no: {en: 'No', cy: 'Nac ydw'}},
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
  ],
};
