import {addressOnOneLine} from '../fields/address/address.js';
import type {Answers, Bilingual, Question, YesNoWords} from './definition.js';

export type Language = 'en' | 'cy';

/** Yes and no where a question gives no words of its own. */
export const YES_NO: YesNoWords = {yes: {en: 'Yes', cy: 'Ie'}, no: {en: 'No', cy: 'Na'}};

/**
 * An answer as a person reads it, in `language`: option labels rather than
 * codes, dates written out. Empty when not answered.
 */
export function formatAnswer(
  question: Question,
  value: Answers[string] | undefined,
  language: Language,
  pick: (text: Bilingual) => string,
): string {
  if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return '';
  if (typeof value === 'object' && !Array.isArray(value) && question.kind !== 'address') return '';
  switch (question.kind) {
    case 'radios':
    case 'checkboxes':
    case 'select': {
      const values = Array.isArray(value) ? value : [value as string];
      return values
        .map((one) => question.options.find((option) => option.value === one))
        .map((option, index) => (option ? pick(option.label) : values[index]))
        .join(', ');
    }
    case 'yes-no': {
      const words = question.answers ?? YES_NO;
      return value === 'yes' ? pick(words.yes) : value === 'no' ? pick(words.no) : String(value);
    }
    case 'date': {
      // A value that is not a date (a draft kept from another version of the definition) is shown as it is.
      const [year, month, day] = String(value).split('-').map(Number);
      if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return String(value);
      return new Intl.DateTimeFormat(language === 'cy' ? 'cy' : 'en-GB', {
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        timeZone: 'UTC',
      }).format(new Date(Date.UTC(year, month - 1, day)));
    }
    case 'address':
      return addressOnOneLine(value as Record<string, string>);
    case 'files':
      // The attachments of the files uploaded: their names.
      return Array.isArray(value)
        ? (value as ReadonlyArray<{fileName?: unknown}>).map((file) => String(file?.fileName ?? '')).join(', ')
        : '';
    default:
      return Array.isArray(value) ? value.join(', ') : String(value);
  }
}
