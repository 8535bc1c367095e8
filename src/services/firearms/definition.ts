import type {EntityMapping, ServiceDefinition} from '../../engine/definition.js';
import {welshAnswers} from '../../engine/welsh-answers.js';
import {contactPage, namePage} from '../shared/person-pages.js';
import {refereePage} from './referee-page.js';
import {addressMapping, reporterMapping, telephoneMapping} from '../shared/reporter-mapping.js';

const renewalOrVariation = {question: 'applicationType', in: ['renewal', 'variation']} as const;

/**
 * A firearm or shotgun certificate application (docs/services.md): the questions
 * of Form 201 (grant and renewal) and 201V (variation): what is applied for,
 * personal details with five years of addresses, a medical declaration and
 * the GP, two referees, convictions. It ends by handing its reference to the
 * payment element (the `soh-report-sent` event carries it).
 *
 * In the SDM (`sdm`): the SDM models reports of incidents, not applications: the incident carries no attribute of
 * its own, and what is applied for, the certificate number, the place of birth (the SDM takes a country code, the
 * form asks a town), the earlier addresses (the SDM has no relationship for a past address), the medical and
 * conviction declarations and how long each referee has known the applicant are in `submissionContent`. The
 * applicant is `personReporting`, with their home (`currentAddress`) and GP practice (`registeredGpAddress`); each
 * referee is related to the applicant as an `acquaintanceOrOtherKnownRelationship`, with their address and
 * telephone.
 */
