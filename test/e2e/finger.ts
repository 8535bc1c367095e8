import {onDisk} from './chosen-files.js';
import {waitFor, waitForNewPageFocus, type TouchPage} from './engines/engine-page.js';
import type {Person} from './person.js';

/** A control a finger is after: the next one of a kind after the last touched, or a button by its words. */
type Wanted =
  {kind: 'text' | 'checkbox' | 'file' | 'select'} | {kind: 'radio'; option: number} | {kind: 'button'; text: string};

/** Where the wanted control is once scrolled to the middle of the screen, and whether a tap there reaches it. */
interface Located {
  found: boolean;
  x: number;
  y: number;
  width: number;
  height: number;
  reaches: boolean;
  /** What the control is, and what a tap at its middle would land on (for a failure's message). */
  what: string;
  hit: string;
  /** The control it was looked for after. */
  after: string;
}

/**
 * WCAG 2.2's target size (2.5.8, AA): anything tapped is at least 24 by 24 CSS pixels (a box or button smaller
 * than that is too hard to hit with a finger).
 */
const SMALLEST_TARGET = 24;

/**
 * Two taps this close together in time and place are one double tap to a phone, which selects a word or zooms
 * instead (in Chromium and Firefox, keys typed after it were lost): a person's taps on two boxes are further apart.
 */
const DOUBLE_TAP = {withinMs: 500, withinPx: 40};

/** How long a tap's click may take to arrive before the tap is taken as lost (a loaded CI machine is slow). */
const ANSWERED_WITHIN_MS = 5000;

/** How long a control must stay where it is before the finger comes down on it. */
const STILL_FOR_MS = 100;

/**
 * Runs in the page: finds the control a finger would touch next (in the order the page shows them, through
 * shadow roots, after the control last touched or the focus), scrolls it to the middle of the screen as a person
 * scrolls to it, and says where it is. The control is kept in `window.sohTouched` for the checks after the tap.
 */
function locate(wanted: Wanted & {again?: boolean}): Located {
  const deepActive = () => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return active;
  };
  const describe = (element: Element | null) =>
    element
      ? `${element.localName}${element.id ? `#${element.id}` : ''} in ${(element.getRootNode() as ShadowRoot).host?.localName ?? 'the page'} "${(element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 60)}"`
      : 'nothing';
  const everything: Element[] = [];
  // A tree walker, not `children`: a form's controls clobber its properties (a question named "children").
  const walk = (root: Node) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      everything.push(node as Element);
      if ((node as Element).shadowRoot) walk((node as Element).shadowRoot!);
    }
  };
  walk(document);
  const page = window as unknown as {sohTouched?: Element | null};
  const last = page.sohTouched?.isConnected ? page.sohTouched : deepActive();
  // After the last control, or from it for a list the page has just moved focus to (an address search's results).
  const after = everything.slice(last ? everything.indexOf(last) + (wanted.kind === 'select' ? 0 : 1) : 0);
  const shown = (element: Element) =>
    element.getClientRects().length > 0 &&
    !(element as HTMLInputElement).disabled &&
    getComputedStyle(element).visibility !== 'hidden';
  const input = (element: Element, ...types: string[]) =>
    element.localName === 'input' && types.includes((element as HTMLInputElement).type);
  const sameGroup = (one: Element, other: Element | null) =>
    other !== null &&
    input(other, 'radio') &&
    (one as HTMLInputElement).name === (other as HTMLInputElement).name &&
    one.getRootNode() === other.getRootNode();
  let target: Element | undefined;
  // The control found last, once more: scrolled back to the middle after the page moved it.
  if (wanted.again && page.sohTouched?.isConnected) target = page.sohTouched;
  else if (wanted.kind === 'button') {
    target = everything.find(
      (element) =>
        element.localName === 'button' &&
        (element.textContent ?? '').replace(/\s+/g, ' ').trim() === wanted.text &&
        shown(element),
    );
  } else if (wanted.kind === 'radio') {
    // The next group (not the one last touched), then its option.
    const first = after.find((element) => input(element, 'radio') && shown(element) && !sameGroup(element, last));
    if (first) target = everything.filter((element) => sameGroup(element, first))[wanted.option];
  } else {
    const kinds = {
      text: (element: Element) =>
        element.localName === 'textarea' ||
        (element.localName === 'input' &&
          !input(element, 'radio', 'checkbox', 'file', 'submit', 'button', 'hidden', 'reset', 'image')),
      checkbox: (element: Element) => input(element, 'checkbox'),
      file: (element: Element) => input(element, 'file'),
      select: (element: Element) => element.localName === 'select',
    };
    target = after.find((element) => kinds[wanted.kind](element) && shown(element));
  }
  if (!target)
    return {found: false, x: 0, y: 0, width: 0, height: 0, reaches: false, what: '', hit: '', after: describe(last)};
  target.scrollIntoView({block: 'center', inline: 'nearest', behavior: 'instant'});
  const box = target.getBoundingClientRect();
  const x = box.left + box.width / 2;
  const y = box.top + box.height / 2;
  let hit = document.elementFromPoint(x, y);
  while (hit?.shadowRoot) {
    const inner = hit.shadowRoot.elementFromPoint(x, y);
    if (!inner || inner === hit) break;
    hit = inner;
  }
  const reaches =
    hit === target ||
    (hit !== null && target.contains(hit)) ||
    (hit?.localName === 'label' && (hit as HTMLLabelElement).control === target);
  page.sohTouched = target;
  return {
    found: true,
    ...{x, y, width: box.width, height: box.height, reaches},
    ...{what: describe(target), hit: describe(hit), after: describe(last)},
  };
}

