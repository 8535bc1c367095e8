/**
 * The base of every custom event the library fires.
 *
 * Events bubble and are composed so that a host page can listen on any
 * ancestor, outside every shadow root. Their names start with `soh-`; native
 * names are kept for native behaviour (`input`, `change`).
 */
export class SohEvent<Detail = undefined> extends Event {
  readonly detail: Detail;

  constructor(type: `soh-${string}`, detail: Detail, options: {cancelable?: boolean} = {}) {
    super(type, {bubbles: true, composed: true, cancelable: options.cancelable ?? false});
    this.detail = detail;
  }
}
