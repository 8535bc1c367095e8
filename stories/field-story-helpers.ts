import {expect, waitFor} from 'storybook/test';

/** Submits a story's form so its field shows its error, as after pressing Continue. */
export async function submitAndShowError(canvasElement: HTMLElement, tag: string): Promise<void> {
  const field = canvasElement.querySelector(tag) as HTMLElement & {updateComplete: Promise<unknown>};
  await field.updateComplete;
  canvasElement.querySelector('form')!.requestSubmit();
  await waitFor(() => expect(field.shadowRoot!.querySelector('[part="error-message"]')).toBeTruthy());
}

/** Keeps a story's form on the page. */
export function stayOnPage(event: Event): void {
  event.preventDefault();
}
