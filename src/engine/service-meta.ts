import type {Availability} from '../forces/service-offers.js';
import type {Bilingual} from './definition.js';

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
}
