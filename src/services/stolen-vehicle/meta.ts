import type {ServiceMeta} from '../../engine/service-meta.js';

export const meta: ServiceMeta = {
  id: 'stolen-vehicle',
  title: {en: 'Report a lost or stolen vehicle', cy: 'Rhoi gwybod am gerbyd sydd ar goll neu wedi’i ddwyn'},
  summary: {
    en: 'A car, van or motorbike of yours that has been stolen or is missing.',
    cy: 'Car, fan neu feic modur sy’n eiddo i chi sydd wedi’i ddwyn neu sydd ar goll.',
  },
  availability: 'full',
  order: 12,
  group: 'report',
};
