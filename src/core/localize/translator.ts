import type {StrResult} from '@lit/localize';

/** A compiled catalogue, as `lit-localize build` writes it in runtime mode. */
export type Catalogue = Readonly<Record<string, string | StrResult>>;

export interface MsgOptions {
  /** A stable, project-wide id: translators and the XLIFF key on it. */
  id: string;
  /** Context for translators. */
  desc?: string;
}

/**
 * Looks a message up in one language. Every element holds its own, so two
 * elements on one page can speak two languages, and the library never calls
 * `configureLocalization()` (a page may call that once only, and a host page
 * that uses @lit/localize itself needs that call).
 *
 * The `_LIT_LOCALIZE_MSG_` brand is what lets `lit-localize extract` find our
 * calls and write them to the XLIFF files for translators.
 */
export type Msg = ((template: string | StrResult, options: MsgOptions) => string) & {
  _LIT_LOCALIZE_MSG_?: never;
};

function joinStringsAndValues(
  strings: ReadonlyArray<string>,
  values: ReadonlyArray<unknown>,
  order?: ReadonlyArray<unknown>,
): string {
  let joined = strings[0];
  for (let index = 1; index < strings.length; index++) {
    const valueIndex = order ? (order[index - 1] as number) : index - 1;
    joined += String(values[valueIndex]) + strings[index];
  }
  return joined;
}

/** Renders a source message as written: English. */
export function sourceText(template: string | StrResult): string {
  return typeof template === 'string' ? template : joinStringsAndValues(template.strings, template.values);
}

/** A `Msg` that answers from a catalogue, falling back to the English source. */
export function catalogueMsg(catalogue: Catalogue | undefined): Msg {
  return (template, {id}) => {
    const translated = catalogue?.[id];
    if (translated === undefined) return sourceText(template);
    if (typeof translated === 'string') return translated;
    // A translated `str` holds numbers in place of its expressions: the index
    // of the source value, since translation may reorder them.
    const values = typeof template === 'string' ? [] : template.values;
    return joinStringsAndValues(translated.strings, values, translated.values);
  };
}
