import {onDisk} from './chosen-files.js';
import {waitFor, waitForNewPageFocus, type EnginePage} from './engines/engine-page.js';
import type {Person} from './person.js';

/** What has focus, through shadow roots: its tag, type and text. */
export interface Focus {
  tag: string;
  type: string;
  text: string;
}

export const button = (text: string) => (at: Focus) => at.tag === 'button' && at.text === text;
export const ofType = (type: string) => (at: Focus) => at.type === type;
export const textBox = (at: Focus) =>
  at.tag === 'textarea' || (at.tag === 'input' && !['radio', 'checkbox', 'file'].includes(at.type));

/**
 * A person at the keyboard: Tab to a control, then the keys a person would
 * press. No clicks and no element handles, so a journey that passes here
 * can be done with the keyboard alone, in whichever engine drives the page.
 */
export class Keyboard implements Person {
  constructor(private readonly page: EnginePage) {}

  focused(): Promise<Focus> {
    return this.page.evaluate(() => {
      let active = document.activeElement;
      while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
      return {
        tag: active?.localName ?? '',
        type: active?.getAttribute('type') ?? '',
        text: (active?.textContent ?? '').replace(/\s+/g, ' ').trim(),
      };
    });
  }

  /** Presses Tab until focus is on what `matches` wants (at most 40 times). */
  async tabTo(matches: (at: Focus) => boolean): Promise<void> {
    for (let press = 0; press < 40; press++) {
      await this.page.press('Tab');
      if (matches(await this.focused())) return;
    }
    const questions = await this.page.evaluate(() =>
      [...(document.querySelector('soh-report-form')?.shadowRoot?.querySelectorAll('[data-question]') ?? [])].map(
        (field) => field.getAttribute('data-question'),
      ),
    );
    throw new Error(
      `Tab never reached the control; focus is on ${JSON.stringify(await this.focused())}; the form asks ${questions.join(', ')}`,
    );
  }

  press(key: string): Promise<void> {
    return this.page.press(key);
  }

  type(text: string): Promise<void> {
    return this.page.type(text);
  }

  async pressButton(text: string): Promise<void> {
    await this.tabTo(button(text));
    await this.press('Enter');
  }

  /**
   * Presses a button that moves to another page (Continue), then waits, as a
   * person would, until the new page has taken focus (its heading, or the
   * error summary): keys pressed before then would land on the old page.
   */
  async nextPage(text: string): Promise<void> {
    await this.pressButton(text);
    await waitForNewPageFocus(this.page);
  }

  /** The next group of radios: the first option with Space, a later one with the down arrow. */
  async radio(option: number): Promise<void> {
    await this.tabTo(ofType('radio'));
    if (option === 0) await this.press('Space');
    for (let press = 0; press < option; press++) await this.press('ArrowDown');
  }

  async checkbox(): Promise<void> {
    await this.tabTo(ofType('checkbox'));
    await this.press('Space');
  }

  async text(value: string): Promise<void> {
    await this.tabTo(textBox);
    await this.type(value);
  }

  /** Boxes in a row (day, month, year; hours, minutes): each part, then Tab. */
  async parts(...values: string[]): Promise<void> {
    await this.tabTo(textBox);
    for (const [index, value] of values.entries()) {
      if (index > 0) await this.press('Tab');
      await this.type(value);
    }
  }

  /** A postcode, Enter to find it, and the first address found. */
  async address(postcode: string): Promise<void> {
    await this.text(postcode);
    await this.press('Enter');
    await waitFor(this.page, () => {
      let active = document.activeElement;
      while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
      return active?.localName === 'select';
    });
    await this.press('ArrowDown');
  }

  /**
   * A file chosen for the file box, as from the keyboard (Tab to it, then the chooser; see
   * `EnginePage.chooseFile`): bytes, under the name given, or a file on disk.
   */
  async file(name: string, content: Buffer | {path: string} = Buffer.from('evidence')): Promise<void> {
    await this.tabTo(ofType('file'));
    await this.page.chooseFile('path' in content ? content.path : onDisk(name, content));
  }
}
