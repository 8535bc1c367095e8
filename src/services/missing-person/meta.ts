import type {ServiceMeta} from '../../engine/service-meta.js';

export const meta: ServiceMeta = {
  id: 'missing-person',
  title: {en: 'Report a missing person', cy: 'Rhoi gwybod am berson sydd ar goll'},
  summary: {
    en: 'Someone you know is missing and you are worried about them. You do not need to wait 24 hours.',
    cy: 'Mae rhywun rydych yn ei adnabod ar goll ac rydych yn poeni amdanynt. Nid oes angen i chi aros 24 awr.',
  },
  availability: 'full',
  order: 5,
  group: 'report',
};
