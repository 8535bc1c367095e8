import {sourceText, type Msg} from './translator.js';

/**
 * The pseudo-locale `en-XA`, for tests and for designers in Storybook: every
 * message comes out accented and about a third longer, in brackets. Text that
 * stays plain was never passed through `msg()`; text cut short at either end
 * shows a layout that cannot take a longer translation.
 */
const ACCENTED: Record<string, string> = {
  a: 'å',
  b: 'ƀ',
  c: 'ç',
  d: 'ð',
  e: 'é',
  f: 'ƒ',
  g: 'ĝ',
  h: 'ĥ',
  i: 'î',
  j: 'ĵ',
  k: 'ķ',
  l: 'ļ',
  m: 'ɱ',
  n: 'ñ',
  o: 'ö',
  p: 'þ',
  q: 'ǫ',
  r: 'ŕ',
  s: 'š',
  t: 'ţ',
  u: 'û',
  v: 'ṽ',
  w: 'ŵ',
  x: 'ẋ',
  y: 'ý',
  z: 'ž',
  A: 'Å',
  B: 'Ɓ',
  C: 'Ç',
  D: 'Ð',
  E: 'É',
  F: 'Ƒ',
  G: 'Ĝ',
  H: 'Ĥ',
  I: 'Î',
  J: 'Ĵ',
  K: 'Ķ',
  L: 'Ļ',
  M: 'Ṁ',
  N: 'Ñ',
  O: 'Ö',
  P: 'Þ',
  Q: 'Ǫ',
  R: 'Ŕ',
  S: 'Š',
  T: 'Ţ',
  U: 'Û',
  V: 'Ṽ',
  W: 'Ŵ',
  X: 'Ẋ',
  Y: 'Ý',
  Z: 'Ž',
};

export function pseudoLocalize(text: string): string {
  const accented = [...text].map((character) => ACCENTED[character] ?? character).join('');
  const padding = '·'.repeat(Math.ceil(text.length / 3));
  return `[${accented}${padding}]`;
}

export const pseudoMsg: Msg = (template) => pseudoLocalize(sourceText(template));
