import type {QuestionKind, ServiceDefinition} from './definition.js';

/**
 * Each kind of question's field, loaded when a service that asks it loads:
 * the first page (the emergency question) needs only yes/no, so the other
 * fields stay out of the first download.
 */
const loaders: Readonly<Record<QuestionKind, () => Promise<unknown>>> = {
  text: () => import('../fields/text-field/soh-text-field.js'),
  email: () => import('../fields/text-field/soh-text-field.js'),
  tel: () => import('../fields/text-field/soh-text-field.js'),
  textarea: () => import('../fields/textarea/soh-textarea.js'),
  radios: () => import('../fields/choice/soh-radios.js'),
  checkboxes: () => import('../fields/choice/soh-checkboxes.js'),
  'yes-no': () => import('../fields/choice/soh-yes-no.js'),
  select: () => import('../fields/select/soh-select.js'),
  date: () => import('../fields/date-input/soh-date-input.js'),
  time: () => import('../fields/time-input/soh-time-input.js'),
  address: () => import('../fields/address/soh-address.js'),
  files: () => import('../fields/media-upload/soh-media-upload.js'),
};

/** The kinds of question a service asks (add-another items included), each once. */
export function kindsAskedBy(service: ServiceDefinition): QuestionKind[] {
  return [...new Set(service.pages.flatMap((page) => page.questions.map((question) => question.kind)))];
}

/** Loads the fields for these kinds of question. */
export function loadFieldKinds(kinds: Iterable<QuestionKind>): Promise<unknown[]> {
  return Promise.all([...kinds].map((kind) => loaders[kind]()));
}

/** Loads the fields a service's questions use. */
export function loadFieldsFor(service: ServiceDefinition): Promise<unknown[]> {
  return loadFieldKinds(kindsAskedBy(service));
}
