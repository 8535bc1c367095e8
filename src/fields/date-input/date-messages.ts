import {str} from '@lit/localize';
import type {Msg} from '../../core/localize/translator.js';
import type {DateProblem} from './date-parts.js';

/**
 * GOV.UK's messages for a date. Each is written whole twice: about `subject`
 * (the field's `error-label`, written by a person in the page's language:
 * "The date it happened", or in Welsh the words after "Rhaid", "i’r dyddiad y
 * digwyddodd"), and about "the date" when the page gave none. The label is
 * never pasted in: Welsh joins "i" to the article and mutates what follows.
 */
export function dateProblemMessage(problem: DateProblem, subject: string, msg: Msg): string {
  if (problem.kind === 'year-digits') return msg('Year must include 4 numbers', {id: 'date.year-digits'});
  return subject ? aboutSubject(problem, subject, msg) : aboutTheDate(problem, msg);
}

function aboutSubject(problem: Exclude<DateProblem, {kind: 'year-digits'}>, subject: string, msg: Msg): string {
  if (problem.kind === 'not-real') return msg(str`${subject} must be a real date`, {id: 'date.not-real'});
  if (problem.kind === 'not-past') return msg(str`${subject} must be today or in the past`, {id: 'date.not-past'});
  const key = problem.parts.join('-');
  if (key === 'day') return msg(str`${subject} must include a day`, {id: 'date.missing.day'});
  if (key === 'month') return msg(str`${subject} must include a month`, {id: 'date.missing.month'});
  if (key === 'year') return msg(str`${subject} must include a year`, {id: 'date.missing.year'});
  if (key === 'day-month') return msg(str`${subject} must include a day and month`, {id: 'date.missing.day-month'});
  if (key === 'day-year') return msg(str`${subject} must include a day and year`, {id: 'date.missing.day-year'});
  return msg(str`${subject} must include a month and year`, {id: 'date.missing.month-year'});
}

function aboutTheDate(problem: Exclude<DateProblem, {kind: 'year-digits'}>, msg: Msg): string {
  if (problem.kind === 'not-real') return msg('The date must be a real date', {id: 'date.the.not-real'});
  if (problem.kind === 'not-past') return msg('The date must be today or in the past', {id: 'date.the.not-past'});
  const key = problem.parts.join('-');
  if (key === 'day') return msg('The date must include a day', {id: 'date.the.missing.day'});
  if (key === 'month') return msg('The date must include a month', {id: 'date.the.missing.month'});
  if (key === 'year') return msg('The date must include a year', {id: 'date.the.missing.year'});
  if (key === 'day-month') return msg('The date must include a day and month', {id: 'date.the.missing.day-month'});
  if (key === 'day-year') return msg('The date must include a day and year', {id: 'date.the.missing.day-year'});
  return msg('The date must include a month and year', {id: 'date.the.missing.month-year'});
}
