import {formatAnswer, type Language} from './answer-format.js';
import type {Answers, Bilingual, ItemAnswers, RepeatPage, ServiceDefinition} from './definition.js';
import {anyKey, itemsOf, pagesInJourney, questionsOnPage} from './journey.js';
import {itemStep} from './steps.js';

export interface SummaryRow {
  label: string;
  answer: string;
  /** Where its Change link leads. */
  at: string;
}

type Pick = (text: Bilingual) => string;

/** One item of an "add another", as a line: its answers, formatted, in order. */
export function describeItem(page: RepeatPage, item: ItemAnswers, language: Language, pick: Pick): string {
  return page.questions
    .map((question) => formatAnswer(question, item[question.id], language, pick))
    .filter(Boolean)
    .join('; ');
}

/** The answers as rows for check your answers and the plain-text copy. */
export function summaryRows(
  service: ServiceDefinition,
  answers: Answers,
  pick: Pick,
  language: Language,
): SummaryRow[] {
  return pagesInJourney(service, answers).flatMap((page): SummaryRow[] => {
    if (page.kind === 'repeat') {
      const any = answers[anyKey(page)];
      const first = {
        label: pick(page.ask),
        answer: any === 'yes' || any === 'no' ? pick(page.askAnswers[any]) : '',
        at: page.id,
      };
      if (any !== 'yes') return [first];
      return [
        first,
        ...itemsOf(page, answers).map((item, index) => ({
          label: `${pick(page.itemName)} ${index + 1}`,
          answer: describeItem(page, item, language, pick),
          at: itemStep(page.id, index),
        })),
      ];
    }
    return questionsOnPage(page, answers).map((question) => ({
      label: pick(question.summaryLabel ?? question.label),
      answer: formatAnswer(question, answers[question.id], language, pick),
      at: page.id,
    }));
  });
}
