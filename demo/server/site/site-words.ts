/** The demo force site's languages: each page has an English address and a Welsh one (`/cy/…`). */
export type Language = 'en' | 'cy';

/**
 * The site's own words, in both languages (the elements translate themselves). One list per language, so a page
 * template is written once. The Welsh has not yet been reviewed by a translator (see docs/welsh.md).
 */
export interface SiteWords {
  /** The other language's name, in that language: the link to a page's counterpart. */
  otherLanguage: string;
  siteName: string;
  tagline: string;
  skipLink: string;
  menu: string;
  reportOnline: string;
  pay: string;
  follow: string;
  evidence: string;
  homeIntro: string;
  moreHeading: string;
  ownServiceSummary: string;
  paySummary: string;
  followSummary: string;
  evidenceSummary: string;
  payHeading: string;
  payIntro: string;
  followHeading: string;
  followIntro: string;
  evidenceHeading: string;
  evidenceIntro: string;
  chatHeading: string;
  chatIntro: string;
  sandboxHeading: string;
  inbox: string;
  agent: string;
  kitchenSink: string;
  national: string;
  notFoundTitle: string;
  notFoundText: string;
  notFoundChoose: string;
  nationalName: string;
  nationalTagline: string;
  nationalCaption: string;
  nationalIntro: string;
}

export const siteWords: Readonly<Record<Language, SiteWords>> = {
  en: {
    otherLanguage: 'Cymraeg',
    siteName: 'Example Constabulary',
    tagline: 'A demonstration force website for soh-elements',
    skipLink: 'Skip to main content',
    menu: 'Main menu',
    reportOnline: 'Report it online',
    pay: 'Pay a fee',
    follow: 'Follow your report',
    evidence: 'Send evidence',
    homeIntro:
      'If you are in danger, or a crime is happening now, call 999. For anything else that is not an emergency, call 101 or report it online.',
    moreHeading: 'More you can do online',
    ownServiceSummary: 'A service of this force’s own, loaded as a JSON document.',
    paySummary: 'Pay the fee for a firearm or shotgun certificate you have applied for.',
    followSummary: 'See what is happening with a report you have made, and reply to us.',
    evidenceSummary: 'Send photos or video for a report you have made.',
    payHeading: 'Pay for a firearm or shotgun certificate',
    payIntro:
      'You need the reference we gave you when you applied. In the sandbox, the card page takes test cards, such as 4444 3333 2222 1111.',
    followHeading: 'Follow a report you have made',
    followIntro: 'You need the reference and the access code we gave you when you made your report.',
    evidenceHeading: 'Send photos or video for a report you have made',
    evidenceIntro: 'You need the reference we gave you when you made your report.',
    chatHeading: 'Chat with us',
    chatIntro: 'Chat with the contact centre. In the sandbox, open the agent console in another window to answer.',
    sandboxHeading: 'The sandbox',
    inbox: 'Back-office inbox',
    agent: 'Chat agent console',
    kitchenSink: 'Every element on one page, for designers',
    national: 'A national page, as on Police.uk',
    notFoundTitle: 'Page not found',
    notFoundText: 'We do not have an online service at this address. If you typed the address, check it is correct.',
    notFoundChoose: 'You can choose one of our online services here.',
    nationalName: 'Police.uk',
    nationalTagline: 'A national page in the style of Police.uk, for the soh-elements sandbox',
    nationalCaption: 'Report a crime',
    nationalIntro: 'Tell us where it happened, and we send your report to the police force for that area.',
  },
  cy: {
    otherLanguage: 'English',
    siteName: 'Heddlu Enghreifftiol',
    tagline: 'Gwefan heddlu enghreifftiol ar gyfer soh-elements',
    skipLink: 'Neidio i’r prif gynnwys',
    menu: 'Prif ddewislen',
    reportOnline: 'Rhoi gwybod ar-lein',
    pay: 'Talu ffi',
    follow: 'Dilyn eich adroddiad',
    evidence: 'Anfon tystiolaeth',
    homeIntro:
      'Os ydych mewn perygl, neu os oes trosedd yn digwydd nawr, ffoniwch 999. Am unrhyw beth arall nad yw’n argyfwng, ffoniwch 101 neu rhowch wybod ar-lein.',
    moreHeading: 'Rhagor y gallwch ei wneud ar-lein',
    ownServiceSummary: 'Gwasanaeth yr heddlu ei hun, wedi’i lwytho fel dogfen JSON.',
    paySummary: 'Talu’r ffi am dystysgrif arf tanio neu dystysgrif dryll rydych wedi gwneud cais amdani.',
    followSummary: 'Gweld beth sy’n digwydd gydag adroddiad rydych wedi’i wneud, ac ateb i ni.',
    evidenceSummary: 'Anfon lluniau neu fideo ar gyfer adroddiad rydych wedi’i wneud.',
    payHeading: 'Talu am dystysgrif arf tanio neu dystysgrif dryll',
    payIntro:
      'Bydd angen y cyfeirnod a roesom i chi pan wnaethoch gais. Yn y blwch tywod, mae’r dudalen gerdyn yn derbyn cardiau prawf, fel 4444 3333 2222 1111.',
    followHeading: 'Dilyn adroddiad rydych wedi’i wneud',
    followIntro: 'Bydd angen y cyfeirnod a’r cod mynediad a roesom i chi pan wnaethoch eich adroddiad.',
    evidenceHeading: 'Anfon lluniau neu fideo ar gyfer adroddiad rydych wedi’i wneud',
    evidenceIntro: 'Bydd angen y cyfeirnod a roesom i chi pan wnaethoch eich adroddiad.',
    chatHeading: 'Sgwrsiwch â ni',
    chatIntro: 'Sgwrsiwch â’r ganolfan gyswllt. Yn y blwch tywod, agorwch gonsol yr asiant mewn ffenestr arall i ateb.',
    sandboxHeading: 'Y blwch tywod',
    inbox: 'Mewnflwch swyddfa gefn',
    agent: 'Consol asiant sgwrsio',
    kitchenSink: 'Pob elfen ar un dudalen, i ddylunwyr',
    national: 'Tudalen genedlaethol, fel ar Police.uk',
    notFoundTitle: 'Heb ddod o hyd i’r dudalen',
    notFoundText:
      'Nid oes gennym wasanaeth ar-lein yn y cyfeiriad hwn. Os gwnaethoch deipio’r cyfeiriad, gwiriwch ei fod yn gywir.',
    notFoundChoose: 'Gallwch ddewis un o’n gwasanaethau ar-lein yma.',
    nationalName: 'Police.uk',
    nationalTagline: 'Tudalen genedlaethol yn null Police.uk, ar gyfer blwch tywod soh-elements',
    nationalCaption: 'Rhoi gwybod am drosedd',
    nationalIntro:
      'Dywedwch wrthym ble digwyddodd, a byddwn yn anfon eich adroddiad at yr heddlu ar gyfer yr ardal honno.',
  },
};
