import type {ServiceDefinition} from '../../engine/definition.js';
import {aboutYouPages} from './pages-about-you.js';
import {incidentPages} from './pages-incident.js';
import {peopleAndThingsPages} from './pages-people-and-things.js';
import {crimeSdm} from './sdm.js';

/**
 * The online crime report (docs/services.md): what happened, when, where, how
 * the person is involved, and how to reach them. Data only, its SDM mapping too (`sdm.ts`).
 */
export const crimeReport: ServiceDefinition = {
  id: 'crime',
  category: 'OCR',
  title: {en: 'Report a crime', cy: 'Rhoi gwybod am drosedd'},
  draft: 'session',
  whatHappensNext: {
    en: 'We will look at your report and contact you within 48 hours, usually with a crime reference number or to explain what we will do next.',
    cy: 'Byddwn yn edrych ar eich adroddiad ac yn cysylltu â chi o fewn 48 awr, fel arfer gyda rhif cyfeirnod trosedd neu i esbonio beth fyddwn yn ei wneud nesaf.',
  },
  pages: [...incidentPages, ...peopleAndThingsPages, ...aboutYouPages],
  sdm: crimeSdm,
};
