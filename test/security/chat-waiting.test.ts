import {randomBytes} from 'node:crypto';
import {createServer, type Server} from 'node:http';
import type {AddressInfo} from 'node:net';
import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';
import type {OperatorAuth} from '../../demo/server/back-office/operator-auth.js';
import {ChatHub} from '../../demo/server/chat/chat-hub.js';
import {ChatStore} from '../../demo/server/chat/chat-store.js';
import {openDatabase, type SandboxDatabase} from '../../demo/server/database.js';
import {FrameSocket} from '../server/chat-sockets.js';
import {framesOf, until, useChatSandbox} from './chat-harness.js';

// Chats left waiting: one whose person has gone (no socket for ten minutes) is
// ended, so they do not pile up; agents hear the first 50 waiting and how many
// in all; `GET /chat/status` counts them without loading them.
const MINUTE = 60_000;

describe('a waiting chat whose person has gone', () => {
  let database: SandboxDatabase;
  let store: ChatStore;
  let hub: ChatHub;
  let server: Server;
  let clock: number;
  const sockets: FrameSocket[] = [];

  beforeEach(async () => {
    database = openDatabase(':memory:');
    store = new ChatStore(database);
    clock = Date.now();
    // The hub's clock is the test's; it looks for chats left alone every 20 ms rather than every minute.
    hub = new ChatHub(store, {} as OperatorAuth, undefined, {now: () => clock, lookForAbandonedEveryMs: 20});
    server = createServer();
    server.on('upgrade', (request, socket, head) =>
      hub.upgrade(request, socket, head, 'person', {client: '127.0.0.1', operator: false}),
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  });
  afterEach(async () => {
    for (const socket of sockets.splice(0)) socket.close();
    hub.close();
    await new Promise((resolve) => server.close(resolve));
    database.close();
  });

  const open = () => {
    const token = randomBytes(32).toString('base64url');
    const chat = store.open(token, 'something-else', 'Alex');
    hub.opened(chat.id);
    return {chatId: chat.id, token};
  };
  async function person(token: string): Promise<FrameSocket> {
    const socket = await FrameSocket.open(`ws://127.0.0.1:${(server.address() as AddressInfo).port}/chat/socket`);
    sockets.push(socket);
    socket.send({type: 'hello', token, lastSeq: 0});
    await socket.next((frame) => frame.type === 'synced');
    return socket;
  }
  const stateOf = (chatId: string) => store.byId(chatId)!.state;
  /** Moves the clock on, and lets the hub look a few times. */
  async function later(ms: number): Promise<void> {
    clock += ms;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }

  it('is ended after ten minutes with no socket of its person; one whose person is there waits on', async () => {
    const neverCame = open();
    const left = open();
    const stays = open();
    (await person(left.token)).close();
    await person(stays.token);
    await later(5 * MINUTE);
    // `left` reconnects and drops again: its ten minutes start afresh.
    const back = await person(left.token);
    back.close();
    await back.closed;
    await new Promise((resolve) => setTimeout(resolve, 50));
    await later(4 * MINUTE);
    expect([stateOf(neverCame.chatId), stateOf(left.chatId), stateOf(stays.chatId)]).toEqual([
      'waiting',
      'waiting',
      'waiting',
    ]);

    await later(1 * MINUTE + 1000);
    await until(() => stateOf(neverCame.chatId) === 'ended');
    expect([stateOf(neverCame.chatId), stateOf(left.chatId), stateOf(stays.chatId)]).toEqual([
      'ended',
      'waiting',
      'waiting',
    ]);
    await later(5 * MINUTE);
    await until(() => stateOf(left.chatId) === 'ended');
    expect([stateOf(left.chatId), stateOf(stays.chatId)]).toEqual(['ended', 'waiting']);
    expect(store.waiting().map((chat) => chat.id)).toEqual([stays.chatId]);

    // Stored as ended: a person who comes back hears so (the element then offers a new chat).
    const cameBack = await person(neverCame.token);
    expect(framesOf(cameBack, 'welcome')[0]).toMatchObject({state: 'ended'});
    expect(framesOf(cameBack, 'event').map((frame) => frame.event)).toEqual([
      expect.objectContaining({kind: 'state', state: 'ended'}),
    ]);
    cameBack.send({type: 'send', clientId: 'late-000001', text: 'Anyone?'});
    expect(await cameBack.next((frame) => frame.type === 'refused')).toMatchObject({reason: 'ended'});
  });
});

describe('a long queue', () => {
  // Behind a proxy on loopback that names each client: 60 chats need 12 clients (5 each).
  const sandbox = useChatSandbox({trustedProxies: 'loopback'});
  async function openSixty(): Promise<string[]> {
    const opened: string[] = [];
    for (let index = 0; index < 60; index++) opened.push((await sandbox.openChat(`10.1.0.${index % 12}`)).chatId);
    return opened;
  }

  it('is listed to agents as its first 50, longest waiting first, and how many in all', async () => {
    const agent = await sandbox.agent();
    const opened = await openSixty();
    await until(() => framesOf(agent, 'queue').at(-1)?.total === 60);
    const waiting = framesOf(agent, 'queue').at(-1)!.waiting as Array<Record<string, unknown>>;
    expect(waiting.map((chat) => chat.id)).toEqual(opened.slice(0, 50));
    // Each as before.
    expect(Object.keys(waiting[0]).sort()).toEqual(['createdAt', 'id', 'name', 'topic']);
  });

  it('is counted by GET /chat/status without loading every waiting chat', async () => {
    const agent = await sandbox.agent();
    await openSixty();
    // Agents hear the queue at most so often: wait for the last telling, which loads the waiting chats itself.
    await until(() => framesOf(agent, 'queue').at(-1)?.total === 60);
    const loaded = vi.spyOn(ChatStore.prototype, 'waiting');
    try {
      const status = (await (await fetch(`${sandbox.origin}/chat/status`)).json()) as {queueLength: number};
      expect(status.queueLength).toBe(60);
      expect(loaded).not.toHaveBeenCalled();
    } finally {
      loaded.mockRestore();
    }
  });
});
