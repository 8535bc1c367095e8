import {randomBytes} from 'node:crypto';
import type {FastifyInstance} from 'fastify';
import {WebSocket} from 'ws';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {TEST_OPERATOR_TOKEN} from '../helpers/test-sandbox-settings.js';
import {FrameSocket, type Frame} from './chat-sockets.js';
import {startTestSandbox} from './sandbox-helpers.js';

// Live chat on the sandbox, over real HTTP and WebSockets: what is stored,
// in what order, and what each side hears after a dropped connection.
let app: FastifyInstance;
let origin: string;
let logs: string[];
const sockets: FrameSocket[] = [];

beforeEach(async () => {
  ({app, logs} = await startTestSandbox());
  origin = await app.listen({port: 0, host: '127.0.0.1'});
});
afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.close();
  await app.close();
});

const wsUrl = (path: string) => `${origin.replace('http', 'ws')}${path}`;
const newToken = () => randomBytes(32).toString('base64url');

async function connect(path: string, frameOrigin = origin): Promise<FrameSocket> {
  const socket = await FrameSocket.open(wsUrl(path), frameOrigin);
  sockets.push(socket);
  return socket;
}

async function agent(name = 'Sam'): Promise<FrameSocket> {
  const socket = await connect('/chat/agent');
  socket.send({type: 'hello', agentName: name, lastSeqs: {}, token: TEST_OPERATOR_TOKEN});
  await socket.next((frame) => frame.type === 'synced');
  return socket;
}

async function openChat(token = newToken(), topic = 'something-else'): Promise<{chatId: string; token: string}> {
  const response = await app.inject({method: 'POST', url: '/chat/sessions', payload: {token, topic, name: 'Alex'}});
  expect(response.statusCode).toBe(201);
  return {chatId: response.json().chatId, token};
}

async function person(token: string, lastSeq = 0): Promise<FrameSocket> {
  const socket = await connect('/chat/socket');
  socket.send({type: 'hello', token, lastSeq});
  return socket;
}

const isEvent = (kind: string) => (frame: Frame) =>
  frame.type === 'event' && (frame.event as {kind: string}).kind === kind;

