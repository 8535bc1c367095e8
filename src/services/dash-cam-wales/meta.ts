import type {ServiceMeta} from '../../engine/service-meta.js';

export const meta: ServiceMeta = {
  id: 'dash-cam-wales',
  title: {
    en: 'Send us dash-cam or helmet-cam footage of bad driving',
    cy: 'Anfon fideo camera dash neu gamera helmed o yrru gwael atom',
  },
  summary: {
    en: 'In Wales, footage of dangerous or careless driving goes to GoSafe. We tell you what to have ready.',
    cy: 'Yng Nghymru, mae fideo o yrru peryglus neu ddiofal yn mynd i GanBwyll. Rydym yn dweud wrthych beth i’w gael yn barod.',
  },
  // The Welsh forces switch it on in place of the dash-cam form (src/forces/service-offers.ts).
  availability: 'opt-in',
  order: 14,
  group: 'report',
};
