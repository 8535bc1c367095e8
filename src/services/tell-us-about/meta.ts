import type {ServiceMeta} from '../../engine/service-meta.js';

export const meta: ServiceMeta = {
  id: 'tell-us-about',
  title: {
    en: 'Tell us about something you have seen or heard',
    cy: 'Dywedwch wrthym am rywbeth rydych wedi’i weld neu ei glywed',
  },
  summary: {
    en: 'Information about drugs, someone at risk, a wanted person or an appeal. You can stay anonymous. Not for emergencies.',
    cy: 'Gwybodaeth am gyffuriau, rhywun a allai fod mewn perygl, person y mae’r heddlu’n chwilio amdano neu apêl. Gallwch aros yn ddienw. Nid ar gyfer argyfyngau.',
  },
  availability: 'full',
  order: 15,
  group: 'report',
};
