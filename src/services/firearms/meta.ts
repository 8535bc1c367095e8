import type {ServiceMeta} from '../../engine/service-meta.js';

export const meta: ServiceMeta = {
  id: 'firearms',
  title: {en: 'Apply for a firearm or shotgun certificate', cy: 'Gwneud cais am dystysgrif arf tanio neu ddryll'},
  summary: {
    en: 'A new certificate, a renewal or a variation. You pay the fee online at the end.',
    cy: 'Tystysgrif newydd, adnewyddu neu amrywio. Rydych yn talu’r ffi ar-lein ar y diwedd.',
  },
  availability: 'full',
  order: 6,
  group: 'request',
};
