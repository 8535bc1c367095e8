import {WebSocket} from 'ws';
import {TEST_OPERATOR_TOKEN} from '../helpers/test-sandbox-settings.js';

interface AgentChatEvent {
  seq: number;
  kind: string;
  from?: string;
  text?: string;
  clientId?: string;
  state?: string;
}

/**
 * A contact-centre agent played by a test, from Node, over the sandbox's
 * agent socket. Like the element, it reconnects by itself, names the last
 * `seq` it saw for each chat, and sends its messages one at a time, each
 * with its own id, again after a reconnect until the endpoint has it. It
 * signs in as a Node client does: the operator secret as a bearer token on
 * the upgrade.
 */
export class ScriptedAgent {
  /** Every event of each chat, as received (by `seq`, once). */
  readonly events = new Map<string, AgentChatEvent[]>();
  /** How far the person in each chat has read. */
  readonly personRead = new Map<string, number>();
  waiting: Array<{id: string; name: string; topic: string}> = [];
  /** Hears each new message from a person (`npm run bench` answers at once). */
  onPersonMessage?: (chatId: string, text: string) => void;
  private socket?: WebSocket;
  private outbox: Array<{chatId: string; clientId: string; text: string}> = [];
  private inFlight?: string;
  private connected = false;
  private stopped = false;
  private listeners: Array<() => void> = [];
  private pongs = 0;

  /** `origin`: the sandbox; `operatorToken`: its back-office secret (the test sandboxes' by default). */
  constructor(
    private readonly origin: string,
    readonly name = 'Sam',
    private readonly operatorToken = TEST_OPERATOR_TOKEN,
  ) {}

  start(): Promise<void> {
    this.connect();
    return this.until(() => this.connected);
  }

  stop(): void {
    this.stopped = true;
    this.socket?.close();
  }

  /** A ping's round trip over the agent socket, in milliseconds. */
  ping(): Promise<number> {
    const started = performance.now();
    this.pongs = 0;
    this.socket!.send(JSON.stringify({type: 'ping'}));
    return this.until(() => this.pongs > 0).then(() => performance.now() - started);
  }

  pick(chatId: string): void {
    this.socket!.send(JSON.stringify({type: 'pick', chatId}));
  }

  say(chatId: string, text: string): void {
    this.outbox.push({chatId, clientId: crypto.randomUUID(), text});
    this.flush();
  }

  typingIn(chatId: string, typing: boolean): void {
    this.socket!.send(JSON.stringify({type: 'typing', chatId, typing}));
  }

  messages(chatId: string): AgentChatEvent[] {
    return (this.events.get(chatId) ?? []).filter((event) => event.kind === 'message');
  }

  /** Resolves once `check` holds, looking again after every frame. */
  until(check: () => boolean, ms = 20_000): Promise<void> {
    return new Promise((resolve, reject) => {
      if (check()) return resolve();
      const timer = setTimeout(() => reject(new Error('the agent waited in vain')), ms);
      const listener = () => {
        if (!check()) return;
        clearTimeout(timer);
        this.listeners = this.listeners.filter((other) => other !== listener);
        resolve();
      };
      this.listeners.push(listener);
    });
  }

  private connect(): void {
    const socket = new WebSocket(`${this.origin.replace('http', 'ws')}/chat/agent`, {
      origin: this.origin,
      headers: {authorization: `Bearer ${this.operatorToken}`},
    });
    this.socket = socket;
    socket.on('open', () => {
      const lastSeqs = Object.fromEntries([...this.events].map(([id, events]) => [id, events.at(-1)?.seq ?? 0]));
      socket.send(JSON.stringify({type: 'hello', agentName: this.name, lastSeqs}));
    });
    socket.on('message', (data) => {
      this.onFrame(JSON.parse(String(data)) as Record<string, unknown>);
      for (const listener of [...this.listeners]) listener();
    });
    socket.on('error', () => undefined);
    socket.on('close', () => {
      this.connected = false;
      this.inFlight = undefined;
      if (!this.stopped) setTimeout(() => this.connect(), 20);
    });
  }

  private onFrame(frame: Record<string, unknown>): void {
    if (frame.type === 'pong') {
      this.pongs += 1;
    } else if (frame.type === 'synced') {
      this.connected = true;
      this.flush();
    } else if (frame.type === 'queue') {
      this.waiting = frame.waiting as typeof this.waiting;
    } else if (frame.type === 'event') {
      const chatId = frame.chatId as string;
      const event = frame.event as AgentChatEvent;
      const events = this.events.get(chatId) ?? [];
      this.events.set(chatId, events);
      if (event.seq <= (events.at(-1)?.seq ?? 0)) return;
      events.push(event);
      if (event.kind === 'message' && event.from === 'person') this.onPersonMessage?.(chatId, event.text!);
      if (event.clientId && event.clientId === this.inFlight) {
        this.outbox.shift();
        this.inFlight = undefined;
        this.flush();
      }
    } else if (frame.type === 'read') {
      this.personRead.set(frame.chatId as string, frame.upToSeq as number);
    } else if (frame.type === 'chat') {
      const chat = frame.chat as {id: string};
      if (!this.events.has(chat.id)) this.events.set(chat.id, []);
    } else if (frame.type === 'refused' && frame.reason === 'rate') {
      this.inFlight = undefined;
      setTimeout(() => this.flush(), Number(frame.retryAfterMs ?? 100));
    }
  }

  private flush(): void {
    const next = this.outbox[0];
    if (!this.connected || this.inFlight || !next) return;
    this.inFlight = next.clientId;
    this.socket!.send(JSON.stringify({type: 'send', ...next}));
  }
}
