import type {HandOff} from '../../engine/hand-off.js';

/**
 * Dash-cam and helmet-cam footage in Wales: the four Welsh forces take Operation Snap ("Ymgyrch Snap") footage through
 * GoSafe (GanBwyll), the Welsh road safety partnership, not through a force form. Facts and sources:
 * docs/catalogue-research.md, section 7. GoSafe's own page for sending footage was not read: the link is its home page.
 */
export const dashCamWalesHandOff: HandOff = {
  id: 'dash-cam-wales',
  title: {
    en: 'Send us dash-cam or helmet-cam footage of bad driving',
    cy: 'Anfon fideo camera dash neu gamera helmed o yrru gwael atom',
  },
  about: [
    {
      en: 'In Wales, footage of dangerous or careless driving goes to GoSafe, the road safety partnership of the four Welsh police forces (Operation Snap). You upload the footage and a witness statement there, and a police officer decides what action to take.',
      cy: 'Yng Nghymru, mae fideo o yrru peryglus neu ddiofal yn mynd i GanBwyll (GoSafe), partneriaeth diogelwch y ffyrdd pedwar heddlu Cymru (Ymgyrch Snap). Rydych yn uwchlwytho’r fideo a datganiad tyst yno, ac mae swyddog heddlu yn penderfynu pa gamau i’w cymryd.',
    },
    {
      en: 'It is not for collisions: report a road traffic collision to us instead.',
      cy: 'Nid yw ar gyfer gwrthdrawiadau: rhowch wybod i ni am wrthdrawiad traffig ffordd yn lle hynny.',
    },
  ],
  haveReady: [
    {
      en: 'the original footage, not edited, with about a minute before and after what happened',
      cy: 'y fideo gwreiddiol, heb ei olygu, gyda thua munud cyn ac ar ôl yr hyn a ddigwyddodd',
    },
    {
      en: 'the registration number of the vehicle, and when and where it happened',
      cy: 'rhif cofrestru’r cerbyd, a phryd a ble digwyddodd',
    },
  ],
  alsoDo: [
    {
      en: 'Send it as soon as you can: for many driving offences the driver must be warned within 14 days.',
      cy: 'Anfonwch e cyn gynted ag y gallwch: ar gyfer llawer o droseddau gyrru, rhaid rhybuddio’r gyrrwr o fewn 14 diwrnod.',
    },
    {
      en: 'Do not post the footage on social media: it could harm a prosecution.',
      cy: 'Peidiwch â rhoi’r fideo ar y cyfryngau cymdeithasol: gallai niweidio erlyniad.',
    },
  ],
  link: {href: 'https://www.gosafe.org/', text: {en: 'Go to GoSafe', cy: 'Ewch i GanBwyll'}},
  callUsInstead: {
    en: 'Call 999 if someone is in danger now, or a driver you can see is a danger to others now.',
    cy: 'Ffoniwch 999 os yw rhywun mewn perygl nawr, neu os yw gyrrwr rydych yn ei weld yn berygl i eraill nawr.',
  },
  notes: [
    'GoSafe (GanBwyll) takes Operation Snap footage for all four Welsh forces since 21 December 2017; footage and a statement are uploaded on gosafe.org, a police officer decides: https://www.dyfed-powys.police.uk/cy/newyddion/datganiadau-ir-wasg/dim-unman-i-yrwyr-diofal-a-pheryglus-guddio-wrth-i-ymgyrch-snap-lansio-ledled-cymru/',
    'Welsh name "Ymgyrch Snap" (police usage): https://www.bbc.co.uk/cymrufyw/37674108',
    'Not for collisions; unedited footage, about a minute before and after: https://www.neighbourhoodalert.co.uk/Alerts/A/310376/{MESSAGE-SETTINGS}',
    'Off social media (CPS advice): https://www.norfolk.police.uk/contact-us/6-report-it/10-dashboard-camera/dashboard-camera-report-form-faqs',
    '14-day notice of intended prosecution, Road Traffic Offenders Act 1988 s.1 (not for mobile phone offences, nor where there was an accident): https://roadlawbarristers.co.uk/when-is-a-notice-of-intended-prosecution-required/',
  ],
};
