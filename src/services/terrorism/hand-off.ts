import type {HandOff} from '../../engine/hand-off.js';

/**
 * Possible terrorism: reported to counter-terrorism policing through Action Counters Terrorism (ACT) on GOV.UK, or its
 * hotline. Facts and sources: docs/catalogue-research.md, "Hand-off B". Welsh police pages keep "ACT (Action Counters
 * Terrorism)" in English; the hotline is "Llinell Frys Gwrthderfysgaeth" on BTP's and Dyfed-Powys's Welsh pages.
 */
export const terrorismHandOff: HandOff = {
  id: 'terrorism',
  title: {en: 'Report possible terrorism', cy: 'Rhoi gwybod am derfysgaeth bosibl'},
  about: [
    {
      en: 'Tell counter-terrorism police about any activity or behaviour that seems suspicious. You do not need to be sure. Every report is treated in confidence, and you can report without giving your name.',
      cy: 'Dywedwch wrth yr heddlu gwrthderfysgaeth am unrhyw weithgarwch neu ymddygiad sy’n ymddangos yn amheus. Does dim rhaid i chi fod yn siŵr. Mae pob adroddiad yn cael ei drin yn gyfrinachol, a gallwch roi gwybod heb roi eich enw.',
    },
    {
      en: 'The online form is on GOV.UK, run by Action Counters Terrorism (ACT).',
      cy: 'Mae’r ffurflen ar-lein ar GOV.UK, ac mae’n cael ei rhedeg gan ACT (Action Counters Terrorism).',
    },
  ],
  haveReady: [
    {
      en: 'what you saw or heard, where and when',
      cy: 'beth a welsoch neu a glywsoch, ble a phryd',
    },
    {
      en: 'a description of anyone involved, and any vehicle and its registration',
      cy: 'disgrifiad o unrhyw un oedd yn rhan o hyn, ac unrhyw gerbyd a’i rif cofrestru',
    },
  ],
  alsoDo: [
    {
      en: 'To report terrorist or extremist material online, use GOV.UK’s own form at www.gov.uk/report-terrorism. All you need is the web address where you saw it.',
      cy: 'I roi gwybod am ddeunydd terfysgol neu eithafol ar-lein, defnyddiwch ffurflen GOV.UK ei hun yn www.gov.uk/report-terrorism. Y cyfan sydd ei angen arnoch yw’r cyfeiriad gwe lle gwelsoch y deunydd.',
    },
  ],
  link: {
    href: 'https://www.gov.uk/ACT',
    text: {en: 'Go to the ACT reporting form on GOV.UK', cy: 'Ewch i ffurflen ACT ar GOV.UK'},
  },
  phone: {
    en: 'You can also call the Anti-Terrorist Hotline on 0800 789 321, at any time. Textphone: 0800 032 4539.',
    cy: 'Gallwch hefyd ffonio’r Llinell Frys Gwrthderfysgaeth ar 0800 789 321, ar unrhyw adeg. Ffôn testun: 0800 032 4539.',
  },
  callUsInstead: {
    en: 'Call 999 if there is an immediate threat: if you see something happening now, or someone is in danger.',
    cy: 'Ffoniwch 999 os oes bygythiad uniongyrchol: os gwelwch rywbeth yn digwydd nawr, neu os yw rhywun mewn perygl.',
  },
  notes: [
    'www.gov.uk/ACT; Anti-Terrorist Hotline 0800 789 321; confidential, may be anonymous; 999 in an emergency: http://govwire.co.uk/news/crime-and-policing/action-counters-terrorism-report-suspicious-activity-and-behaviour-15063',
    'Hotline staffed around the clock; textphone 0800 032 4539: https://cleveland.police.uk/advice-information/Anti-Terrorist-Hotline.aspx',
    '"An honest held belief" is enough (Nottinghamshire FAQ): https://www.nottinghamshire.police.uk/site-page/faqs-reporting-suspicious-behaviour-and-activity-counter-terrorism',
    'Online extremist content has its own form, www.gov.uk/report-terrorism (North Yorkshire: https://northyorkshire.police.uk/what-we-do/public-safety-and-welfare/terrorism-advice/); "All you need is the web address": https://www.cross-stitch-centre.co.uk/en/CrimeJusticeAndTheLaw/Counterterrorism/DG_183993.html',
    'Welsh: "Llinell Frys Gwrthderfysgaeth 0800 789 321" (BTP Welsh page): https://www.btp.police.uk/cy-GB/cyngor/cyngor-a-gwybodaeth/cynlluniau-a-mentrau-gwylio-a-gwarchod/Cynlluniau-a-mentrau-gwylio-a-gwarchod/pk/Prosiect-Kraken/',
  ],
};
