import type {ChatEvent, ChatSender, ChatState} from '../../contract/chat.js';

/** A message as the person sees it: stored (with its `seq`), or still on its way. */
export interface ChatMessage {
  clientId: string;
  from: ChatSender;
  text: string;
  seq?: number;
  at?: string;
  /** For the person's own: `waiting` (not sent yet), `sent` (stored), `read` (the agent has read it). */
  delivery?: 'waiting' | 'sent' | 'read';
}

/** A message typed but not yet stored by the endpoint. */
export interface PendingMessage {
  clientId: string;
  text: string;
}

/**
 * The chat as this side knows it: the endpoint's events in `seq` order, each
 * taken once, and the person's messages not yet stored. A message that
 * arrives again after a reconnect (same `seq`) or that was pending (same
 * `clientId`) never shows twice.
 */
export class ChatLog {
  state: ChatState = 'waiting';
  agentName = '';
  private stored: ChatMessage[] = [];
  private agentReadUpTo = 0;
  private last = 0;

  constructor(public pending: PendingMessage[] = []) {}

  /** The last `seq` taken: what to name when reconnecting. */
  get lastSeq(): number {
    return this.last;
  }

  /**
   * Takes one event. False when it does not follow the last one taken (a
   * gap: the caller reconnects and asks again); an event already taken is
   * ignored.
   */
  take(event: ChatEvent): boolean {
    if (event.seq <= this.last) return true;
    if (event.seq !== this.last + 1) return false;
    this.last = event.seq;
    if (event.kind === 'message') {
      this.pending = this.pending.filter((message) => message.clientId !== event.clientId);
      this.stored.push({clientId: event.clientId, from: event.from, text: event.text, seq: event.seq, at: event.at});
    } else if (event.kind === 'state') {
      this.state = event.state;
      if (event.agentName) this.agentName = event.agentName;
    } else if (event.by === 'agent') this.read(event.upToSeq);
    return true;
  }

  /** The agent has read everything up to `upToSeq` (a `read` frame, or a stored read event). */
  read(upToSeq: number): void {
    this.agentReadUpTo = Math.max(this.agentReadUpTo, upToSeq);
  }

  /** Every message, stored first in order, then those still to send. */
  messages(): ChatMessage[] {
    return [
      ...this.stored.map((message) =>
        message.from === 'person'
          ? {...message, delivery: message.seq! <= this.agentReadUpTo ? ('read' as const) : ('sent' as const)}
          : message,
      ),
      ...this.pending.map((message) => ({...message, from: 'person' as const, delivery: 'waiting' as const})),
    ];
  }

  /** The `seq` of the last message from the agent, for a read receipt. */
  lastAgentSeq(): number {
    return this.stored.filter((message) => message.from === 'agent').at(-1)?.seq ?? 0;
  }
}
