import type {ServerFrame} from '../../contract/chat.js';
import {ChatConnection} from './chat-connection.js';
import {ChatLog} from './chat-log.js';
import {clearChatSession, writeChatSession, type ChatSession} from './chat-session.js';
import {isSensitiveTopic} from './chat-topics.js';

/** Stop saying "is typing" this long after the last keystroke. */
const TYPING_IDLE_MS = 3000;

/** What a conversation tells the panel showing it. */
export interface ConversationListener {
  /** The log changed (`fresh`: how many messages from the agent are new since the last change). */
  changed(fresh: number): void;
  /** A frame from the endpoint about the chat rather than its messages (queue, typing, refusals). */
  heard(frame: ServerFrame): void;
}

/**
 * The chat this tab is in, apart from how it looks: its session (kept in sessionStorage, or in memory only for a
 * sensitive topic), the connection and its log, which of the agent's messages are new, and what the person's side
 * tells the agent (typing, read up to here, the end). `<soh-chat-panel>` holds one while a chat is open.
 */
export class ChatConversation {
  readonly connection: ChatConnection;
  private typingTimer?: ReturnType<typeof setTimeout>;
  private typingSent = false;
  /** Forgotten on this device: never written back, even if the page stays (the exit control was cancelled). */
  private forgotten = false;

  constructor(
    private readonly session: ChatSession,
    socketUrl: string,
    listener: ConversationListener,
    /**
     * The last message from the agent already counted: carried over when the panel is put back in the page, so
     * messages already seen are not counted again as the log replays.
     */
    public seenAgentSeq = 0,
  ) {
    this.connection = new ChatConnection(socketUrl, session.token, new ChatLog(session.pending), {
      changed: () => listener.changed(this.freshFromAgent()),
      heard: listener.heard,
    });
    this.connection.start();
  }

  get log(): ChatLog {
    return this.connection.log;
  }

  /** About something sensitive: kept in memory only, with the exit control, and nothing to download. */
  get sensitive(): boolean {
    return isSensitiveTopic(this.session.topic);
  }

  /** Keeps the chat for a reload, with the panel open or minimised and the messages not yet stored. */
  save(open: boolean): void {
    if (this.forgotten) return;
    const session = {...this.session, panel: open ? 'open' : 'minimised', pending: this.log.pending} as const;
    writeChatSession(session, this.sensitive);
  }

  /** Tells the agent the person has read up to the latest message (only while the page can be seen). */
  markRead(): void {
    const upToSeq = this.log.lastAgentSeq();
    if (upToSeq && !document.hidden) this.connection.tell({type: 'read', upToSeq});
  }

  /** A key in the message box: "is typing" until a pause. */
  typed(): void {
    if (!this.typingSent) {
      this.typingSent = true;
      this.connection.tell({type: 'typing', typing: true});
    }
    clearTimeout(this.typingTimer);
    this.typingTimer = setTimeout(() => this.stopTyping(), TYPING_IDLE_MS);
  }

  stopTyping(): void {
    clearTimeout(this.typingTimer);
    if (!this.typingSent) return;
    this.typingSent = false;
    this.connection.tell({type: 'typing', typing: false});
  }

  say(text: string): void {
    this.stopTyping();
    this.connection.say(text);
  }

  /** The person ends the chat (the endpoint answers, and the log shows it ended). */
  end(): void {
    this.stopTyping();
    this.connection.tell({type: 'end'});
  }

  /** Stops at once and forgets the chat on this device (a new chat, or the exit control). */
  forget(): void {
    this.forgotten = true;
    this.connection.stop();
    clearChatSession();
  }

  private freshFromAgent(): number {
    const agentSeq = this.log.lastAgentSeq();
    if (agentSeq <= this.seenAgentSeq) return 0;
    const seen = this.seenAgentSeq;
    this.seenAgentSeq = agentSeq;
    return this.log.messages().filter((message) => message.from === 'agent' && message.seq! > seen).length;
  }
}
