import type {ServiceMeta} from '../../engine/service-meta.js';

export const meta: ServiceMeta = {
  id: 'clares-law',
  title: {en: 'Ask for information under Clare’s Law', cy: 'Gofyn am wybodaeth o dan Gyfraith Clare'},
  summary: {
    en: 'Ask whether a partner or ex-partner, yours or someone else’s, has a history of abuse or violence. You can leave this site quickly at any time.',
    cy: 'Gofynnwch a oes gan bartner neu gyn-bartner, eich un chi neu un rhywun arall, hanes o gam-drin neu drais. Gallwch adael y wefan hon yn gyflym ar unrhyw adeg.',
  },
  availability: 'full',
  order: 17,
  group: 'request',
};
