import type {ServiceMeta} from '../../engine/service-meta.js';

export const meta: ServiceMeta = {
  id: 'road-traffic',
  title: {en: 'Report a road traffic collision', cy: 'Rhoi gwybod am wrthdrawiad traffig ffordd'},
  summary: {
    en: 'A collision you were involved in where details were not exchanged, or someone was hurt.',
    cy: 'Gwrthdrawiad roeddech yn rhan ohono lle na chyfnewidiwyd manylion, neu lle cafodd rhywun ei anafu.',
  },
  availability: 'core',
  order: 3,
  group: 'report',
};
