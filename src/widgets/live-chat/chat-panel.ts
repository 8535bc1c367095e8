import {str} from '@lit/localize';
import {html, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {property, state} from 'lit/decorators.js';
import {repeat} from 'lit/directives/repeat.js';
import {intlLocale} from '../../core/localize/locales.js';
import {buttonStyles} from '../../core/button-styles.js';
import {downloadText} from '../../core/download-text.js';
import type {ConfigSetting} from '../../core/config/resolve-config.js';
import {baseStyles, SohElement} from '../../core/soh-element.js';
import {renderCall999} from '../../core/views/call-999.js';
import {errorSummaryStyles, renderErrorSummary, type FieldError, renderLoading} from '../../core/views/notices.js';
import {beforeChatErrors, beforeChatStyles, renderBeforeChat, type BeforeChatQuestion} from './before-chat-view.js';
import {ChatConversation} from './chat-conversation.js';
import {renderCompose} from './compose-view.js';
import {chatStatusText, unreadLabel, type QueuePlace} from './chat-words.js';
import {chatPanelStyles} from './chat-panel.styles.js';
import {MAX_MESSAGE_LENGTH, type ChatStatus, type ServerFrame} from '../../contract/chat.js';
import {clearChatSession, newChatToken, readChatSession, type ChatSession} from './chat-session.js';
import {playNewMessageTone} from './chat-sound.js';
import {isSensitiveTopic} from './chat-topics.js';
import type {ChatLauncher} from './live-chat.js';
import {transcriptText} from './transcript.js';
import {renderUnavailable} from './unavailable-view.js';
import {MessageViews} from './message-view.js';
import {openChat, readChatStatus} from './chat-requests.js';

type View = 'loading' | 'unavailable' | 'before' | 'emergency' | 'chat';

/**
 * The chat itself, loaded by `<soh-live-chat>` on first use: before the
 * chat, while waiting, the conversation, and after it. Internal: pages use
 * `<soh-live-chat>`.
 *
 * @summary The live chat panel (internal; loaded by soh-live-chat).
 * @tag soh-chat-panel
 *
 * @csspart panel - The chat's box.
 * @csspart log - The list of messages.
 *
 * @cssprop --soh-color-brand - The panel's header.
 */
export class SohChatPanel extends SohElement {
  static override styles = [baseStyles, buttonStyles, errorSummaryStyles, beforeChatStyles, chatPanelStyles];
  protected static override configNeeds: ReadonlyArray<ConfigSetting> = ['endpoint'];

  /** Shown, or minimised to its launcher. */
  @property({type: Boolean, reflect: true}) open = false;

  /** The launcher that loaded it (set by `<soh-live-chat>`). */
  launcher?: ChatLauncher;

  @state() private view: View = 'loading';
  @state() private status?: ChatStatus;
  @state() private errors: FieldError[] = [];
  @state() private questionErrors: Partial<Record<BeforeChatQuestion, string>> = {};
  /** Something went wrong, in words for the person. */
  @state() private problem = '';
  @state() private queue?: QueuePlace;
  @state() private agentTyping = false;
  @state() private soundOn = false;
  /** Whether the message being typed is over the limit (the box itself is not re-rendered for each key). */
  @state() private tooLong = false;
  /** Bumped when the log changes, to render it again. */
  @state() private logVersion = 0;

  /** The chat under way, once joined. */
  private chat?: ChatConversation;
  private focusTitle = false;
  private draft = '';
  private readonly messageViews = new MessageViews(this.i18n);
  /** Messages from the agent while minimised (shown on the launcher, not here). */
  private unread = 0;

  override connectedCallback(): void {
    super.connectedCallback();
    // Any exit-page control on the page (its own, or the site's): the chat stops and forgets itself.
    document.addEventListener('soh-exit', this.onExit);
    const session = readChatSession();
    if (session) this.resume(session);
    else void this.loadStatus();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('soh-exit', this.onExit);
    this.chat?.connection.stop();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (changed.has('open')) {
      if (this.open) {
        this.unread = 0;
        this.launcher?.unread(0, '');
        this.focusTitle = true;
        this.chat?.markRead();
      }
      this.chat?.save(this.open);
    }
    if (this.focusTitle && this.open) {
      this.focusTitle = false;
      this.renderRoot.querySelector<HTMLElement>('.panel__title')?.focus();
    }
  }

  protected renderContent(): TemplateResult {
    const {msg} = this.i18n;
    return html`<section class="panel" part="panel" aria-labelledby="chat-title">
      <header class="panel__header">
        <h2 class="panel__title" id="chat-title" tabindex="-1">${msg('Chat with us', {id: 'chat.title'})}</h2>
        ${this.sensitive ? html`<soh-exit-page></soh-exit-page>` : nothing}
        <button type="button" class="link-button panel__minimise" @click=${this.minimise}>
          ${msg('Minimise', {id: 'chat.minimise'})}
        </button>
      </header>
      <div class="panel__body">${this.renderView()}</div>
    </section>`;
  }

  private renderView(): TemplateResult {
    const {msg} = this.i18n;
    switch (this.view) {
      case 'loading':
        return renderLoading(msg);
      case 'unavailable':
        return renderUnavailable(msg, this.status, this.problem);
      case 'before':
        return this.renderBefore();
      case 'emergency':
        return html`${renderCall999(msg, msg('Do not use this chat. It is not for emergencies.', {id: 'chat.not-for-emergencies'}))}
          <button type="button" class="button button--secondary" @click=${() => this.show('before')}>
            ${msg('Back', {id: 'chat.back'})}
          </button>`;
      case 'chat':
        return this.renderChat();
    }
  }

  private renderBefore(): TemplateResult {
    const {msg} = this.i18n;
    return html`${renderErrorSummary(this.errors, msg)}
    ${renderBeforeChat(msg, this.questionErrors, (event) => void this.onStart(event), this.problem)}`;
  }

  private renderChat(): TemplateResult {
    const {msg} = this.i18n;
    const {log, connection} = this.chat!;
    const ended = log.state === 'ended';
    const away = !connection.connected && !ended;
    return html`<p class="chat-status" role="status">${chatStatusText(this.i18n, log, away, this.queue)}</p>
      ${
        away
          ? html`<button type="button" class="link-button" @click=${this.tryNow}>
              ${msg('Try now', {id: 'chat.try-now'})}
            </button>`
          : nothing
      }
      <div role="log" aria-live="polite" aria-label=${msg('Messages', {id: 'chat.messages'})}>
        <ol class="log" part="log">
          ${repeat(
            log.messages(),
            (message) => message.clientId,
            (message) => this.messageViews.render(message, log.agentName),
          )}
        </ol>
      </div>
      <p class="typing" aria-hidden=${this.agentTyping ? 'false' : 'true'}>
        ${this.agentTyping ? msg(str`${log.agentName} is typing…`, {id: 'chat.typing'}) : ''}
      </p>
      ${this.problem ? html`<p class="problem" role="alert">${this.problem}</p>` : nothing}
      ${
        ended
          ? html`<p>${msg('The chat has ended.', {id: 'chat.ended'})}</p>
              <button type="button" class="button" @click=${this.startAgain}>
                ${msg('Start a new chat', {id: 'chat.start-again'})}
              </button>`
          : renderCompose(msg, this.tooLong, this.onSend, this.onType)
      }
      <div class="panel__actions">
        ${
          // A file on the device outlives the exit control: none for a sensitive chat.
          this.sensitive
            ? nothing
            : html`<button type="button" class="link-button" @click=${this.downloadTranscript}>
                ${msg('Download the chat as text', {id: 'chat.transcript'})}
              </button>`
        }
        <button
          type="button"
          class="link-button"
          aria-pressed=${this.soundOn ? 'true' : 'false'}
          @click=${() => (this.soundOn = !this.soundOn)}
        >
          ${msg('Sound for new messages', {id: 'chat.sound'})}
        </button>
        ${
          ended
            ? nothing
            : html`<button type="button" class="link-button" @click=${this.endChat}>
                ${msg('End chat', {id: 'chat.end'})}
              </button>`
        }
      </div>`;
  }

  private show(view: View): void {
    this.view = view;
    this.errors = [];
    this.questionErrors = {};
    this.focusTitle = true;
  }

  private async loadStatus(): Promise<void> {
    await this.updateComplete;
    const endpoint = this.config.endpoint;
    if (!endpoint) return;
    try {
      this.status = await readChatStatus(endpoint);
      this.view = this.status.open && this.status.agentsAvailable > 0 ? 'before' : 'unavailable';
    } catch {
      this.problem = this.i18n.msg('We could not reach the chat service.', {id: 'chat.unreachable'});
      this.view = 'unavailable';
    }
  }

  private async onStart(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const answer = (name: string) => String(new FormData(form).get(name) ?? '');
    // Someone in danger is told to call 999 at once, whatever else is still unanswered.
    if (answer('emergency') === 'yes') return this.show('emergency');
    this.questionErrors = beforeChatErrors(form, this.i18n.msg);
    const unanswered = Object.entries(this.questionErrors);
    // The summary's links go to the first choice of each question.
    this.errors = unanswered.map(([name, message]) => ({
      field: form.querySelector<HTMLElement>(`input[name="${name}"]`)!,
      message,
    }));
    if (unanswered.length) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('.error-summary')?.focus();
      return;
    }
    const session: ChatSession = {token: newChatToken(), topic: answer('topic'), panel: 'open', pending: []};
    this.problem = '';
    try {
      if (!(await openChat(this.config.endpoint!, session, answer('name')))) {
        // Nobody free after all: with no status to go by, the view says so.
        this.status = undefined;
        return this.show('unavailable');
      }
    } catch {
      this.problem = this.i18n.msg('The chat could not start. Try again, or call 101.', {id: 'chat.start-failed'});
      return;
    }
    this.resume(session);
    this.focusTitle = true;
  }

  /** Joins (or rejoins, after a reload) the chat this session holds. */
  private resume(session: ChatSession): void {
    if (isSensitiveTopic(session.topic)) void import('../exit-page/soh-exit-page.js');
    const endpoint = this.endpoint || this.inheritedConfig?.endpoint;
    const url = new URL('chat/socket', new URL(endpoint!, document.baseURI));
    url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
    this.chat = new ChatConversation(
      session,
      url.href,
      {
        changed: (fresh) => this.onLogChanged(fresh),
        heard: (frame) => this.onFrame(frame),
      },
      this.chat?.seenAgentSeq,
    );
    this.chat.save(this.open);
    this.view = 'chat';
  }

  private onLogChanged(fresh: number): void {
    const chat = this.chat!;
    if (fresh) {
      this.agentTyping = false;
      if (this.soundOn && (!this.open || document.hidden)) playNewMessageTone();
      if (!this.open) {
        this.unread += fresh;
        this.launcher?.unread(this.unread, unreadLabel(this.i18n, this.unread));
      } else chat.markRead();
    }
    chat.save(this.open);
    this.logVersion += 1;
  }

  private onFrame(frame: ServerFrame): void {
    const {msg} = this.i18n;
    if (frame.type === 'welcome' || frame.type === 'queue') {
      // A place in the queue (from 1) comes with its wait; a chat no longer waiting has neither.
      this.queue = frame.position ? (frame as QueuePlace) : undefined;
    } else if (frame.type === 'typing') {
      this.agentTyping = frame.typing;
    } else if (frame.type === 'refused') {
      this.problem =
        frame.reason === 'ended'
          ? msg('The chat has ended, so your message was not sent.', {id: 'chat.refused.ended'})
          : msg('Your message could not be sent. Make it shorter and try again.', {id: 'chat.refused.other'});
    }
  }

  private onType(event: InputEvent): void {
    this.draft = (event.target as HTMLTextAreaElement).value;
    this.tooLong = this.draft.length > MAX_MESSAGE_LENGTH;
    this.chat?.typed();
  }

  private onSend(event: SubmitEvent): void {
    event.preventDefault();
    const text = this.draft.trim();
    if (!text || text.length > MAX_MESSAGE_LENGTH) return;
    this.problem = '';
    this.chat!.say(text);
    this.draft = '';
    this.messageBox.value = '';
    // Focus stays in the box, ready for the next message.
    this.messageBox.focus();
  }

  /** Reconnects at once; the person carries on in the message box (the button goes when the chat is back). */
  private tryNow(): void {
    this.chat!.connection.tryNow();
    this.messageBox.focus();
  }

  private get messageBox(): HTMLTextAreaElement {
    return this.renderRoot.querySelector('textarea')!;
  }

  /** A chat about something sensitive: kept in memory only, with the exit control, and nothing to download. */
  private get sensitive(): boolean {
    return !!this.chat?.sensitive;
  }

  private endChat(): void {
    this.chat?.end();
  }

  private startAgain(): void {
    this.chat?.forget();
    this.chat = undefined;
    this.view = 'loading';
    this.focusTitle = true;
    void this.loadStatus();
  }

  private minimise(): void {
    this.open = false;
    this.launcher?.minimised();
  }

  private downloadTranscript(): void {
    const {msg} = this.i18n;
    const log = this.chat!.log;
    const text = transcriptText(
      msg('Chat with the police', {id: 'chat.transcript.title'}),
      log.messages(),
      {person: msg('You', {id: 'chat.you'}), agent: log.agentName},
      intlLocale(this.i18n.locale),
    );
    downloadText('chat.txt', text);
  }

  /**
   * An exit-page control cleared the device and is leaving: stop at once,
   * and never write the chat back (even if the page cancels the leaving).
   */
  private readonly onExit = (): void => {
    this.chat?.forget();
    // Joined or not, no chat stays on the device.
    clearChatSession();
  };
}
