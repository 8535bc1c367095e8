import type {ServiceMeta} from '../../engine/service-meta.js';

export const meta: ServiceMeta = {
  id: 'feedback',
  title: {en: 'Make a complaint or give a compliment', cy: 'Gwneud cwyn neu roi canmoliaeth'},
  summary: {
    en: 'Tell us about something you are unhappy with, or thank an officer, a member of staff or a team.',
    cy: 'Dywedwch wrthym am rywbeth nad ydych yn hapus ag ef, neu diolchwch i swyddog, aelod o staff neu dîm.',
  },
  availability: 'full',
  order: 19,
  group: 'feedback',
};