/**
 * A person on a phone: taps the control (scrolled to, as a thumb scrolls), types on the screen's keyboard into
 * the box that the tap focused, and taps the buttons. No Tab and no element handles: a journey that passes here
 * can be done by touch on a phone's screen. Everything tapped must be big enough to hit (WCAG 2.5.8) and not
 * covered by anything else at the point tapped.
 */
export class Finger implements Person {
  constructor(private readonly page: TouchPage) {}

  private lastTap = {x: -1000, y: -1000, at: 0};

  /** Waits, if need be, so that a tap at `point` is not taken with the last one for a double tap. */
  private async notADoubleTap(point: {x: number; y: number}): Promise<void> {
    const near = Math.hypot(point.x - this.lastTap.x, point.y - this.lastTap.y) < DOUBLE_TAP.withinPx;
    const wait = this.lastTap.at + DOUBLE_TAP.withinMs - Date.now();
    if (near && wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  }

  /** Where the control found last is on the screen now. */
  private touchedBox(): Promise<string> {
    return this.page.evaluate(() => {
      const box = (window as unknown as {sohTouched: Element}).sohTouched.getBoundingClientRect();
      return [box.x, box.y, box.width, box.height].map(Math.round).join(',');
    });
  }

  /**
   * Finds the wanted control and where to tap it, after checking a finger can hit it there. The page may still be
   * moving when it has been scrolled to (Firefox scrolls a focused box back into view, a list grows): a person's
   * finger waits for it to stop, so the tap waits until the control has stayed put for a moment, scrolling it back
   * to the middle if it moved.
   */
  private async reach(wanted: Wanted & {again?: boolean}): Promise<Located> {
    let at = await this.page.evaluate(locate, wanted);
    for (let look = 0; look < 10 && at.found; look++) {
      const before = await this.touchedBox();
      await new Promise((resolve) => setTimeout(resolve, STILL_FOR_MS));
      if ((await this.touchedBox()) === before) break;
      at = await this.page.evaluate(locate, {...wanted, again: true});
    }
    if (!at.found) throw new Error(`${this.page.engine}: no ${JSON.stringify(wanted)} after ${at.after}`);
    if (!at.reaches) throw new Error(`${this.page.engine}: a tap on ${at.what} would land on ${at.hit}`);
    if (Math.min(at.width, at.height) < SMALLEST_TARGET)
      throw new Error(
        `${this.page.engine}: ${at.what} is ${at.width}×${at.height} px, too small to tap (looked for after ${at.after})`,
      );
    return at;
  }

  /**
   * Taps the wanted control, and waits for the click the tap makes to reach it: a touch focuses a box before the
   * click that ends the gesture, and keys pressed in between were lost (Chromium).
   */
  private async touch(wanted: Wanted): Promise<void> {
    let at = await this.reach(wanted);
    await this.page.evaluate(() => {
      const page = window as unknown as {
        sohTouched: Element;
        sohClicked: boolean;
        sohClickedElsewhere?: string;
        sohHearsClicks?: boolean;
      };
      page.sohClicked = false;
      page.sohClickedElsewhere = undefined;
      if (page.sohHearsClicks) return;
      page.sohHearsClicks = true;
      const heard = (event: Event) => {
        if (event.composedPath().includes(page.sohTouched)) page.sohClicked = true;
        else page.sohClickedElsewhere = (event.composedPath()[0] as Element).outerHTML?.slice(0, 120);
      };
      addEventListener('click', heard, true);
    });
    for (let tap = 1; ; tap++) {
      await this.notADoubleTap(at);
      await this.page.tap(at.x, at.y);
      this.lastTap = {x: at.x, y: at.y, at: Date.now()};
      try {
        await waitFor(
          this.page,
          () => (window as unknown as {sohClicked: boolean}).sohClicked,
          undefined,
          ANSWERED_WITHIN_MS,
        );
        return;
      } catch (error) {
        const elsewhere = await this.page.evaluate(
          () => (window as unknown as {sohClickedElsewhere?: string}).sohClickedElsewhere,
        );
        // A tap that reached nothing, only a text box (which a tap just focuses), or only text (a paragraph, a
        // heading: nothing a click does anything to), is tapped again, once. A control, a label or anything with a role
        // is never harmless: that fails at once.
        const harmless =
          elsewhere === undefined ||
          /^<(textarea|input)\b(?![^>]*type="(radio|checkbox|file|submit|button)")/.test(elsewhere) ||
          /^<(p|h[1-6]|li|ul|ol|div|span|strong|em)\b(?![^>]*\b(role|tabindex|onclick)=)/.test(elsewhere);
        if (harmless && tap === 1) {
          // Seen in Firefox ESR at 320 px (missing person: the text box above Continue) and in Chromium at 320 px
          // (Clare's Law's first page in Welsh: a paragraph above Continue): the click of a tap on Continue landed on
          // what was above it, as if the page had moved under the finger after it was scrolled to and found still (no
          // scroll event; cause not found). A person taps again; said here so that a run shows how often it happens.
          console.warn(
            `${this.page.engine}: a tap on ${at.what} clicked ${elsewhere ?? 'nothing'}, so it is tapped again`,
          );
          at = await this.reach({...wanted, again: true});
          continue;
        }
        throw new Error(
          `${this.page.engine}: a tap on ${at.what} made no click on it (the click went to ${elsewhere ?? 'nothing'})`,
          {cause: error},
        );
      }
    }
  }

  /** Waits until the control just touched has focus (the screen's keyboard types into it then). */
  private focusedOnTouched(): Promise<void> {
    return waitFor(this.page, () => {
      let active = document.activeElement;
      while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
      return active !== null && active === (window as unknown as {sohTouched?: Element}).sohTouched;
    });
  }

  private async typeInto(value: string): Promise<void> {
    await this.touch({kind: 'text'});
    await this.focusedOnTouched();
    await this.page.type(value);
  }

  text(value: string): Promise<void> {
    return this.typeInto(value);
  }

  async parts(...values: string[]): Promise<void> {
    for (const value of values) await this.typeInto(value);
  }

  /** The option tapped is then chosen (a tap on a radio or checkbox changes it, whatever has focus). */
  private chosenTouched(): Promise<void> {
    return waitFor(this.page, () => (window as unknown as {sohTouched?: HTMLInputElement}).sohTouched?.checked);
  }

  async radio(option: number): Promise<void> {
    await this.touch({kind: 'radio', option});
    await this.chosenTouched();
  }

  async checkbox(): Promise<void> {
    await this.touch({kind: 'checkbox'});
    await this.chosenTouched();
  }

  /** The postcode, the screen keyboard's Go (Enter) to find it, then the first address found. */
  async address(postcode: string): Promise<void> {
    await this.typeInto(postcode);
    await this.page.press('Enter');
    await waitFor(this.page, () => {
      let active = document.activeElement;
      while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
      return active?.localName === 'select';
    });
    await this.page.evaluate(() => {
      (window as unknown as {sohTouched: Element | null}).sohTouched = null;
    });
    // The page has moved focus to the addresses found. A tap would open the browser's own picker, which no
    // automation reaches (Firefox's takes no keys from it): the list box is checked as any target is, and its first
    // address chosen as the picker's first row would choose it.
    await this.reach({kind: 'select'});
    await this.page.press('ArrowDown');
    await waitFor(this.page, () => (window as unknown as {sohTouched: HTMLSelectElement}).sohTouched.selectedIndex > 0);
  }

  /** Taps the file box, and chooses the file in the chooser the tap opens. */
  async file(name: string, content: Buffer | {path: string} = Buffer.from('evidence')): Promise<void> {
    const at = await this.reach({kind: 'file'});
    await this.notADoubleTap(at);
    await this.page.tapToChooseFile(at.x, at.y, 'path' in content ? content.path : onDisk(name, content));
    // Counted as any tap by the double-tap guard: the next control is scrolled to the same middle of the screen.
    this.lastTap = {x: at.x, y: at.y, at: Date.now()};
  }

  async pressButton(text: string): Promise<void> {
    await this.touch({kind: 'button', text});
  }

  /**
   * Taps a button that moves to another page (Continue), then waits until the new page has taken focus (its
   * heading, or the error summary); the next control is then looked for from there.
   */
  async nextPage(text: string): Promise<void> {
    await this.pressButton(text);
    await waitForNewPageFocus(this.page);
    await this.page.evaluate(() => {
      (window as unknown as {sohTouched: Element | null}).sohTouched = null;
    });
  }
}
