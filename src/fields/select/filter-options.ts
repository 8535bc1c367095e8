import type {ChoiceOption} from '../choice/choice-option.js';

function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/**
 * The options that match what was typed, best first: those whose label
 * starts with it, then those with a word that starts with it, then those
 * that contain it anywhere. Accents and case do not matter ("ffon" finds
 * "Ffôn").
 */
export function filterOptions(options: ReadonlyArray<ChoiceOption>, typed: string): ChoiceOption[] {
  const query = fold(typed.trim());
  if (!query) return [...options];
  const ranked: Array<{option: ChoiceOption; rank: number}> = [];
  for (const option of options) {
    const label = fold(option.label);
    const rank = label.startsWith(query)
      ? 0
      : label.split(/[\s–-]+/).some((word) => word.startsWith(query))
        ? 1
        : label.includes(query)
          ? 2
          : -1;
    if (rank >= 0) ranked.push({option, rank});
  }
  return ranked.sort((a, b) => a.rank - b.rank).map(({option}) => option);
}
