/**
 * Which forces offer a service: `core`, every force; `full`, forces offering the full set; `opt-in`, only forces
 * that switch it on (COVID-19 breaches). Each service's meta.ts says which.
 */
export type Availability = 'core' | 'full' | 'opt-in';

/** English and Welsh (the engine's `Bilingual`; this table of data imports nothing). */
type Bilingual = {en: string; cy: string};

/**
 * What each force offers online: the core services or the full set, any
 * opt-in services it switched on, and how it words its non-emergency number.
 * A force not named here offers the full set with 101. (Which forces speak
 * Welsh by default: welsh-by-default.ts.)
 */
export interface ServiceOffer {
  set: 'core' | 'full';
  /** Opt-in services switched on (by service id). */
  optIn: ReadonlyArray<string>;
  /** Services of its set it does not offer, because it takes them another way (by service id). */
  without: ReadonlyArray<string>;
  nonEmergency: Bilingual;
}

const call101: Bilingual = {
  en: 'For anything that is not an emergency, call 101.',
  cy: 'Am unrhyw beth nad yw’n argyfwng, ffoniwch 101.',
};

/** Dash-cam footage handed off to GoSafe in place of the form. */
const welshDashCam: Partial<ServiceOffer> = {optIn: ['dash-cam-wales'], without: ['dash-cam']};

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
  // The four Welsh forces take dash-cam footage through GoSafe, not a form of their own (docs/catalogue-research.md).
  'dyfed-powys': welshDashCam,
  gwent: welshDashCam,
  'north-wales': welshDashCam,
  'south-wales': welshDashCam,
};

export function offerFor(forceId: string): ServiceOffer {
  return {set: 'full', optIn: [], without: [], nonEmergency: call101, ...overrides[forceId]};
}

/** The services a force offers, from the whole catalogue, in catalogue order. */
export function servicesOffered<Service extends {id: string; availability: Availability}>(
  forceId: string,
  catalogue: ReadonlyArray<Service>,
): Service[] {
  const offer = offerFor(forceId);
  return catalogue.filter(
    (service) =>
      !offer.without.includes(service.id) &&
      (service.availability === 'core' ||
        (service.availability === 'full' && offer.set === 'full') ||
        (service.availability === 'opt-in' && offer.optIn.includes(service.id))),
  );
}
