import type {ServiceMeta} from '../../engine/service-meta.js';

export const meta: ServiceMeta = {
  id: 'dash-cam',
  title: {
    en: 'Send us dash-cam or helmet-cam footage of bad driving',
    cy: 'Anfon fideo camera dash neu gamera helmed o yrru gwael atom',
  },
  summary: {
    en: 'Operation Snap: footage of a driving offence you saw, if you are prepared to be a witness.',
    cy: 'Ymgyrch Snap: fideo o drosedd yrru a welsoch, os ydych yn barod i fod yn dyst.',
  },
  availability: 'full',
  order: 14,
  group: 'report',
};
