import type {ServiceMeta} from '../../engine/service-meta.js';

export const meta: ServiceMeta = {
  id: 'domestic-abuse',
  title: {en: 'Report domestic abuse', cy: 'Rhoi gwybod am gam-drin domestig'},
  summary: {
    en: 'Tell us about abuse by a partner, ex-partner or family member. You can leave this site quickly at any time.',
    cy: 'Dywedwch wrthym am gam-drin gan bartner, cyn-bartner neu aelod o’r teulu. Gallwch adael y wefan hon yn gyflym ar unrhyw adeg.',
  },
  availability: 'full',
  order: 4,
  group: 'report',
};
