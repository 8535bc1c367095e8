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
  /**
   * `core`: offered by every force; `full`: by forces offering the full set;
   * `opt-in`: only by forces that switch it on (COVID-19 breaches).
   */
  availability: 'core' | 'full' | 'opt-in';
  /** Where it comes in a force's list: the most used first (a crime report is 1). */
  order: number;
}
