import type {ReactiveController, ReactiveControllerHost} from 'lit';

type Found = HTMLElement | null | undefined;

/**
 * Finds, in what the element has just rendered, the element to focus (or, for a part still loading, a promise of
 * it); or says to wait for a later render.
 */
export type FocusTarget = (root: HTMLElement | DocumentFragment) => Found | Promise<Found> | 'wait';

/**
 * Moves focus once an element has rendered what changed: the new page's heading, the error summary, what went
 * wrong. A screen-reader user then hears the new content, and a keyboard user carries on from it. Ask with
 * `request`; the target is looked for after the next update (or a later one, while it answers 'wait'). Only the
 * latest request is carried out.
 */
export class FocusAfterUpdate implements ReactiveController {
  private pending?: FocusTarget;
  private requests = 0;

  constructor(private readonly host: ReactiveControllerHost & {readonly renderRoot: HTMLElement | DocumentFragment}) {
    host.addController(this);
  }

  /** After the next update, focus what `target` finds. */
  request(target: FocusTarget): void {
    this.pending = target;
    this.requests++;
    this.host.requestUpdate();
  }

  hostUpdated(): void {
    const found = this.pending?.(this.host.renderRoot);
    if (found === 'wait') return;
    this.pending = undefined;
    if (!(found instanceof Promise)) return focusOn(found);
    const request = this.requests;
    void found.then((element) => request === this.requests && focusOn(element));
  }
}

function focusOn(element: Found): void {
  element?.focus();
  element?.scrollIntoView({block: 'nearest'});
}
