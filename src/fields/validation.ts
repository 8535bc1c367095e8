import {str} from '@lit/localize';
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

/** "Enter email address": the message for an empty required field when the form gives none of its own. */
export function enterMessage(label: string, msg: Msg): string {
  const lowered = label.charAt(0).toLowerCase() + label.slice(1);
  return msg(str`Enter ${lowered}`, {id: 'field.enter'});
}
