import {WebSocket} from 'ws';

export type Frame = {type: string} & Record<string, unknown>;

/**
 * A chat WebSocket for tests, from Node: every frame it receives is kept,
 * and `next()` waits for the first one not yet taken that matches.
 */
export class FrameSocket {
  readonly frames: Frame[] = [];
  private taken = 0;
  private waiters: Array<() => void> = [];
  readonly closed: Promise<number>;

  private constructor(readonly socket: WebSocket) {
    socket.on('message', (data) => {
      this.frames.push(JSON.parse(String(data)) as Frame);
      for (const wake of this.waiters.splice(0)) wake();
    });
    this.closed = new Promise((resolve) => socket.on('close', (code) => resolve(code)));
  }

  static open(url: string, origin?: string): Promise<FrameSocket> {
    const socket = new WebSocket(url, origin ? {origin} : {});
    return new Promise((resolve, reject) => {
      socket.once('open', () => resolve(new FrameSocket(socket)));
      socket.once('error', reject);
      socket.once('unexpected-response', (_request, response) => reject(new Error(`HTTP ${response.statusCode}`)));
    });
  }

  send(frame: object): void {
    this.socket.send(JSON.stringify(frame));
  }

  /** The next frame (after those already taken) that `matches`, within `ms`. */
  async next(matches: (frame: Frame) => boolean = () => true, ms = 3000): Promise<Frame> {
    const deadline = Date.now() + ms;
    for (;;) {
      while (this.taken < this.frames.length) {
        const frame = this.frames[this.taken++];
        if (matches(frame)) return frame;
      }
      if (Date.now() > deadline) throw new Error(`no matching frame; got ${JSON.stringify(this.frames.slice(-5))}`);
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, Math.max(0, deadline - Date.now()));
      });
    }
  }

  close(): void {
    this.socket.close();
  }
}
