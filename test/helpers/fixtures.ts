import {nextFrame} from '@open-wc/testing';
import type {LitElement} from 'lit';

/** Waits until an element and every soh element inside its shadow root have rendered. */
export async function settled(element: LitElement): Promise<void> {
  await element.updateComplete;
  await nextFrame();
  await element.updateComplete;
}

/** Presses and releases a key on the page, as a keyboard does. */
export function pressKey(key: string, options: KeyboardEventInit = {}): void {
  const init = {key, bubbles: true, composed: true, ...options};
  document.body.dispatchEvent(new KeyboardEvent('keydown', init));
  document.body.dispatchEvent(new KeyboardEvent('keyup', {...init, shiftKey: key === 'Shift' ? false : init.shiftKey}));
}

/** The visible text of a shadow root, whitespace folded. */
export function shadowText(element: Element): string {
  return (element.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Waits for a condition the page reaches by itself (a lazy chunk, an answer from the sandbox), for at most `ms`. */
export async function until(check: () => unknown, ms = 5000): Promise<void> {
  const deadline = Date.now() + ms;
  // Awaited: a check may ask the sandbox (an async function's promise is always truthy).
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Still waiting after ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** What has focus, through shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
