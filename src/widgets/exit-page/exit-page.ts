import {html, type TemplateResult} from 'lit';
import {property, query, state} from 'lit/decorators.js';
import {str} from '@lit/localize';
import {baseStyles, SohElement} from '../../core/soh-element.js';
import {webAddress} from '../../core/safe-url.js';
import {clearEverythingStored} from '../../core/storage.js';
import {SohExitEvent, type ExitDetail} from './exit-event.js';
import {exitPageStyles} from './exit-page.styles.js';
import {TriplePress} from './triple-press.js';

const DEFAULT_EXIT_URL = 'https://www.bbc.co.uk/weather';

// A page may hold more than one exit control (the page's own and a form's):
// each covers its part at once, but only the first clears and navigates, so
// two navigations never race.
let pageIsLeaving = false;

/**
 * Lets a person leave the page at once when someone may be watching: the
 * control GOV.UK calls "Exit this page". Pressing it, pressing Shift three
 * times (each within 5 seconds of the last), or Escape where the page opts
 * in, covers the page at once, clears everything this library stored on the
 * device, and replaces the page with a neutral one, so Back does not return
 * to it.
 *
 * Put one on every page of a sensitive journey, first in the page.
 *
 * @summary A warning-styled control, and a Shift-Shift-Shift shortcut, that leave the page at once and clear what was stored.
 * @tag soh-exit-page
 *
 * @event soh-exit - The page is covered and storage cleared; the page is about to be replaced. `detail`: `{url, trigger}`. `preventDefault()` stops the navigation only.
 *
 * @csspart button - The exit control.
 * @csspart overlay - What covers the page while it is left.
 * @csspart config-problem - The message shown instead of the element when its configuration cannot work.
 *
 * @cssprop --soh-exit-page-background - The control's background. Falls back to `--soh-color-warning`.
 * @cssprop --soh-exit-page-background-hover - The control's background under the pointer. Falls back to `--soh-color-warning-hover`.
 * @cssprop --soh-exit-page-text - The control's text. Falls back to `--soh-color-on-warning`.
 * @cssprop --soh-exit-page-overlay - What covers the page while it is left. Falls back to `--soh-color-background`.
 *
 * @cssstate exiting - The page is being left.
 */
export class SohExitPage extends SohElement {
  static override styles = [baseStyles, exitPageStyles];

  /** The neutral page to go to. Only `http:` and `https:` addresses are used. */
  @property({attribute: 'exit-url'}) exitUrl = DEFAULT_EXIT_URL;

  /** Also leave when Escape is pressed (as some police sites do). Off by default, since Escape closes menus and dialogs. */
  @property({type: Boolean, reflect: true}) escape = false;

  /** What the screen-reader status says: presses remaining, expired, or leaving. */
  @state() private status = '';

  @query('dialog') private overlay!: HTMLDialogElement;

  private readonly internals = this.attachInternals();
  private lastKeyWasModified = false;
  private readonly shiftPresses = new TriplePress({
    onExpire: () => {
      this.status = this.i18n.msg('Exit this page expired.', {id: 'exit-page.expired'});
    },
  });

  override connectedCallback(): void {
    super.connectedCallback();
    // Capture phase on window: a page script that stops key events from
    // bubbling must not disable the shortcut.
    window.addEventListener('keyup', this.onKeyUp, {capture: true});
    window.addEventListener('keydown', this.onKeyDown, {capture: true});
    window.addEventListener('pageshow', this.onPageShow);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('keyup', this.onKeyUp, {capture: true});
    window.removeEventListener('keydown', this.onKeyDown, {capture: true});
    window.removeEventListener('pageshow', this.onPageShow);
    this.shiftPresses.reset();
  }

  /** Leaves the page now, as the control does. */
  exit(trigger: ExitDetail['trigger'] = 'click'): void {
    if (this.internals.states.has('exiting')) return;
    // Cover the page first: nothing of it may stay on screen while the rest runs.
    this.internals.states.add('exiting');
    if (this.overlay && !this.overlay.open) this.overlay.showModal();
    this.status = this.i18n.msg('Leaving this page.', {id: 'exit-page.leaving'});
    if (pageIsLeaving) return;
    pageIsLeaving = true;
    void clearEverythingStored();
    const url = this.safeExitUrl();
    if (this.emit(new SohExitEvent({url, trigger}))) {
      // replace(), not assign(): the page leaves the session history.
      location.replace(url);
    } else {
      // The page stays (a single-page app routes itself): a later exit must
      // work again, but not the other controls' handling of this same key press.
      setTimeout(() => (pageIsLeaving = false));
    }
  }

  protected renderContent(): TemplateResult {
    const {msg} = this.i18n;
    return html`<div class="exit-page">
      <button type="button" class="button" part="button" @click=${() => this.exit('click')}>
        <span class="visually-hidden">${msg('Emergency', {id: 'exit-page.emergency'})}</span>
        ${msg('Exit this page', {id: 'exit-page.button'})}
      </button>
      <div class="visually-hidden" role="status">${this.status}</div>
      <dialog
        class="overlay"
        part="overlay"
        aria-label=${msg('Leaving this page.', {id: 'exit-page.leaving'})}
        @cancel=${(event: Event) => event.preventDefault()}
      ></dialog>
    </div>`;
  }

  private safeExitUrl(): string {
    return webAddress(this.exitUrl, '<soh-exit-page> exit-url')?.href ?? DEFAULT_EXIT_URL;
  }

  private readonly onKeyUp = (event: KeyboardEvent): void => {
    const shiftAlone =
      event.key === 'Shift' && !this.lastKeyWasModified && !event.ctrlKey && !event.altKey && !event.metaKey;
    // A Shift released after Shift+A was part of a shortcut or a capital letter, not a press of its own.
    this.lastKeyWasModified = event.shiftKey;
    if (!shiftAlone) {
      if (event.key !== 'Shift') this.shiftPresses.reset();
      return;
    }
    const remaining = this.shiftPresses.press();
    if (remaining === 0) {
      this.exit('shift');
      return;
    }
    const {msg} = this.i18n;
    // zero, one and two each stand for a single number in both languages, so
    // their messages write it out (Welsh says "unwaith", "ddwywaith").
    this.status = this.i18n.plural(remaining, {
      zero: () => msg('Shift, press 0 more times to exit.', {id: 'exit-page.presses-remaining.zero'}),
      one: () => msg('Shift, press 1 more time to exit.', {id: 'exit-page.presses-remaining.one'}),
      two: () => msg('Shift, press 2 more times to exit.', {id: 'exit-page.presses-remaining.two'}),
      few: () => msg(str`Shift, press ${remaining} more times to exit.`, {id: 'exit-page.presses-remaining.few'}),
      many: () => msg(str`Shift, press ${remaining} more times to exit.`, {id: 'exit-page.presses-remaining.many'}),
      other: () => msg(str`Shift, press ${remaining} more times to exit.`, {id: 'exit-page.presses-remaining.other'}),
    });
  };

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    if (this.escape && event.key === 'Escape' && !event.repeat && !event.defaultPrevented) this.exit('escape');
  };

  // Coming back with Back from the neutral page may restore this page from
  // the back/forward cache, still covered: show it again.
  private readonly onPageShow = (event: PageTransitionEvent): void => {
    if (!event.persisted) return;
    pageIsLeaving = false;
    this.internals.states.delete('exiting');
    this.overlay?.close();
    this.status = '';
  };
}
