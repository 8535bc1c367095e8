import {str} from '@lit/localize';
import type {LocaleController} from '../../core/localize/locale-controller.js';

/**
 * "You have 12 characters remaining" / "You have 3 characters too many", in
 * the field's language and plural. Every category is written out, since
 * Welsh uses all six.
 */
export function characterCountMessage(i18n: LocaleController, remaining: number): string {
  const {msg} = i18n;
  if (remaining >= 0) {
    const n = remaining;
    return i18n.plural(n, {
      zero: () => msg('You have 0 characters remaining', {id: 'character-count.remaining.zero'}),
      one: () => msg('You have 1 character remaining', {id: 'character-count.remaining.one'}),
      two: () => msg('You have 2 characters remaining', {id: 'character-count.remaining.two'}),
      few: () => msg(str`You have ${n} characters remaining`, {id: 'character-count.remaining.few'}),
      many: () => msg(str`You have ${n} characters remaining`, {id: 'character-count.remaining.many'}),
      other: () => msg(str`You have ${n} characters remaining`, {id: 'character-count.remaining.other'}),
    });
  }
  const over = -remaining;
  return i18n.plural(over, {
    zero: () => msg('You have 0 characters too many', {id: 'character-count.over.zero'}),
    one: () => msg('You have 1 character too many', {id: 'character-count.over.one'}),
    two: () => msg('You have 2 characters too many', {id: 'character-count.over.two'}),
    few: () => msg(str`You have ${over} characters too many`, {id: 'character-count.over.few'}),
    many: () => msg(str`You have ${over} characters too many`, {id: 'character-count.over.many'}),
    other: () => msg(str`You have ${over} characters too many`, {id: 'character-count.over.other'}),
  });
}