describe('live chat on the sandbox', () => {
  it('says when nobody can take a chat, and refuses to open one', async () => {
    const status = (await app.inject({method: 'GET', url: '/chat/status'})).json();
    expect(status).toMatchObject({open: true, agentsAvailable: 0, queueLength: 0});
    const refused = await app.inject({
      method: 'POST',
      url: '/chat/sessions',
      payload: {token: newToken(), topic: 'x', name: ''},
    });
    expect(refused.statusCode).toBe(503);
  });

  it('is closed outside its hours', async () => {
    await app.close();
    ({app} = await startTestSandbox({chatHours: {opens: '00:00', closes: '00:00'}}));
    expect((await app.inject({method: 'GET', url: '/chat/status'})).json()).toMatchObject({open: false});
  });

  it('queues a chat, an agent picks it up, and messages reach each side with their sequence numbers', async () => {
    const sam = await agent();
    expect((await app.inject({method: 'GET', url: '/chat/status'})).json().agentsAvailable).toBe(1);
    const {chatId, token} = await openChat();
    // Opening it twice with the same token is the same chat.
    expect((await openChat(token)).chatId).toBe(chatId);
    const queue = await sam.next((frame) => frame.type === 'queue' && (frame.waiting as unknown[]).length === 1);
    expect((queue.waiting as Array<{id: string; name: string}>)[0]).toMatchObject({id: chatId, name: 'Alex'});

    const alex = await person(token);
    expect(await alex.next((frame) => frame.type === 'welcome')).toMatchObject({
      state: 'waiting',
      position: 1,
      estimatedWaitSeconds: 120,
    });
    await alex.next((frame) => frame.type === 'synced');
    sam.send({type: 'pick', chatId});
    const picked = await alex.next(isEvent('state'));
    expect(picked.event).toMatchObject({seq: 1, kind: 'state', state: 'active', agentName: 'Sam'});

    alex.send({type: 'send', clientId: 'client-0001', text: 'Hello <script>alert(1)</script>'});
    const heard = await sam.next(isEvent('message'));
    expect(heard).toMatchObject({chatId, event: {seq: 2, from: 'person', text: 'Hello <script>alert(1)</script>'}});
    // Sent again (the answer was lost): stored once, heard again only by its sender.
    alex.send({type: 'send', clientId: 'client-0001', text: 'Hello <script>alert(1)</script>'});
    await alex.next(isEvent('message'));
    expect((await alex.next(isEvent('message'))).event).toMatchObject({seq: 2});

    sam.send({type: 'typing', chatId, typing: true});
    expect(await alex.next((frame) => frame.type === 'typing')).toMatchObject({typing: true});
    sam.send({type: 'send', chatId, clientId: 'agent-0001', text: 'How can I help?'});
    expect((await alex.next(isEvent('message'))).event).toMatchObject({seq: 3, from: 'agent'});

    // Back after a dropped connection: only what came after the last it saw.
    alex.close();
    const again = await person(token, 2);
    await again.next((frame) => frame.type === 'welcome');
    const replayed = await again.next(isEvent('message'));
    expect(replayed.event).toMatchObject({seq: 3, text: 'How can I help?'});
    await again.next((frame) => frame.type === 'synced');

    // The server's log never holds what was said, nor the name.
    expect(logs.join('\n')).not.toContain('How can I help');
    expect(logs.join('\n')).not.toContain('Alex');
  });

  it('refuses a message too long, messages too fast, and any after the end', async () => {
    const sam = await agent();
    const {chatId, token} = await openChat();
    sam.send({type: 'pick', chatId});
    const alex = await person(token);
    await alex.next((frame) => frame.type === 'synced');
    alex.send({type: 'send', clientId: 'long-00001', text: 'x'.repeat(2001)});
    expect(await alex.next((frame) => frame.type === 'refused')).toMatchObject({reason: 'too-long'});
    for (let index = 0; index < 70; index++) alex.send({type: 'send', clientId: `fast-${1000 + index}`, text: 'hi'});
    const rate = await alex.next((frame) => frame.type === 'refused');
    expect(rate).toMatchObject({reason: 'rate'});
    expect(rate.retryAfterMs).toBeGreaterThan(0);
    alex.send({type: 'end'});
    await alex.next((frame) => isEvent('state')(frame) && (frame.event as {state: string}).state === 'ended');
    alex.send({type: 'send', clientId: 'late-00001', text: 'one more'});
    expect(await alex.next((frame) => frame.type === 'refused' && frame.clientId === 'late-00001')).toMatchObject({
      reason: 'ended',
    });
  });

  it('refuses a socket opened by a page of another site, and a token it does not know', async () => {
    await expect(FrameSocket.open(wsUrl('/chat/socket'), 'https://elsewhere.example')).rejects.toThrow();
    const stranger = await person(newToken());
    expect(await stranger.closed).toBe(4404);
  });

  it('drops every connection on request, and keeps new ones out for a while', async () => {
    const sam = await agent();
    const dropped = await app.inject({method: 'POST', url: '/__chat/drop', payload: {forMs: 300}});
    expect(dropped.statusCode).toBe(204);
    await sam.closed;
    await expect(FrameSocket.open(wsUrl('/chat/agent'))).rejects.toThrow();
    await new Promise((resolve) => setTimeout(resolve, 350));
    await agent();
  });

  it('takes the agent socket only from an operator: bearer token, session cookie, or the secret in its first frame', async () => {
    const {chatId, token} = await openChatWith(await agent('Sam'));
    const secret = await person(token);
    await secret.next((frame) => frame.type === 'synced');

    // Neither on the upgrade nor in the first frame: closed, and told nothing (not the queue, not a transcript).
    const stranger = await connect('/chat/agent');
    stranger.send({type: 'hello', agentName: 'Sam', lastSeqs: {[chatId]: 0}});
    expect(await stranger.closed).toBe(4401);
    expect(stranger.frames).toEqual([]);
    const guesser = await connect('/chat/agent');
    guesser.send({type: 'hello', agentName: 'Sam', lastSeqs: {}, token: 'not-the-operator-token'});
    expect(await guesser.closed).toBe(4401);
    expect(guesser.frames).toEqual([]);
    const wrongBearer = await rawAgent({authorization: 'Bearer not-the-operator-token'});
    wrongBearer.send(JSON.stringify({type: 'hello', agentName: 'Sam', lastSeqs: {}}));
    expect(await closeOf(wrongBearer)).toBe(4401);

    // The secret as a bearer token (a Node client), or a signed-in console's cookie from this endpoint's own page.
    const bearer = await rawAgent({authorization: `Bearer ${TEST_OPERATOR_TOKEN}`});
    const heard = collect(bearer);
    bearer.send(JSON.stringify({type: 'hello', agentName: 'Sam', lastSeqs: {}}));
    await until(() => heard.some((frame) => frame.type === 'synced'));
    expect(heard.filter((frame) => frame.type === 'event').map((frame) => frame.chatId)).toContain(chatId);
    bearer.close();
    const signedIn = await app.inject({
      method: 'POST',
      url: '/sign-in',
      headers: {'content-type': 'application/x-www-form-urlencoded'},
      payload: `token=${TEST_OPERATOR_TOKEN}&next=/agent`,
    });
    const cookie = String(signedIn.headers['set-cookie']).split(';')[0];
    expect(cookie).toMatch(/^soh_operator=./);
    const consolePage = await rawAgent({cookie, origin});
    consolePage.send(JSON.stringify({type: 'hello', agentName: 'Sam', lastSeqs: {}}));
    const consoleHeard = collect(consolePage);
    await until(() => consoleHeard.some((frame) => frame.type === 'synced'));
    consolePage.close();
    // The cookie from a page of another origin (the same site, another port: SameSite lets it through) is not enough.
    const otherPort = await rawAgent({cookie, origin: 'http://localhost:6006'});
    otherPort.send(JSON.stringify({type: 'hello', agentName: 'Sam', lastSeqs: {}}));
    expect(await closeOf(otherPort)).toBe(4401);
  });

  it('keeps one read mark per side, and each side hears the other has read', async () => {
    const sam = await agent();
    const {chatId, token} = await openChatWith(sam);
    const alex = await person(token);
    await alex.next((frame) => frame.type === 'synced');
    sam.send({type: 'send', chatId, clientId: 'agent-0001', text: 'Hello'});
    await alex.next(isEvent('message'));
    alex.send({type: 'read', upToSeq: 2});
    expect(await sam.next((frame) => frame.type === 'read')).toMatchObject({chatId, by: 'person', upToSeq: 2});
    // The same receipt again is not news; one past the last event is read up to the last.
    alex.send({type: 'read', upToSeq: 2});
    alex.send({type: 'read', upToSeq: 99});
    alex.send({type: 'send', clientId: 'client-0001', text: 'Hi'});
    await sam.next(isEvent('message'));
    expect(sam.frames.filter((frame) => frame.type === 'read')).toHaveLength(1);
    sam.send({type: 'read', chatId, upToSeq: 3});
    expect(await alex.next((frame) => frame.type === 'read')).toMatchObject({by: 'agent', upToSeq: 3});
    // Receipts are not events: a reconnect replays the conversation, then where each side has read to.
    alex.close();
    const again = await person(token);
    await again.next((frame) => frame.type === 'synced');
    expect(
      again.frames.filter((frame) => frame.type === 'event').map((frame) => (frame.event as {seq: number}).seq),
    ).toEqual([1, 2, 3]);
    expect(again.frames.find((frame) => frame.type === 'read')).toMatchObject({by: 'agent', upToSeq: 3});
  });
});

/** A chat opened and picked up by `agentSocket`. */
async function openChatWith(agentSocket: FrameSocket): Promise<{chatId: string; token: string}> {
  const opened = await openChat();
  agentSocket.send({type: 'pick', chatId: opened.chatId});
  await agentSocket.next(isEvent('state'));
  return opened;
}

/** An agent socket from Node with the upgrade's headers chosen. */
function rawAgent(headers: Record<string, string>): Promise<WebSocket> {
  const socket = new WebSocket(wsUrl('/chat/agent'), {headers});
  socket.on('error', () => undefined);
  return new Promise((resolve) => socket.once('open', () => resolve(socket)));
}

function collect(socket: WebSocket): Frame[] {
  const frames: Frame[] = [];
  socket.on('message', (data) => frames.push(JSON.parse(String(data)) as Frame));
  return frames;
}

function closeOf(socket: WebSocket): Promise<number> {
  return new Promise((resolve) => socket.once('close', (code) => resolve(code)));
}

async function until(check: () => boolean, ms = 3000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('waited in vain');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
