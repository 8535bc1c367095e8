import type {ChatLog, PendingMessage} from './chat-log.js';
import type {ServerFrame} from '../../contract/chat.js';

/** After a wake-up (the phone slept, the tab came back), an open socket that does not answer a ping by then is dead. */
const PING_TIMEOUT_MS = 2000;

export interface ConnectionListener {
  /** The log, the pending messages or the connection changed: show it again. */
  changed(): void;
  /** Frames that are not events (welcome, queue, typing, refused): for the panel. */
  heard(frame: ServerFrame): void;
}

/**
 * The person's side of a chat socket. It says hello with the last `seq` it
 * has and takes the rest; it reconnects by itself when the socket drops
 * (quickly at first, then less and less often while the endpoint stays away), and
 * checks the socket at once when the device wakes, the tab returns or the
 * network comes back (`visibilitychange`, `focus`, `online`). Messages are
 * sent one at a time, in order, each with its own `clientId`: one that was
 * sent but not answered is sent again after a reconnect, and the endpoint
 * stores it once.
 */
export class ChatConnection {
  connected = false;
  private socket?: WebSocket;
  private attempt = 0;
  private reconnectTimer?: ReturnType<typeof setTimeout>;
  private pingTimer?: ReturnType<typeof setTimeout>;
  /** The message sent and not yet stored. */
  private inFlight?: string;
  private stopped = false;

  constructor(
    private readonly url: string,
    private readonly token: string,
    readonly log: ChatLog,
    private readonly listener: ConnectionListener,
  ) {}

  start(): void {
    addEventListener('online', this.wake);
    addEventListener('focus', this.wake);
    document.addEventListener('visibilitychange', this.wake);
    this.connect();
  }

  stop(): void {
    this.stopped = true;
    removeEventListener('online', this.wake);
    removeEventListener('focus', this.wake);
    document.removeEventListener('visibilitychange', this.wake);
    clearTimeout(this.reconnectTimer);
    clearTimeout(this.pingTimer);
    this.socket?.close();
  }

  /** Queues a message: it is sent now if connected, else once the connection is back. */
  say(text: string): PendingMessage {
    const message = {clientId: crypto.randomUUID(), text};
    this.log.pending = [...this.log.pending, message];
    this.listener.changed();
    this.flush();
    return message;
  }

  /** Best effort: lost with the connection, which is fine for these. */
  tell(frame: {type: 'typing'; typing: boolean} | {type: 'read'; upToSeq: number} | {type: 'end'}): void {
    if (this.connected) this.socket!.send(JSON.stringify(frame));
  }

  private readonly wake = (): void => {
    if (document.visibilityState === 'hidden' || this.stopped) return;
    if (!this.connected) return this.tryNow();
    // The socket may look open and be dead (a phone that slept): it must answer at once, or it is replaced.
    clearTimeout(this.pingTimer);
    this.pingTimer = setTimeout(() => this.socket?.close(), PING_TIMEOUT_MS);
    this.socket!.send(JSON.stringify({type: 'ping'}));
  };

  /**
   * Reconnects at once, without waiting for the next attempt ("Try now", a wake-up). An attempt still connecting
   * is given up for a new one: Firefox holds a socket to a host that has been failing in "connecting" for up to a
   * minute before it even tries, and a person who presses Try now means now.
   */
  tryNow(): void {
    clearTimeout(this.reconnectTimer);
    const stale = this.socket?.readyState === WebSocket.CONNECTING ? this.socket : undefined;
    this.connect();
    stale?.close();
  }

  private connect(): void {
    const socket = new WebSocket(this.url);
    this.socket = socket;
    socket.onopen = () => socket.send(JSON.stringify({type: 'hello', token: this.token, lastSeq: this.log.lastSeq}));
    socket.onmessage = (message) => {
      if (!this.stopped) this.onFrame(JSON.parse(String(message.data)) as ServerFrame);
    };
    socket.onclose = (close) => {
      // Stopped (the chat closed, or the exit-page control cleared the device): nothing more to say or save.
      if (this.socket !== socket || this.stopped) return;
      this.connected = false;
      this.inFlight = undefined;
      clearTimeout(this.pingTimer);
      this.listener.changed();
      // 4404: the endpoint does not know this chat (ended long ago, or cleared): nothing to go back to.
      if (close.code === 4404) this.listener.heard({type: 'refused', clientId: '', reason: 'ended'});
      else if (!this.stopped) this.scheduleReconnect();
    };
  }

  /**
   * Waits before the next attempt: 0, 0.25, 0.5, then 0.8 s until the tenth,
   * so a chat is back within a second of a short drop; then twice as long each
   * time (1.6 s, 3.2 s…), at most 30 s, so a long outage is not hammered.
   * Each wait is shortened at random by up to half, so many phones do not
   * return at once.
   */
  private scheduleReconnect(): void {
    const attempt = this.attempt++;
    const delay = Math.min(30_000, Math.max(Math.min(800, 250 * attempt), 1.5625 * 2 ** attempt));
    this.reconnectTimer = setTimeout(() => this.connect(), delay * (0.5 + Math.random() / 2));
  }

  private onFrame(frame: ServerFrame): void {
    switch (frame.type) {
      case 'event':
        if (!this.log.take(frame.event)) {
          // A gap: ask again from the last one taken.
          this.socket?.close();
          return;
        }
        if (frame.event.kind === 'message' && frame.event.clientId === this.inFlight) {
          this.inFlight = undefined;
          this.flush();
        }
        this.listener.changed();
        return;
      case 'synced':
        this.connected = true;
        this.attempt = 0;
        this.listener.changed();
        this.flush();
        return;
      case 'read':
        // The person hears only the agent's.
        this.log.read(frame.upToSeq);
        this.listener.changed();
        return;
      case 'pong':
        clearTimeout(this.pingTimer);
        return;
      case 'refused':
        this.onRefused(frame);
        return;
      default:
        this.listener.heard(frame);
    }
  }

  private onRefused(frame: Extract<ServerFrame, {type: 'refused'}>): void {
    if (frame.clientId !== this.inFlight) return;
    this.inFlight = undefined;
    if (frame.reason === 'rate') {
      setTimeout(() => this.flush(), frame.retryAfterMs ?? 1000);
      return;
    }
    // It can never be sent (too long, or the chat has ended): it leaves the queue, and the panel says so.
    this.log.pending = this.log.pending.filter((message) => message.clientId !== frame.clientId);
    this.listener.heard(frame);
    this.listener.changed();
    this.flush();
  }

  /** Sends the first message still to send, when nothing else is on its way. */
  private flush(): void {
    const next = this.log.pending[0];
    if (!this.connected || this.inFlight || !next) return;
    this.inFlight = next.clientId;
    this.socket!.send(JSON.stringify({type: 'send', clientId: next.clientId, text: next.text}));
  }
}
