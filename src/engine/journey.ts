import {holds} from './conditions.js';
import type {Answers, ItemAnswers, Page, Question, RepeatPage, ServiceDefinition} from './definition.js';

/** What decides a journey's path: the pages, and when the report is anonymous. */
export type Path = Pick<ServiceDefinition, 'pages' | 'anonymous'>;

/** Whether the report is anonymous: the person chose not to give their details (see `ServiceDefinition.anonymous`). */
export function isAnonymous(service: Pick<ServiceDefinition, 'anonymous'>, answers: Answers): boolean {
  return service.anonymous !== undefined && holds(service.anonymous, answers);
}

/** The pages that apply, given the answers so far, in order: in an anonymous report, none about the person. */
export function pagesInJourney(service: Path, answers: Answers): Page[] {
  const anonymous = isAnonymous(service, answers);
  return service.pages.filter(
    (page) => holds(page.when, answers) && !(anonymous && page.kind !== 'repeat' && page.personal),
  );
}

/** The questions of a page that apply (for an "add another", those asked of each item). */
export function questionsOnPage(page: Page, answers: Answers): Question[] {
  return page.questions.filter((question) => holds(question.when, answers));
}

/** The items of an "add another" page so far. */
export function itemsOf(page: RepeatPage, answers: Answers): ReadonlyArray<ItemAnswers> {
  const items = answers[page.id];
  return Array.isArray(items) ? (items as ReadonlyArray<ItemAnswers>) : [];
}

/** The key of an "add another" page's first question: are there any? */
export function anyKey(page: RepeatPage): string {
  return `${page.id}.any`;
}

/** The page after `pageId`, or undefined when the next step is checking the answers. */
export function nextPage(service: ServiceDefinition, answers: Answers, pageId: string): Page | undefined {
  const pages = pagesInJourney(service, answers);
  const index = pages.findIndex((page) => page.id === pageId);
  return pages[index + 1];
}

/** The page before `pageId`, or undefined on the first. */
export function previousPage(service: ServiceDefinition, answers: Answers, pageId: string): Page | undefined {
  const pages = pagesInJourney(service, answers);
  const index = pages.findIndex((page) => page.id === pageId);
  return index > 0 ? pages[index - 1] : undefined;
}

/**
 * The answers that count: those to questions still in the journey. An answer
 * left behind by a changed path (a witness's details after the person said
 * they were the victim) is neither shown nor sent.
 */
export function answersInJourney(service: Path, answers: Answers): Record<string, Answers[string]> {
  const kept: Record<string, Answers[string]> = {};
  for (const page of pagesInJourney(service, answers)) {
    if (page.kind === 'repeat') {
      const any = answers[anyKey(page)];
      if (any !== undefined) kept[anyKey(page)] = any;
      if (any === 'yes') kept[page.id] = itemsOf(page, answers);
      continue;
    }
    for (const question of questionsOnPage(page, answers)) {
      if (answers[question.id] !== undefined) kept[question.id] = answers[question.id];
    }
  }
  return kept;
}
