import {addressOnOneLine} from '../fields/address/address.js';
import type {Answers, Bilingual, Question} from './definition.js';

export type Language = 'en' | 'cy';

const YES_NO: Record<string, Bilingual> = {
  yes: {en: 'Yes', cy: 'Oes'},
  no: {en: 'No', cy: 'Nac oes'},
};

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
    case 'checkboxes': {
      const values = Array.isArray(value) ? value : [value as string];
      return values
        .map((one) => question.options.find((option) => option.value === one))
        .map((option, index) => (option ? pick(option.label) : values[index]))
        .join(', ');
    }
    case 'yes-no':
      return YES_NO[value as string] ? pick(YES_NO[value as string]) : String(value);
    case 'date': {
      const [year, month, day] = String(value).split('-').map(Number);
      return new Intl.DateTimeFormat(language === 'cy' ? 'cy' : 'en-GB', {
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        timeZone: 'UTC',
      }).format(new Date(Date.UTC(year, month - 1, day)));
    }
    case 'address':
      return addressOnOneLine(value as Record<string, string>);
    default:
      return Array.isArray(value) ? value.join(', ') : String(value);
  }
}
