import type {ServiceMeta} from '../../engine/service-meta.js';

export const meta: ServiceMeta = {
  id: 'found-property',
  title: {en: 'Report found property', cy: 'Rhoi gwybod am eiddo rydych wedi dod o hyd iddo'},
  summary: {
    en: 'Something you found in a public place that the police still take, and what to do if you have lost something.',
    cy: 'Rhywbeth y daethoch o hyd iddo mewn man cyhoeddus y mae’r heddlu’n dal i’w dderbyn, a beth i’w wneud os ydych wedi colli rhywbeth.',
  },
  availability: 'core',
  order: 13,
  group: 'report',
};
