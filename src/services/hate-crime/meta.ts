import type {ServiceMeta} from '../../engine/service-meta.js';

export const meta: ServiceMeta = {
  id: 'hate-crime',
  title: {en: 'Report a hate crime or incident', cy: 'Rhoi gwybod am drosedd neu ddigwyddiad casineb'},
  summary: {
    en: 'Something done to you or someone else because of hostility or prejudice towards who they are. You can report anonymously.',
    cy: 'Rhywbeth a wnaed i chi neu i rywun arall oherwydd gelyniaeth neu ragfarn tuag at bwy ydyn nhw. Gallwch roi gwybod yn ddienw.',
  },
  availability: 'core',
  order: 8,
  group: 'report',
};
