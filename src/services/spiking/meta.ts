import type {ServiceMeta} from '../../engine/service-meta.js';

export const meta: ServiceMeta = {
  id: 'spiking',
  title: {en: 'Report spiking', cy: 'Rhoi gwybod am sbeicio'},
  summary: {
    en: 'Drugs or alcohol given to you or someone else without their knowledge, or someone you saw spiking people.',
    cy: 'Cyffuriau neu alcohol a roddwyd i chi neu i rywun arall heb yn wybod iddynt, neu rywun a welsoch yn sbeicio pobl.',
  },
  availability: 'full',
  order: 10,
  group: 'report',
};
