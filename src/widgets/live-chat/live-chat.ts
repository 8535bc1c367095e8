import {findLanguage} from '../../core/localize/find-language.js';
import {loadMsg, matchLocale} from '../../core/localize/locales.js';
import {
  colorBrand,
  colorFocus,
  colorFocusIndicator,
  colorFocusText,
  colorOnBrand,
  fontFamily,
  fontSizeBody,
  fontWeightBold,
  space2,
  space3,
} from '../../generated/token-values.js';
import {readChatSession} from './chat-session.js';

/** What the panel (loaded on the first click) needs from its launcher. */
export interface ChatLauncher {
  /** The panel was minimised: show the launcher again and give it focus. */
  minimised(): void;
  /** Unread messages while minimised, and how to say it ("2 new messages"). */
  unread(count: number, label: string): void;
}

const styles = new CSSStyleSheet();
styles.replaceSync(`
:host { display: inline-block; font-family: ${fontFamily}; font-size: ${fontSizeBody}; }
:host([hidden]) { display: none; }
button { display: inline-flex; gap: ${space2}; align-items: center; min-height: 44px; padding: ${space2} ${space3};
  border: 2px solid transparent; border-radius: 0; background: ${colorBrand}; color: ${colorOnBrand};
  font: inherit; font-weight: ${fontWeightBold}; cursor: pointer; }
button:focus-visible { outline: 3px solid transparent; background: ${colorFocus}; color: ${colorFocusText}; box-shadow: 0 4px 0 ${colorFocusIndicator}; }
button[hidden] { display: none; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
.unread { min-width: 1.5em; padding: 0 0.4em; border-radius: 1em; background: ${colorOnBrand}; color: ${colorBrand}; text-align: center; }
@media (forced-colors: active) { button { border-color: ButtonText; } .unread { border: 1px solid; } }
`);

/**
 * Live chat with the force's contact centre. The page holds only this
 * launcher (a button, under 3 kB); the chat itself loads on the first
 * click, and at once when the person is already in a chat (after a reload,
 * or on another page of the same site), so the chat carries on.
 *
 * Before the chat it asks whether anyone is in danger now and what the chat
 * is about; outside opening hours, or when nobody is free, it says what to
 * do instead. While waiting it gives the place in the queue; then the
 * messages, typing, delivery and read states, a transcript to download,
 * and an exit-page control when the topic is sensitive. Nothing is lost
 * when the connection drops or the phone sleeps.
 *
 * @summary Live chat: a small launcher that loads the chat on first use; queue, typing, delivery, transcript; no message lost or repeated.
 * @tag soh-live-chat
 *
 * @attr force - The force, by its data.police.uk id; overrides a wrapping `<soh-config>`. Handed to the chat when it opens.
 * @attr endpoint - The base URL of the force's SOH/SIH endpoint; overrides a wrapping `<soh-config>`.
 *
 * @csspart launcher - The button that opens the chat.
 * @csspart unread - The count of new messages while the chat is minimised.
 *
 * @cssprop --soh-color-brand - The launcher's background.
 * @cssprop --soh-color-on-brand - Its text.
 * @cssprop --soh-color-focus - The focus highlight.
 */
export class SohLiveChat extends HTMLElement implements ChatLauncher {
  private readonly root = this.attachShadow({mode: 'open', delegatesFocus: true});
  private readonly button = document.createElement('button');
  private readonly label = document.createElement('span');
  private readonly badge = document.createElement('span');
  // In the badge: seen, the number; heard, "2 new messages" after the button's own words.
  private readonly seen = document.createElement('span');
  private readonly heard = document.createElement('span');
  private panel?: HTMLElement & {open: boolean};

  constructor() {
    super();
    this.root.adoptedStyleSheets = [styles];
    this.button.type = 'button';
    this.button.part.add('launcher');
    this.badge.className = 'unread';
    this.badge.part.add('unread');
    this.badge.hidden = true;
    this.seen.ariaHidden = 'true';
    this.heard.className = 'visually-hidden';
    this.badge.append(this.seen, this.heard);
    this.button.append(this.label, this.badge);
    this.button.addEventListener('click', () => void this.openChat(true));
    this.root.append(this.button);
  }

  connectedCallback(): void {
    void this.sayLabel();
    const session = readChatSession();
    if (session) void this.openChat(session.panel === 'open');
  }

  minimised(): void {
    this.button.hidden = false;
    this.button.focus();
  }

  unread(count: number, label: string): void {
    this.badge.hidden = count === 0;
    this.seen.textContent = count ? String(count) : '';
    this.heard.textContent = count ? ` ${label}` : '';
  }

  private async sayLabel(): Promise<void> {
    const msg = await loadMsg(matchLocale(findLanguage(this)));
    this.label.textContent = msg('Chat with us', {id: 'chat.launcher'});
  }

  private async openChat(show: boolean): Promise<void> {
    if (!this.panel) {
      await import('./soh-chat-panel.js');
      const panel = document.createElement('soh-chat-panel') as HTMLElement & {open: boolean; launcher: ChatLauncher};
      for (const name of ['force', 'endpoint']) {
        const value = this.getAttribute(name);
        if (value !== null) panel.setAttribute(name, value);
      }
      panel.launcher = this;
      this.panel = panel;
      this.root.append(panel);
    }
    this.panel.open = show;
    this.button.hidden = show;
  }
}
