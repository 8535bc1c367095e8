import type {Bilingual, QuestionPage} from '../../engine/definition.js';

/**
 * The page for one of the two referees. Both are asked the same things, so
 * one function writes both pages; each answer's id starts `referee1` or
 * `referee2`.
 */
export function refereePage(number: 1 | 2): QuestionPage {
  const id = `referee${number}`;
  const words = refereeWords[number];
  return {
    id: `referee-${number}`,
    title: words.title,
    intro: {
      en: 'A referee must have known you personally for at least 2 years and live in Great Britain. They cannot be a member of your family, a serving police officer or member of police staff, or a registered firearms dealer.',
      cy: 'Rhaid i ganolwr fod wedi eich adnabod yn bersonol am o leiaf 2 flynedd a byw ym Mhrydain Fawr. Ni all fod yn aelod o’ch teulu, yn swyddog heddlu neu’n aelod o staff yr heddlu sy’n gwasanaethu, nac yn ddeliwr arfau tanio cofrestredig.',
    },
    questions: [
      {
        id: `${id}Name`,
        kind: 'text',
        label: {en: 'Full name', cy: 'Enw llawn'},
        summaryLabel: words.referee,
        required: true,
        requiredMessage: {en: 'Enter the referee’s full name', cy: 'Rhowch enw llawn y canolwr'},
      },
      {
        id: `${id}Address`,
        kind: 'address',
        label: {en: 'Their address', cy: 'Eu cyfeiriad'},
        summaryLabel: {en: `${words.referee.en}’s address`, cy: `Cyfeiriad ${words.theRefereeCy}`},
        required: true,
        requiredMessage: {en: 'Enter the referee’s address', cy: 'Rhowch gyfeiriad y canolwr'},
      },
      {
        id: `${id}Telephone`,
        kind: 'tel',
        label: {en: 'Their telephone number', cy: 'Eu rhif ffôn'},
        summaryLabel: {en: `${words.referee.en}’s telephone`, cy: `Rhif ffôn ${words.theRefereeCy}`},
        required: true,
        requiredMessage: {en: 'Enter the referee’s telephone number', cy: 'Rhowch rif ffôn y canolwr'},
      },
      {
        id: `${id}Occupation`,
        kind: 'text',
        label: {en: 'Their occupation', cy: 'Eu galwedigaeth'},
        summaryLabel: {en: `${words.referee.en}’s occupation`, cy: `Galwedigaeth ${words.theRefereeCy}`},
        required: true,
        requiredMessage: {en: 'Enter the referee’s occupation', cy: 'Rhowch alwedigaeth y canolwr'},
      },
      {
        id: `${id}YearsKnown`,
        kind: 'text',
        label: {en: 'How many years have they known you?', cy: 'Am faint o flynyddoedd maen nhw wedi eich adnabod?'},
        summaryLabel: {
          en: `${words.referee.en} has known you for`,
          cy: `Mae${words.theRefereeCy.replace(/^yr? /, '’r ')} wedi eich adnabod ers`,
        },
        hint: {en: 'At least 2 years', cy: 'O leiaf 2 flynedd'},
        required: true,
        requiredMessage: {
          en: 'Enter how many years the referee has known you',
          cy: 'Rhowch am faint o flynyddoedd mae’r canolwr wedi eich adnabod',
        },
      },
    ],
  };
}

// Written out for each: in Welsh "cyntaf" follows the noun and "ail" comes before it, mutating it.
const refereeWords: Record<1 | 2, {title: Bilingual; referee: Bilingual; theRefereeCy: string}> = {
  1: {
    title: {en: 'Your first referee', cy: 'Eich canolwr cyntaf'},
    referee: {en: 'First referee', cy: 'Canolwr cyntaf'},
    theRefereeCy: 'y canolwr cyntaf',
  },
  2: {
    title: {en: 'Your second referee', cy: 'Eich ail ganolwr'},
    referee: {en: 'Second referee', cy: 'Ail ganolwr'},
    theRefereeCy: 'yr ail ganolwr',
  },
};
