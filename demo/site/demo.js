// The demo site's own controls: which force's theme, which page language.
// A force's real site would not need this; it is here so one page (the kitchen sink, for designers) shows all 44.
const config = document.getElementById('config');
const forcePicker = document.getElementById('force-picker');
const languagePicker = document.getElementById('language-picker');

// The demo page's own words, in both languages (the elements translate themselves).
const pageText = {
  en: {
    siteName: 'Example Constabulary',
    tagline: 'A demonstration force website for soh-elements',
    forceLabel: 'Force theme',
    languageLabel: 'Page language',
    heading: 'Report it online',
    intro:
      'If you are in danger, or a crime is happening now, call 999. For anything else that is not an emergency, call 101 or report it online.',
    payIntro:
      'After a firearms application, pay the fee here. In the sandbox, the card page takes test cards, such as 4444 3333 2222 1111.',
    evidenceHeading: 'Send photos or video for a report you have made',
    exitHeading: 'Leaving this page quickly',
    exitIntro:
      'The red button at the top leaves this page at once and clears anything these forms saved on your device. You can also press the Shift key three times.',
    follow: 'Follow a report you have made',
    ownService: 'Report noise from a neighbour (a service of this force’s own, loaded as a JSON document)',
    inbox: 'Back-office inbox (sandbox)',
    chatHeading: 'Chat with us',
    chatIntro: 'Chat with the contact centre. In the sandbox, open the agent console in another window to answer.',
    agent: 'Chat agent console (sandbox)',
    skipLink: 'Skip to main content',
    home: 'The demo force site, a page for each service',
  },
  cy: {
    siteName: 'Heddlu Enghreifftiol',
    tagline: 'Gwefan heddlu enghreifftiol ar gyfer soh-elements',
    forceLabel: 'Thema’r heddlu',
    languageLabel: 'Iaith y dudalen',
    heading: 'Rhoi gwybod ar-lein',
    intro:
      'Os ydych mewn perygl, neu os oes trosedd yn digwydd nawr, ffoniwch 999. Am unrhyw beth arall nad yw’n argyfwng, ffoniwch 101 neu rhowch wybod ar-lein.',
    payIntro:
      'Ar ôl cais am dystysgrif arfau tanio, talwch y ffi yma. Yn y blwch tywod, mae’r dudalen gerdyn yn derbyn cardiau prawf, fel 4444 3333 2222 1111.',
    evidenceHeading: 'Anfon lluniau neu fideo ar gyfer adroddiad rydych wedi’i wneud',
    exitHeading: 'Gadael y dudalen hon yn gyflym',
    exitIntro:
      'Mae’r botwm coch ar y brig yn gadael y dudalen hon ar unwaith ac yn clirio unrhyw beth a gadwodd y ffurflenni hyn ar eich dyfais. Gallwch hefyd bwyso’r fysell Shift dair gwaith.',
    follow: 'Dilyn adroddiad rydych wedi’i wneud',
    ownService: 'Rhoi gwybod am sŵn gan gymydog (gwasanaeth yr heddlu ei hun, wedi’i lwytho fel dogfen JSON)',
    inbox: 'Mewnflwch swyddfa gefn (blwch tywod)',
    chatHeading: 'Sgwrsiwch â ni',
    chatIntro: 'Sgwrsiwch â’r ganolfan gyswllt. Yn y blwch tywod, agorwch gonsol yr asiant mewn ffenestr arall i ateb.',
    agent: 'Consol asiant sgwrsio (blwch tywod)',
    skipLink: 'Neidio i’r prif gynnwys',
    home: 'Gwefan yr heddlu enghreifftiol, tudalen i bob gwasanaeth',
  },
};

function showLanguage(language) {
  document.documentElement.lang = language;
  languagePicker.value = language;
  const words = pageText[language] ?? pageText.en;
  for (const element of document.querySelectorAll('[data-text]')) {
    element.textContent = words[element.dataset.text];
  }
}

// A language chosen before (kept in the address: see the picker below): from-address.js set the page's; the
// pickers and the page's own words follow it here.
const languageAsked = new URLSearchParams(location.search).get('lang');
if (languageAsked === 'cy' || languageAsked === 'en') showLanguage(languageAsked);

// The form's service, from the address, is set by from-address.js, before the library loads.

// The pickers answer at once, before the elements' code has arrived: each sets an attribute the elements read
// when they start. Only the list of forces waits for the library.
forcePicker.addEventListener('change', () => config.setAttribute('force', forcePicker.value));
languagePicker.addEventListener('change', () => {
  // The page's language governs; clear a choice made with a force's own switch.
  config.removeAttribute('lang');
  showLanguage(languagePicker.value);
  // Kept in the address, as a force's Welsh pages have their own: a payment comes back to a Welsh page.
  const address = new URL(location.href);
  address.searchParams.set('lang', languagePicker.value);
  history.replaceState(null, '', address);
});
config.addEventListener('soh-language-change', (event) => showLanguage(event.detail.lang));

const {forces} = await import('/dist/soh-config.js');
for (const force of forces) {
  const option = document.createElement('option');
  option.value = force.id;
  option.textContent = force.name;
  forcePicker.append(option);
}
forcePicker.value = config.getAttribute('force');
