import type {ServiceMeta} from '../../engine/service-meta.js';

export const meta: ServiceMeta = {
  id: 'crime',
  title: {en: 'Report a crime', cy: 'Rhoi gwybod am drosedd'},
  summary: {
    en: 'Tell us about a crime that has happened, to you or to someone else.',
    cy: 'Dywedwch wrthym am drosedd sydd wedi digwydd, i chi neu i rywun arall.',
  },
  availability: 'core',
  order: 1,
  group: 'report',
};
