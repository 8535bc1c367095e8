import type {Msg} from '../core/localize/translator.js';

export interface Failure {
  /** The `ValidityState` flag it sets. */
  flag: keyof ValidityStateFlags;
  /** What to show, written as what to do: "Enter your email address". */
  message: string;
}

/** A check on a field's value: a failure, or nothing when the value is fine. */
export type Validator<Value> = (value: Value, msg: Msg) => Failure | undefined;

/** The first failure among the validators, or nothing. */
export function firstFailure<Value>(
  validators: ReadonlyArray<Validator<Value>>,
  value: Value,
  msg: Msg,
): Failure | undefined {
  for (const validator of validators) {
    const failure = validator(value, msg);
    if (failure) return failure;
  }
  return undefined;
}

/**
 * The message for an empty required field when the page gives none of its own (`required-message`, which should
 * say what to do about this question: "Enter your email address"). The label is not pasted in: "Rhowch" mutates
 * the word after it, so only a person can write it well, in each language.
 */
export function answerThisQuestion(msg: Msg): string {
  return msg('Answer this question', {id: 'field.answer-this-question'});
}
