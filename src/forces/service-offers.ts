import type {Bilingual} from '../engine/definition.js';
import type {ServiceMeta} from '../engine/service-meta.js';

/**
 * What each force offers online: the core services or the full set, any
 * opt-in services it switched on, how it words its non-emergency number, and
 * whether its elements speak Welsh where the page does not say its language.
 * A force not named here offers the full set with 101, in English by default.
 */
export interface ServiceOffer {
  set: 'core' | 'full';
  /** Opt-in services switched on (by service id). */
  optIn: ReadonlyArray<string>;
  nonEmergency: Bilingual;
  /**
   * Welsh where the page declares no language (no `lang` on the element, its
   * ancestors or the document). A page that says `lang="en"` still gets English.
   */
  welshDefault: boolean;
}

const call101: Bilingual = {
  en: 'For anything that is not an emergency, call 101.',
  cy: 'Am unrhyw beth nad yw’n argyfwng, ffoniwch 101.',
};

const overrides: Readonly<Record<string, Partial<ServiceOffer>>> = {
  btp: {
    set: 'core',
    nonEmergency: {
      en: 'For anything that is not an emergency, text 61016 or call 0800 40 50 40.',
      cy: 'Am unrhyw beth nad yw’n argyfwng, tecstiwch 61016 neu ffoniwch 0800 40 50 40.',
    },
  },
  'city-of-london': {set: 'core'},
  essex: {optIn: ['covid-breach']},
  'north-wales': {welshDefault: true},
};

export function offerFor(forceId: string): ServiceOffer {
  return {set: 'full', optIn: [], nonEmergency: call101, welshDefault: false, ...overrides[forceId]};
}

/** The services a force offers, from the whole catalogue, in catalogue order. */
export function servicesOffered(forceId: string, catalogue: ReadonlyArray<ServiceMeta>): ServiceMeta[] {
  const offer = offerFor(forceId);
  return catalogue.filter(
    (service) =>
      service.availability === 'core' ||
      (service.availability === 'full' && offer.set === 'full') ||
      (service.availability === 'opt-in' && offer.optIn.includes(service.id)),
  );
}
