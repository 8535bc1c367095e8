/** A chat event as the agent socket sends it (the fields the tests and stories look at). */
export interface AgentEvent {
  seq: number;
  kind: string;
  text?: string;
}

/**
 * A contact-centre agent played from a browser page (a test, or a story)
 * over the sandbox's agent socket: no reconnecting, just what a test needs.
 */
export class BrowserChatAgent {
  waiting: Array<{id: string}> = [];
  events: AgentEvent[] = [];
  private readonly socket: WebSocket;
  readonly ready: Promise<void>;

  constructor(endpoint: string, name = 'Sam') {
    const url = new URL('chat/agent', endpoint);
    url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
    this.socket = new WebSocket(url);
    this.ready = new Promise((resolve) => {
      this.socket.onmessage = (message) => {
        const frame = JSON.parse(String(message.data));
        if (frame.type === 'synced') resolve();
        if (frame.type === 'queue') this.waiting = frame.waiting;
        if (frame.type === 'event') this.events.push(frame.event);
      };
    });
    this.socket.onopen = () => this.socket.send(JSON.stringify({type: 'hello', agentName: name, lastSeqs: {}}));
  }

  send(frame: object): void {
    this.socket.send(JSON.stringify(frame));
  }

  close(): void {
    this.socket.close();
  }
}
