/**
 * What a journey asks of whoever answers the form: the person at the keyboard (`Keyboard`) or the finger on a
 * phone (`Finger`). Each answers the next question of its kind after the one last answered, as the page orders
 * them, so one journey reads the same for both.
 */
export interface Person {
  /** The next text box: typed into. */
  text(value: string): Promise<void>;
  /** Boxes in a row (day, month, year; hours, minutes), each typed into in turn. */
  parts(...values: string[]): Promise<void>;
  /** The next group of radios: its option at `option` (from 0). */
  radio(option: number): Promise<void>;
  /** The next checkbox: ticked. */
  checkbox(): Promise<void>;
  /** A postcode, found, and the first address found chosen. */
  address(postcode: string): Promise<void>;
  /** The next file box: a file chosen for it (bytes under `name`, or a file on disk). */
  file(name: string, content?: Buffer | {path: string}): Promise<void>;
  /** The button that says `text`. */
  pressButton(text: string): Promise<void>;
  /** The button that says `text`, then a wait until the page it moves to has taken focus. */
  nextPage(text: string): Promise<void>;
}
