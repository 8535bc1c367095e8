import {str} from '@lit/localize';
import type {Msg} from '../../core/localize/translator.js';
import type {DateProblem} from './date-parts.js';

/** GOV.UK's messages for a date, about `subject` ("Date of birth", "The date it happened"). */
export function dateProblemMessage(problem: DateProblem, subject: string, msg: Msg): string {
  switch (problem.kind) {
    case 'year-digits':
      return msg('Year must include 4 numbers', {id: 'date.year-digits'});
    case 'not-real':
      return msg(str`${subject} must be a real date`, {id: 'date.not-real'});
    case 'not-past':
      return msg(str`${subject} must be today or in the past`, {id: 'date.not-past'});
    case 'missing': {
      const key = problem.parts.join('-');
      if (key === 'day') return msg(str`${subject} must include a day`, {id: 'date.missing.day'});
      if (key === 'month') return msg(str`${subject} must include a month`, {id: 'date.missing.month'});
      if (key === 'year') return msg(str`${subject} must include a year`, {id: 'date.missing.year'});
      if (key === 'day-month') return msg(str`${subject} must include a day and month`, {id: 'date.missing.day-month'});
      if (key === 'day-year') return msg(str`${subject} must include a day and year`, {id: 'date.missing.day-year'});
      return msg(str`${subject} must include a month and year`, {id: 'date.missing.month-year'});
    }
  }
}
