import type {ServiceMeta} from '../../engine/service-meta.js';

export const meta: ServiceMeta = {
  id: 'terrorism',
  title: {en: 'Report possible terrorism', cy: 'Rhoi gwybod am derfysgaeth bosibl'},
  summary: {
    en: 'Suspicious activity or behaviour, or extremist material online, goes to counter-terrorism police, in confidence.',
    cy: 'Mae gweithgarwch neu ymddygiad amheus, neu ddeunydd eithafol ar-lein, yn mynd at yr heddlu gwrthderfysgaeth, yn gyfrinachol.',
  },
  availability: 'core',
  order: 16,
  group: 'report',
};
