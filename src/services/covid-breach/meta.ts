import type {ServiceMeta} from '../../engine/service-meta.js';

export const meta: ServiceMeta = {
  id: 'covid-breach',
  title: {en: 'Report a COVID-19 breach', cy: 'Rhoi gwybod am dorri rheolau COVID-19'},
  summary: {
    en: 'A breach of public-health rules, where the force still takes these reports.',
    cy: 'Torri rheolau iechyd y cyhoedd, lle mae’r heddlu’n dal i dderbyn yr adroddiadau hyn.',
  },
  availability: 'opt-in',
  order: 7,
  group: 'report',
};
