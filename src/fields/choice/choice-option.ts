/** One answer a person can choose. `value` is what is submitted: a code, never display text. */
export interface ChoiceOption {
  value: string;
  label: string;
  hint?: string;
}
