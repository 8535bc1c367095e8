import type {YesNoWords} from './definition.js';

/**
 * Welsh has no one word for yes or no: the answer repeats the question's
 * verb. A yes-or-no question names the pair it needs:
 * "A welodd unrhyw un…?" → Do / Naddo; "Ydych chi…?" → Ydw / Nac ydw;
 * "Oes angen…?" → Oes / Nac oes; "Oedd cerbyd…?" → Oedd / Nac oedd;
 * "Ydy e’n dal i ddigwydd?" → Ydy / Nac ydy.
 */
export const welshAnswers = {
  do: {yes: {en: 'Yes', cy: 'Do'}, no: {en: 'No', cy: 'Naddo'}},
  ydw: {yes: {en: 'Yes', cy: 'Ydw'}, no: {en: 'No', cy: 'Nac ydw'}},
  oes: {yes: {en: 'Yes', cy: 'Oes'}, no: {en: 'No', cy: 'Nac oes'}},
  oedd: {yes: {en: 'Yes', cy: 'Oedd'}, no: {en: 'No', cy: 'Nac oedd'}},
  ydy: {yes: {en: 'Yes', cy: 'Ydy'}, no: {en: 'No', cy: 'Nac ydy'}},
} as const satisfies Record<string, YesNoWords>;