export const firearmsApplication: ServiceDefinition = {
  id: 'firearms',
  category: 'FAL',
  sends: 'application',
  title: {en: 'Apply for a firearm or shotgun certificate', cy: 'Gwneud cais am dystysgrif arf tanio neu ddryll'},
  draft: 'session',
  whatHappensNext: {
    en: 'Next, pay the fee. We cannot start work on your application until it is paid. Then we will write to your GP, contact your referees and arrange to visit you at home.',
    cy: 'Nesaf, talwch y ffi. Ni allwn ddechrau gweithio ar eich cais nes ei bod wedi’i thalu. Yna byddwn yn ysgrifennu at eich meddyg teulu, yn cysylltu â’ch canolwyr ac yn trefnu i ymweld â chi gartref.',
  },
  pages: [
    {
      id: 'before-you-start',
      title: {en: 'Before you start', cy: 'Cyn i chi ddechrau'},
      body: [
        {
          en: 'You will need your addresses for the last 5 years, your GP practice’s details, two referees who have known you for at least 2 years, and details of any convictions or cautions.',
          cy: 'Bydd angen eich cyfeiriadau am y 5 mlynedd diwethaf, manylion eich practis meddyg teulu, dau ganolwr sydd wedi eich adnabod am o leiaf 2 flynedd, a manylion unrhyw euogfarnau neu rybuddion.',
        },
        {
          en: 'After you send the application you pay the fee online. It is an offence to make a false statement to get a certificate.',
          cy: 'Ar ôl i chi anfon y cais rydych yn talu’r ffi ar-lein. Mae’n drosedd gwneud datganiad ffug i gael tystysgrif.',
        },
      ],
      questions: [],
    },
    {
      id: 'application',
      title: {en: 'What are you applying for?', cy: 'Am beth rydych chi’n gwneud cais?'},
      questions: [
        {
          id: 'applicationType',
          kind: 'radios',
          label: {en: 'Type of application', cy: 'Math o gais'},
          required: true,
          requiredMessage: {
            en: 'Select whether this is a new certificate, a renewal or a variation',
            cy: 'Dewiswch ai tystysgrif newydd, adnewyddu neu amrywio yw hwn',
          },
          options: [
            {value: 'grant', label: {en: 'A new certificate', cy: 'Tystysgrif newydd'}},
            {
              value: 'renewal',
              label: {en: 'Renew my certificate', cy: 'Adnewyddu fy nhystysgrif'},
              hint: {
                en: 'Apply at least 8 weeks before it expires',
                cy: 'Gwnewch gais o leiaf 8 wythnos cyn iddi ddod i ben',
              },
            },
            {
              value: 'variation',
              label: {
                en: 'Change my firearm certificate (a variation)',
                cy: 'Newid fy nhystysgrif arf tanio (amrywiad)',
              },
              hint: {
                en: 'For example, to add a firearm, or replace one with another',
                cy: 'Er enghraifft, i ychwanegu arf tanio, neu roi un arall yn lle un',
              },
            },
          ],
        },
        {
          id: 'certificateType',
          kind: 'radios',
          label: {en: 'Which certificate?', cy: 'Pa dystysgrif?'},
          required: true,
          requiredMessage: {en: 'Select which certificate', cy: 'Dewiswch pa dystysgrif'},
          options: [
            {value: 'firearm', label: {en: 'Firearm certificate', cy: 'Tystysgrif arf tanio'}},
            {value: 'shotgun', label: {en: 'Shotgun certificate', cy: 'Tystysgrif dryll'}},
            {
              value: 'both',
              label: {en: 'Both (coterminous)', cy: 'Y ddwy (cydderfynol)'},
              hint: {
                en: 'Firearm and shotgun certificates together, ending on the same date',
                cy: 'Tystysgrifau arf tanio a dryll gyda’i gilydd, yn dod i ben ar yr un dyddiad',
              },
            },
          ],
        },
      ],
    },
    {
      id: 'current-certificate',
      when: renewalOrVariation,
      title: {en: 'Your current certificate', cy: 'Eich tystysgrif bresennol'},
      questions: [
        {
          id: 'certificateNumber',
          kind: 'text',
          label: {en: 'Certificate number', cy: 'Rhif y dystysgrif'},
          hint: {en: 'It is printed at the top of your certificate', cy: 'Mae wedi’i argraffu ar frig eich tystysgrif'},
          required: true,
          requiredMessage: {en: 'Enter your certificate number', cy: 'Rhowch rif eich tystysgrif'},
        },
        {
          id: 'variationDetails',
          kind: 'textarea',
          label: {en: 'What do you want to change?', cy: 'Beth rydych chi am ei newid?'},
          summaryLabel: {en: 'Change wanted', cy: 'Y newid rydych ei eisiau'},
          hint: {
            en: 'The firearm to add or replace: its type, calibre and why you need it',
            cy: 'Yr arf tanio i’w ychwanegu neu i’w newid: ei fath, ei galibr a pham mae ei angen arnoch',
          },
          required: true,
          requiredMessage: {en: 'Enter what you want to change', cy: 'Rhowch beth rydych chi am ei newid'},
          maxlength: 2000,
          when: {question: 'applicationType', equals: 'variation'},
        },
      ],
    },
    namePage,
    {
      id: 'about-you',
      title: {en: 'About you', cy: 'Amdanoch chi'},
      questions: [
        {
          id: 'dateOfBirth',
          kind: 'date',
          label: {en: 'Date of birth', cy: 'Dyddiad geni'},
          hint: {en: 'For example, 27 3 1985', cy: 'Er enghraifft, 27 3 1985'},
          errorLabel: {en: 'Your date of birth', cy: 'i’ch dyddiad geni'},
          autocomplete: 'bday',
          past: true,
          required: true,
          requiredMessage: {en: 'Enter your date of birth', cy: 'Rhowch eich dyddiad geni'},
        },
        {
          id: 'placeOfBirth',
          kind: 'text',
          label: {en: 'Town and country of birth', cy: 'Tref a gwlad eich geni'},
          required: true,
          requiredMessage: {
            en: 'Enter the town and country you were born in',
            cy: 'Rhowch y dref a’r wlad lle cawsoch eich geni',
          },
        },
        {
          id: 'occupation',
          kind: 'text',
          label: {en: 'Occupation', cy: 'Galwedigaeth'},
          autocomplete: 'organization-title',
          required: true,
          requiredMessage: {en: 'Enter your occupation', cy: 'Rhowch eich galwedigaeth'},
        },
      ],
    },
    {
      id: 'home',
      title: {en: 'Your home address', cy: 'Cyfeiriad eich cartref'},
      questions: [
        {
          id: 'homeAddress',
          kind: 'address',
          label: {en: 'Address', cy: 'Cyfeiriad'},
          summaryLabel: {en: 'Home address', cy: 'Cyfeiriad cartref'},
          required: true,
          requiredMessage: {en: 'Enter your home address', cy: 'Rhowch gyfeiriad eich cartref'},
        },
        {
          id: 'movedIn',
          kind: 'date',
          label: {en: 'When did you move there?', cy: 'Pryd symudoch chi yno?'},
          hint: {en: 'For example, 1 6 2019', cy: 'Er enghraifft, 1 6 2019'},
          errorLabel: {en: 'The date you moved there', cy: 'i’r dyddiad y symudoch chi yno'},
          past: true,
          required: true,
          requiredMessage: {en: 'Enter the date you moved there', cy: 'Rhowch y dyddiad y symudoch chi yno'},
        },
      ],
    },
    {
      kind: 'repeat',
      id: 'previousAddresses',
      ask: {
        en: 'Have you lived anywhere else in the last 5 years?',
        cy: 'Ydych chi wedi byw yn unrhyw le arall yn ystod y 5 mlynedd diwethaf?',
      },
      askRequiredMessage: {
        en: 'Select yes if you have lived anywhere else in the last 5 years',
        cy: 'Dewiswch ydw os ydych wedi byw yn unrhyw le arall yn ystod y 5 mlynedd diwethaf',
      },
      askAnswers: welshAnswers.ydw,
      itemTitle: {en: 'A previous address', cy: 'Cyfeiriad blaenorol'},
      itemName: {en: 'Address', cy: 'Cyfeiriad'},
      listTitle: {en: 'Your addresses in the last 5 years', cy: 'Eich cyfeiriadau yn ystod y 5 mlynedd diwethaf'},
      addAnother: {en: 'Do you need to add another address?', cy: 'Oes angen i chi ychwanegu cyfeiriad arall?'},
      summaryQuestion: 'address',
      max: 20,
      questions: [
        {
          id: 'address',
          kind: 'address',
          label: {en: 'Address', cy: 'Cyfeiriad'},
          required: true,
          requiredMessage: {en: 'Enter the address', cy: 'Rhowch y cyfeiriad'},
        },
        {
          id: 'from',
          kind: 'date',
          label: {en: 'When did you move in?', cy: 'Pryd symudoch chi i mewn?'},
          errorLabel: {en: 'The date you moved in', cy: 'i’r dyddiad y symudoch chi i mewn'},
          past: true,
          required: true,
          requiredMessage: {en: 'Enter the date you moved in', cy: 'Rhowch y dyddiad y symudoch chi i mewn'},
        },
        {
          id: 'to',
          kind: 'date',
          label: {en: 'When did you move out?', cy: 'Pryd symudoch chi allan?'},
          errorLabel: {en: 'The date you moved out', cy: 'i’r dyddiad y symudoch chi allan'},
          past: true,
          required: true,
          requiredMessage: {en: 'Enter the date you moved out', cy: 'Rhowch y dyddiad y symudoch chi allan'},
        },
      ],
    },
    contactPage,
    {
      id: 'medical',
      title: {en: 'Your health', cy: 'Eich iechyd'},
      body: [
        {
          en: 'The conditions we ask about: acute stress or trauma; thoughts of suicide or self-harm; depression or anxiety; dementia; mania, bipolar disorder or psychosis; a personality disorder; a neurological condition such as multiple sclerosis, Parkinson’s, Huntington’s or epilepsy; alcohol or drug misuse; autism spectrum disorder; and any other condition that could affect your safe possession of a firearm or shotgun.',
          cy: 'Y cyflyrau rydym yn holi amdanynt: straen acíwt neu drawma; meddyliau am hunanladdiad neu hunan-niweidio; iselder neu orbryder; dementia; mania, anhwylder deubegwn neu seicosis; anhwylder personoliaeth; cyflwr niwrolegol fel sglerosis ymledol, clefyd Parkinson, clefyd Huntington neu epilepsi; camddefnyddio alcohol neu gyffuriau; anhwylder y sbectrwm awtistiaeth; ac unrhyw gyflwr arall a allai effeithio ar eich gallu i feddu ar arf tanio neu ddryll yn ddiogel.',
        },
      ],
      questions: [
        {
          id: 'medicalConditions',
          kind: 'yes-no',
          label: {
            en: 'Have you ever had any of these conditions?',
            cy: 'Ydych chi erioed wedi cael unrhyw un o’r cyflyrau hyn?',
          },
          summaryLabel: {en: 'Relevant medical conditions', cy: 'Cyflyrau meddygol perthnasol'},
          required: true,
          requiredMessage: {
            en: 'Select yes if you have ever had any of these conditions',
            cy: 'Dewiswch ydw os ydych erioed wedi cael unrhyw un o’r cyflyrau hyn',
          },
          answers: welshAnswers.ydw,
        },
        {
          id: 'medicalDetails',
          kind: 'textarea',
          label: {en: 'Which condition, and when?', cy: 'Pa gyflwr, a phryd?'},
          summaryLabel: {en: 'Medical details', cy: 'Manylion meddygol'},
          required: true,
          requiredMessage: {
            en: 'Tell us which condition you had, and when',
            cy: 'Dywedwch wrthym pa gyflwr a gawsoch, a phryd',
          },
          maxlength: 2000,
          when: {question: 'medicalConditions', equals: 'yes'},
        },
        {
          id: 'medicalConsent',
          kind: 'checkboxes',
          label: {en: 'Your GP', cy: 'Eich meddyg teulu'},
          summaryLabel: {en: 'GP may be contacted', cy: 'Gellir cysylltu â’r meddyg teulu'},
          required: true,
          requiredMessage: {
            en: 'Confirm that we may contact your GP about your medical history',
            cy: 'Cadarnhewch y cawn gysylltu â’ch meddyg teulu am eich hanes meddygol',
          },
          options: [
            {
              value: 'agreed',
              label: {
                en: 'I agree that the police may contact my GP about my medical history',
                cy: 'Rwy’n cytuno y caiff yr heddlu gysylltu â’m meddyg teulu am fy hanes meddygol',
              },
            },
          ],
        },
      ],
    },
    {
      id: 'gp',
      title: {en: 'Your GP practice', cy: 'Eich practis meddyg teulu'},
      questions: [
        {
          id: 'gpPractice',
          kind: 'text',
          label: {en: 'Name of the practice', cy: 'Enw’r practis'},
          summaryLabel: {en: 'GP practice', cy: 'Practis meddyg teulu'},
          required: true,
          requiredMessage: {en: 'Enter the name of your GP practice', cy: 'Rhowch enw eich practis meddyg teulu'},
        },
        {
          id: 'gpAddress',
          kind: 'address',
          label: {en: 'Address of the practice', cy: 'Cyfeiriad y practis'},
          summaryLabel: {en: 'GP practice address', cy: 'Cyfeiriad y practis meddyg teulu'},
          required: true,
          requiredMessage: {
            en: 'Enter the address of your GP practice',
            cy: 'Rhowch gyfeiriad eich practis meddyg teulu',
          },
        },
      ],
    },
    refereePage(1),
    refereePage(2),
    {
      id: 'convictions',
      title: {en: 'Convictions and cautions', cy: 'Euogfarnau a rhybuddion'},
      intro: {
        en: 'Include spent convictions, motoring offences, and any from outside the UK.',
        cy: 'Dylech gynnwys euogfarnau sydd wedi darfod, troseddau moduro, ac unrhyw rai o’r tu allan i’r DU.',
      },
      questions: [
        {
          id: 'convictions',
          kind: 'yes-no',
          label: {
            en: 'Have you ever been convicted of an offence, or been given a caution or a binding over?',
            cy: 'Ydych chi erioed wedi’ch cael yn euog o drosedd, neu wedi cael rhybudd neu orchymyn cadw’r heddwch?',
          },
          summaryLabel: {en: 'Convictions or cautions', cy: 'Euogfarnau neu rybuddion'},
          required: true,
          requiredMessage: {
            en: 'Select yes if you have ever been convicted, cautioned or bound over',
            cy: 'Dewiswch ydw os ydych erioed wedi’ch cael yn euog, wedi cael rhybudd neu orchymyn cadw’r heddwch',
          },
          answers: welshAnswers.ydw,
        },
        {
          id: 'convictionDetails',
          kind: 'textarea',
          label: {en: 'Give the details', cy: 'Rhowch y manylion'},
          summaryLabel: {en: 'Conviction details', cy: 'Manylion euogfarnau'},
          hint: {
            en: 'For each: the offence, the date, the court and the sentence or outcome',
            cy: 'Ar gyfer pob un: y drosedd, y dyddiad, y llys a’r ddedfryd neu’r canlyniad',
          },
          required: true,
          requiredMessage: {
            en: 'Enter the details of each conviction or caution',
            cy: 'Rhowch fanylion pob euogfarn neu rybudd',
          },
          maxlength: 2000,
          when: {question: 'convictions', equals: 'yes'},
        },
      ],
    },
    {
      id: 'declaration',
      questions: [
        {
          id: 'declaration',
          kind: 'checkboxes',
          label: {en: 'Declaration', cy: 'Datganiad'},
          required: true,
          requiredMessage: {
            en: 'Confirm that the information you have given is true and complete',
            cy: 'Cadarnhewch fod yr wybodaeth rydych wedi’i rhoi yn wir ac yn gyflawn',
          },
          options: [
            {
              value: 'agreed',
              label: {
                en: 'The information I have given is true and complete. I understand that making a false statement to get a certificate is an offence.',
                cy: 'Mae’r wybodaeth rydw i wedi’i rhoi yn wir ac yn gyflawn. Rwy’n deall bod gwneud datganiad ffug i gael tystysgrif yn drosedd.',
              },
            },
          ],
        },
      ],
    },
  ],
  sdm: {
    incident: {},
    entities: [
      reporterMapping({
        relationships: [{name: 'personReporting'}],
        attributes: {
          dateOfBirth: {answer: 'dateOfBirth'},
          dateOfBirthKnown: {value: true},
          occupation: {answer: 'occupation'},
        },
        relatedFirst: [addressMapping('homeAddress', 'currentAddress')],
        relatedAfter: [
          addressMapping('gpAddress', 'registeredGpAddress', {organisationName: {answer: 'gpPractice', maxLength: 60}}),
          referee(1),
          referee(2),
        ],
      }),
    ],
  },
};

/** A referee, related to the applicant, with their address and telephone. */
function referee(number: 1 | 2): EntityMapping {
  const id = `referee${number}`;
  return {
    type: 'person',
    relationships: [{name: 'acquaintanceOrOtherKnownRelationship'}],
    attributes: {occupation: {answer: `${id}Occupation`}},
    derived: [{transform: 'person-name', answer: `${id}Name`}],
    related: [addressMapping(`${id}Address`, 'currentAddress'), telephoneMapping(`${id}Telephone`)],
  };
}
