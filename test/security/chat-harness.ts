import {randomBytes} from 'node:crypto';
import {connect} from 'node:net';
import type {FastifyInstance} from 'fastify';
import {afterEach, beforeEach} from 'vitest';
import type {SandboxOptions} from '../../demo/server/sandbox.js';
import {TEST_OPERATOR_TOKEN} from '../helpers/test-sandbox-settings.js';
import {FrameSocket, type Frame} from '../server/chat-sockets.js';
import {startHardenedSandbox} from './security-sandbox.js';

export type {Frame};

/** A sandbox with the default limits, listening on loopback, and the chat sockets a test opened there. */
export interface ChatSandbox {
  app: FastifyInstance;
  /** `http://127.0.0.1:<port>` */
  origin: string;
  logs: string[];
  /** An agent signed in with the operator secret in its first frame, synced. */
  agent(name?: string): Promise<FrameSocket>;
  /** A new chat, opened as the element opens one (over HTTP, from this client unless `from` names another). */
  openChat(from?: string): Promise<{chatId: string; token: string}>;
  /** The person's socket for a chat, synced. */
  person(token: string, lastSeq?: number): Promise<FrameSocket>;
  /** A socket to `path`, opened from the sandbox's own origin. */
  socket(path: string): Promise<FrameSocket>;
  /** True while the process answers `GET /chat/status` over HTTP. */
  stillServes(): Promise<boolean>;
}

/** For one test file: a fresh sandbox as `npm start` runs it (with the test switches) for each test. */
export function useChatSandbox(options: Partial<SandboxOptions> = {}): ChatSandbox {
  const sockets: FrameSocket[] = [];
  const sandbox = {} as ChatSandbox;
  beforeEach(async () => {
    const {app, logs} = await startHardenedSandbox({testRoutes: true, ...options});
    const origin = await app.listen({port: 0, host: '127.0.0.1'});
    const ws = (path: string) => `${origin.replace('http', 'ws')}${path}`;
    Object.assign(sandbox, {
      app,
      origin,
      logs,
      async socket(path: string) {
        const socket = await FrameSocket.open(ws(path), origin);
        sockets.push(socket);
        return socket;
      },
      async agent(name = 'Sam') {
        const socket = await sandbox.socket('/chat/agent');
        socket.send({type: 'hello', agentName: name, lastSeqs: {}, token: TEST_OPERATOR_TOKEN});
        await socket.next((frame) => frame.type === 'synced');
        return socket;
      },
      async openChat(from?: string) {
        const token = randomBytes(32).toString('base64url');
        const answer = await fetch(`${origin}/chat/sessions`, {
          method: 'POST',
          headers: {'content-type': 'application/json', ...(from ? {'x-forwarded-for': from} : {})},
          body: JSON.stringify({token, topic: 'something-else', name: 'Alex'}),
        });
        if (answer.status !== 201) throw new Error(`opening a chat: ${answer.status}`);
        return {chatId: ((await answer.json()) as {chatId: string}).chatId, token};
      },
      async person(token: string, lastSeq = 0) {
        const socket = await sandbox.socket('/chat/socket');
        socket.send({type: 'hello', token, lastSeq});
        await socket.next((frame) => frame.type === 'synced');
        return socket;
      },
      async stillServes() {
        return (await fetch(`${origin}/chat/status`)).status === 200;
      },
    } satisfies ChatSandbox);
  });
  afterEach(async () => {
    for (const socket of sockets.splice(0)) socket.close();
    await sandbox.app.close();
  });
  return sandbox;
}

/** A chat opened and picked up by `agent`, with its person connected and synced. */
export async function chatUnderWay(
  sandbox: ChatSandbox,
  agent: FrameSocket,
): Promise<{chatId: string; token: string; person: FrameSocket}> {
  const {chatId, token} = await sandbox.openChat();
  agent.send({type: 'pick', chatId});
  await agent.next((frame) => frame.type === 'event' && frame.chatId === chatId);
  return {chatId, token, person: await sandbox.person(token)};
}

/**
 * An upgrade written by hand, as a hostile client may write it: the status
 * line the sandbox answers with, or 0 when it closed without one.
 */
export function rawUpgrade(origin: string, path: string, headers: Record<string, string>): Promise<number> {
  const {hostname, port} = new URL(origin);
  const lines = [
    `GET ${path} HTTP/1.1`,
    ...Object.entries({
      Host: `${hostname}:${port}`,
      Upgrade: 'websocket',
      Connection: 'Upgrade',
      'Sec-WebSocket-Key': randomBytes(16).toString('base64'),
      'Sec-WebSocket-Version': '13',
      ...headers,
    }).map(([name, value]) => `${name}: ${value}`),
  ];
  return new Promise((resolve) => {
    const socket = connect(Number(port), hostname);
    let answer = '';
    socket.on('error', () => resolve(0));
    socket.on('data', (data) => {
      answer += String(data);
      if (!answer.includes('\r\n')) return;
      resolve(Number(/^HTTP\/1\.1 (\d{3})/.exec(answer)?.[1] ?? 0));
      socket.destroy();
    });
    socket.on('close', () => resolve(Number(/^HTTP\/1\.1 (\d{3})/.exec(answer)?.[1] ?? 0)));
    socket.write(`${lines.join('\r\n')}\r\n\r\n`);
  });
}

/** Frames of `type` received so far. */
export const framesOf = (socket: FrameSocket, type: string): Frame[] =>
  socket.frames.filter((frame) => frame.type === type);

/** Waits until `check` holds. */
export async function until(check: () => boolean, ms = 5000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('waited in vain');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
