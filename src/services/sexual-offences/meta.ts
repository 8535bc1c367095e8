import type {ServiceMeta} from '../../engine/service-meta.js';

export const meta: ServiceMeta = {
  id: 'sexual-offences',
  title: {
    en: 'Report rape, sexual assault or other sexual offences',
    cy: 'Rhoi gwybod am dreisio, ymosodiad rhywiol neu droseddau rhywiol eraill',
  },
  summary: {
    en: 'For yourself, for someone else or as a witness, with your name or anonymously. You can leave this site quickly at any time.',
    cy: 'Drosoch chi eich hun, ar ran rhywun arall neu fel tyst, gyda’ch enw neu’n ddienw. Gallwch adael y wefan hon yn gyflym ar unrhyw adeg.',
  },
  availability: 'full',
  order: 9,
  group: 'report',
};
