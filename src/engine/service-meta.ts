import type {Availability} from '../forces/service-offers.js';
import type {Bilingual} from './definition.js';

/** The parts of a force's list of services (see `ServiceMeta.group`). */
export type ServiceGroup = 'report' | 'request' | 'feedback';

/**
 * What a force's "report it online" list needs to know of a service,
 * without loading it: each service folder's meta.ts exports one.
 */
export interface ServiceMeta {
  id: string;
  title: Bilingual;
  /** One line under the title: what the service is for. */
  summary: Bilingual;
  /** Which forces offer it. */
  availability: Availability;
  /** Where it comes in a force's list: the most used first (a crime report is 1). */
  order: number;
  /**
   * Which part of the list, as Single Online Home groups its services: `report` (Report), `request` (Apply, register
   * or request) or `feedback` (Complaints and compliments).
   */
  group: ServiceGroup;
}
