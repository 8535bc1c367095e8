import type {HandOff} from '../../engine/hand-off.js';

/**
 * Fraud and cyber crime: reported to Report Fraud, the national service run by the City of London Police, which
 * replaced Action Fraud on 4 December 2025. Facts and sources: docs/catalogue-research.md, "Hand-off A". No Welsh name
 * for Report Fraud was found: it stays a proper name in Welsh, as Welsh police pages kept "Action Fraud".
 */
export const fraudHandOff: HandOff = {
  id: 'fraud',
  title: {en: 'Report fraud or cyber crime', cy: 'Rhoi gwybod am dwyll neu seiberdroseddu'},
  about: [
    {
      en: 'Fraud and cyber crime in England and Wales are reported to Report Fraud, the national reporting service run by the City of London Police. It replaced Action Fraud in December 2025.',
      cy: 'Yng Nghymru a Lloegr, rydych yn rhoi gwybod am dwyll a seiberdroseddu i Report Fraud, y gwasanaeth cenedlaethol sy’n cael ei redeg gan Heddlu Dinas Llundain. Daeth yn lle Action Fraud ym mis Rhagfyr 2025.',
    },
    {
      en: 'You can report online at any time. You should get a crime reference number.',
      cy: 'Gallwch roi gwybod ar-lein ar unrhyw adeg. Dylech gael cyfeirnod trosedd.',
    },
  ],
  haveReady: [
    {
      en: 'details of whoever contacted you: a name, phone number, email address, website or social media profile',
      cy: 'manylion pwy bynnag a gysylltodd â chi: enw, rhif ffôn, cyfeiriad e-bost, gwefan neu broffil cyfryngau cymdeithasol',
    },
    {
      en: 'emails, texts or screenshots: keep the original messages, even if you forward a copy to report a scam',
      cy: 'negeseuon e-bost, negeseuon testun neu sgrinluniau: cadwch y negeseuon gwreiddiol, hyd yn oed os byddwch yn anfon copi ymlaen i roi gwybod am sgam',
    },
    {
      en: 'how you paid, if you did: by card or bank transfer, with the dates and amounts',
      cy: 'sut y taloch chi, os gwnaethoch chi: â cherdyn neu drwy drosglwyddiad banc, gyda’r dyddiadau a’r symiau',
    },
  ],
  alsoDo: [
    {
      en: 'If you have lost money or given your bank details, call your bank now. Call 159 to reach most banks’ fraud teams.',
      cy: 'Os ydych wedi colli arian neu wedi rhoi manylion eich banc, ffoniwch eich banc nawr. Ffoniwch 159 i gyrraedd timau twyll y rhan fwyaf o fanciau.',
    },
    {
      en: 'Forward scam texts to 7726, and scam emails to report@phishing.gov.uk.',
      cy: 'Anfonwch negeseuon testun sgam ymlaen i 7726, a negeseuon e-bost sgam i report@phishing.gov.uk.',
    },
  ],
  link: {
    href: 'https://www.reportfraud.police.uk/',
    text: {en: 'Go to Report Fraud', cy: 'Ewch i Report Fraud'},
  },
  phone: {
    en: 'You can also call Report Fraud on 0300 123 2040, Monday to Friday, 8am to 8pm.',
    cy: 'Gallwch hefyd ffonio Report Fraud ar 0300 123 2040, dydd Llun i ddydd Gwener, 8am i 8pm.',
  },
  callUsInstead: {
    en: 'Call 999 if you are in danger, or the person trying to defraud you is with you now. Call us instead of Report Fraud if they live near you, or you sent them money in the last 24 hours.',
    cy: 'Ffoniwch 999 os ydych mewn perygl, neu os yw’r person sy’n ceisio eich twyllo gyda chi nawr. Ffoniwch ni yn lle Report Fraud os ydyn nhw’n byw yn agos atoch, neu os anfonoch arian atyn nhw yn ystod y 24 awr ddiwethaf.',
  },
  notes: [
    'Report Fraud replaced Action Fraud from Thursday 4 December 2025, for England, Wales and Northern Ireland; reportfraud.police.uk or 0300 123 2040: https://www.wired-gov.net/wg/news.nsf/articles/report+fraud+service+goes+live+04122025143000?open',
    'Phone hours Monday to Friday 8am to 8pm: https://www.metengage.co.uk/Alerts/A/367666/{MESSAGE-SETTINGS}',
    'A crime reference number (a law firm’s summary, not the service’s own page: hence “should”): https://ca.hoganlovells.com/en/publications/report-fraud-a-new-front-door-for-uk-cyber-crime-and-fraud-reporting',
    'What to have ready (written for Action Fraud): https://stopthinkfraud.campaign.gov.uk/reporting-fraud/what-to-report/ ; save emails but do not forward them (Warwickshire; said as “keep the original messages”, since forwarding scam emails to report@phishing.gov.uk is advised below): https://www.warwickshire.police.uk/article/44060/Cyber-Crime-and-Fraud',
    '159, 7726, report@phishing.gov.uk: https://www.neighbourhoodalert.co.uk/Alerts/A/314403/{MESSAGE-SETTINGS}',
    '999 if in danger or the fraudster is with you; the local police if the scammer is in your area or money was sent in the last 24 hours (Citizens Advice Wales): https://cdn.loris.content.citizensadvice.org.uk/cymraeg/Defnyddwyr/scams/Rhoi-gwybod-am-sgam',
  ],
};
