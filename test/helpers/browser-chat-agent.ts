/** A chat event as the agent socket sends it (the fields the tests and stories look at). */
export interface AgentEvent {
  seq: number;
  kind: string;
  text?: string;
}

/**
 * A contact-centre agent played from a browser page (a test, or a story)
 * over the sandbox's agent socket: no reconnecting, just what a test needs.
 * A page cannot set headers on a WebSocket, so it signs in with the operator
 * secret in its first frame.
 */
export class BrowserChatAgent {
  waiting: Array<{id: string}> = [];
  events: AgentEvent[] = [];
  /** How far the person has read, by chat. */
  personRead: Record<string, number> = {};
  /** The close code, once the sandbox has closed the socket. */
  closedWith?: number;
  private readonly socket: WebSocket;
  readonly ready: Promise<void>;

  /** `operatorToken`: the back-office secret of the sandbox at `endpoint`. */
  constructor(endpoint: string, operatorToken: string, name = 'Sam') {
    const url = new URL('chat/agent', endpoint);
    url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
    this.socket = new WebSocket(url);
    this.ready = new Promise((resolve) => {
      this.socket.onmessage = (message) => {
        const frame = JSON.parse(String(message.data));
        if (frame.type === 'synced') resolve();
        if (frame.type === 'queue') this.waiting = frame.waiting;
        if (frame.type === 'event') this.events.push(frame.event);
        if (frame.type === 'read') this.personRead[frame.chatId] = frame.upToSeq;
      };
    });
    this.socket.onclose = (close) => (this.closedWith = close.code);
    this.socket.onopen = () =>
      this.socket.send(JSON.stringify({type: 'hello', agentName: name, lastSeqs: {}, token: operatorToken}));
  }

  send(frame: object): void {
    this.socket.send(JSON.stringify(frame));
  }

  close(): void {
    this.socket.close();
  }
}
