import type {ServiceMeta} from '../../engine/service-meta.js';

export const meta: ServiceMeta = {
  id: 'fraud',
  title: {en: 'Report fraud or cyber crime', cy: 'Rhoi gwybod am dwyll neu seiberdroseddu'},
  summary: {
    en: 'Scams, fraud and online crime go to Report Fraud, the national service. We tell you what to have ready.',
    cy: 'Mae sgamiau, twyll a throseddau ar-lein yn mynd i Report Fraud, y gwasanaeth cenedlaethol. Rydym yn dweud wrthych beth i’w gael yn barod.',
  },
  availability: 'core',
  order: 11,
  group: 'report',
};
