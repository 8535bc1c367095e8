import type {ServiceMeta} from '../../engine/service-meta.js';

export const meta: ServiceMeta = {
  id: 'asb',
  title: {en: 'Report anti-social behaviour', cy: 'Rhoi gwybod am ymddygiad gwrthgymdeithasol'},
  summary: {
    en: 'Noise, nuisance, vandalism, intimidation or other behaviour that harms your area.',
    cy: 'Sŵn, niwsans, fandaliaeth, brawychu neu ymddygiad arall sy’n niweidio eich ardal.',
  },
  availability: 'core',
  order: 2,
  group: 'report',
};
