import type {Answers, ItemAnswers, Page, RepeatPage, ServiceDefinition} from './definition.js';
import {answersInJourney, anyKey, itemsOf, nextPage, pagesInJourney, previousPage, questionsOnPage} from './journey.js';
import {CHECK, EMERGENCY, itemStep, listStep, parseStep} from './steps.js';

/**
 * Where Continue and Back lead: pure functions of the service, the answers
 * and the step, so the journey can be tested without a browser.
 */

export interface Moved {
  at: string;
  answers: Answers;
}

function findPage(service: ServiceDefinition, pageId: string): Page | undefined {
  return service.pages.find((page) => page.id === pageId);
}

/** Whether the journey starts with the emergency question: a report's does; an application or feedback is not about one. */
export function asksEmergency(service: Pick<ServiceDefinition, 'sends'>): boolean {
  return (service.sends ?? 'report') === 'report';
}

/**
 * Where a journey starts: the emergency question for a report; an
 * application (firearms licensing) is not about an emergency, so its first page.
 */
export function firstStep(service: ServiceDefinition, answers: Answers = {}): string {
  if (asksEmergency(service)) return EMERGENCY;
  return pagesInJourney(service, answers)[0]?.id ?? CHECK;
}

/**
 * Whether a step kept in a draft is one of this service's: a draft saved by another version of the definition (a
 * page renamed, a force's changed document) may name a page that is gone, and the form would have nothing to show.
 */
export function stepExists(service: ServiceDefinition, at: string): boolean {
  const step = parseStep(at);
  if (step.kind === 'emergency') return asksEmergency(service);
  if (step.kind === 'check' || step.kind === 'sent') return true;
  const page = service.pages.find((candidate) => candidate.id === step.pageId);
  return step.kind === 'page' ? page !== undefined : page?.kind === 'repeat';
}

/** Every required question on the path has an answer. */
export function journeyComplete(service: ServiceDefinition, answers: Answers): boolean {
  const kept = answersInJourney(service, answers);
  return pagesInJourney(service, answers).every((page) =>
    page.kind === 'repeat'
      ? kept[anyKey(page)] === 'no' || (kept[anyKey(page)] === 'yes' && itemsOf(page, answers).length > 0)
      : questionsOnPage(page, answers).every((question) => !question.required || kept[question.id] !== undefined),
  );
}

/** The step after a page is done: the next page, or check your answers when returning there. */
function after(service: ServiceDefinition, answers: Answers, pageId: string, returnToCheck: boolean): string {
  if (returnToCheck && journeyComplete(service, answers)) return CHECK;
  return nextPage(service, answers, pageId)?.id ?? CHECK;
}

function withoutKey(answers: Answers, key: string): Answers {
  const rest = {...answers};
  delete rest[key];
  return rest;
}

/**
 * Continue, once the page's fields are valid. `editing` holds the answers
 * about the item on an item page.
 */
export function continueFrom(
  service: ServiceDefinition,
  answers: Answers,
  at: string,
  options: {returnToCheck: boolean; editing: ItemAnswers},
): Moved {
  const step = parseStep(at);
  if (step.kind === 'emergency') return {at: pagesInJourney(service, answers)[0]?.id ?? CHECK, answers};
  if (step.kind !== 'page' && step.kind !== 'item' && step.kind !== 'list') return {at, answers};
  const page = findPage(service, step.pageId);
  if (!page) return {at: CHECK, answers};
  if (page.kind !== 'repeat') return {at: after(service, answers, page.id, options.returnToCheck), answers};

  const items = itemsOf(page, answers);
  if (step.kind === 'page') {
    if (answers[anyKey(page)] !== 'yes') return {at: after(service, answers, page.id, options.returnToCheck), answers};
    return {at: items.length > 0 ? listStep(page.id) : itemStep(page.id, 0), answers};
  }
  if (step.kind === 'item') {
    const updated = [...items];
    updated[step.index] = options.editing;
    return {at: listStep(page.id), answers: {...answers, [page.id]: updated}};
  }
  const another = answers[`${page.id}.another`];
  const rest = withoutKey(answers, `${page.id}.another`);
  if (another === 'yes' && items.length < page.max) return {at: itemStep(page.id, items.length), answers: rest};
  return {at: after(service, rest, page.id, options.returnToCheck), answers: rest};
}

/** Where a page is entered from behind: an "add another" with items opens at its list. */
function entry(page: RepeatPage | Page, answers: Answers): string {
  return page.kind === 'repeat' && itemsOf(page, answers).length > 0 ? listStep(page.id) : page.id;
}

/** Back, never losing an answer. */
export function backFrom(service: ServiceDefinition, answers: Answers, at: string): string {
  const step = parseStep(at);
  if (step.kind === 'check') {
    const last = pagesInJourney(service, answers).at(-1);
    return last ? entry(last, answers) : firstStep(service, answers);
  }
  if (step.kind === 'item') {
    const page = findPage(service, step.pageId);
    return page?.kind === 'repeat' && itemsOf(page, answers).length > 0 ? listStep(step.pageId) : step.pageId;
  }
  if (step.kind === 'list') return step.pageId;
  if (step.kind !== 'page') return firstStep(service, answers);
  const previous = previousPage(service, answers, step.pageId);
  return previous ? entry(previous, answers) : firstStep(service, answers);
}

/** Removes an item; with none left, the person is asked again whether there are any. */
export function removeItem(service: ServiceDefinition, answers: Answers, pageId: string, index: number): Moved {
  const page = findPage(service, pageId);
  if (page?.kind !== 'repeat') return {at: pageId, answers};
  const items = itemsOf(page, answers).filter((_item, position) => position !== index);
  if (items.length > 0) return {at: listStep(pageId), answers: {...answers, [pageId]: items}};
  return {at: pageId, answers: withoutKey({...answers, [pageId]: []}, anyKey(page))};
}
