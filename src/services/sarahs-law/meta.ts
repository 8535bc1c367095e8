import type {ServiceMeta} from '../../engine/service-meta.js';

export const meta: ServiceMeta = {
  id: 'sarahs-law',
  title: {en: 'Ask for information under Sarah’s Law', cy: 'Gofyn am wybodaeth o dan Gyfraith Sarah'},
  summary: {
    en: 'Ask whether someone who has contact with a child may put them at risk. You can leave this site quickly at any time.',
    cy: 'Gofynnwch a allai rhywun sydd mewn cysylltiad â phlentyn ei roi mewn perygl. Gallwch adael y wefan hon yn gyflym ar unrhyw adeg.',
  },
  availability: 'full',
  order: 18,
  group: 'request',
};
