import {describe, expect, it} from 'vitest';
import {TEST_OPERATOR_TOKEN} from '../helpers/test-sandbox-settings.js';
import type {FrameSocket} from '../server/chat-sockets.js';
import {chatUnderWay, framesOf, until, useChatSandbox, type ChatSandbox} from './chat-harness.js';

// Floods against the chat, with the default limits `npm start` runs with:
// each kind of frame is refused with how long to wait, a socket that goes on
// is closed (4429), a new hello or a reconnect starts nothing afresh, and
// the sandbox goes on serving.
const TOO_MANY_FRAMES = 4429;
const FLOOD = 400;

/** Sends `FLOOD` frames at once; then the socket must have been refused (with a wait) and closed. */
async function expectFloodStopped(socket: FrameSocket, frame: (index: number) => object | string, kind: string) {
  for (let index = 0; index < FLOOD; index++) {
    const made = frame(index);
    socket.socket.send(typeof made === 'string' ? made : JSON.stringify(made));
  }
  expect(await socket.closed).toBe(TOO_MANY_FRAMES);
  const refused = framesOf(socket, 'refused').filter((one) => one.frame === kind);
  expect(refused.length).toBeGreaterThan(0);
  expect(refused[0]).toMatchObject({reason: 'rate'});
  expect(refused[0].retryAfterMs).toBeGreaterThan(0);
  return refused;
}

describe('the chat, flooded', () => {
  const sandbox = useChatSandbox();

  const personFloods: Array<[string, (token: string) => (index: number) => object | string]> = [
    ['send', () => (index) => ({type: 'send', clientId: `flood-${100_000 + index}`, text: 'hi'})],
    ['typing', () => (index) => ({type: 'typing', typing: index % 2 === 0})],
    ['read', () => () => ({type: 'read', upToSeq: 1})],
    ['ping', () => () => ({type: 'ping'})],
    ['hello', (token) => () => ({type: 'hello', token, lastSeq: 0})],
    ['end', () => () => ({type: 'end'})],
    ['other', () => () => 'not a frame'],
  ];
  for (const [kind, frames] of personFloods)
    it(`refuses a person's flood of ${kind} frames, then closes that socket only`, async () => {
      const agent = await sandbox.agent();
      const {token, person} = await chatUnderWay(sandbox, agent);
      await expectFloodStopped(person, frames(token), kind);
      // The agent's socket is untouched, and the sandbox serves.
      agent.send({type: 'ping'});
      await agent.next((frame) => frame.type === 'pong');
      expect(await sandbox.stillServes()).toBe(true);
    });

  const agentFloods: Array<[string, (chatId: string) => (index: number) => object | string]> = [
    ['send', (chatId) => (index) => ({type: 'send', chatId, clientId: `flood-${100_000 + index}`, text: 'hi'})],
    ['typing', (chatId) => (index) => ({type: 'typing', chatId, typing: index % 2 === 0})],
    ['read', (chatId) => () => ({type: 'read', chatId, upToSeq: 1})],
    ['pick', (chatId) => () => ({type: 'pick', chatId})],
    ['end', (chatId) => () => ({type: 'end', chatId})],
    ['ping', () => () => ({type: 'ping'})],
    ['hello', () => () => ({type: 'hello', agentName: 'Sam', lastSeqs: {}, token: TEST_OPERATOR_TOKEN})],
    ['other', () => () => '{"type":"shout"}'],
  ];
  for (const [kind, frames] of agentFloods)
    it(`refuses an agent's flood of ${kind} frames, then closes that socket only`, async () => {
      const flooder = await sandbox.agent();
      const {chatId, person} = await chatUnderWay(sandbox, flooder);
      await expectFloodStopped(flooder, frames(chatId), kind);
      person.send({type: 'ping'});
      await person.next((frame) => frame.type === 'pong');
      expect(await sandbox.stillServes()).toBe(true);
    });

  it('stores one read mark a side, however many receipts arrive, and the agent hears it once', async () => {
    const agent = await sandbox.agent();
    const {chatId, token, person} = await chatUnderWay(sandbox, agent);
    agent.send({type: 'send', chatId, clientId: 'agent-00001', text: 'Hello'});
    await person.next((frame) => frame.type === 'event' && (frame.event as {seq: number}).seq === 2);
    for (let index = 0; index < 100; index++) person.send({type: 'read', upToSeq: 2});
    person.send({type: 'ping'});
    await person.next((frame) => frame.type === 'pong');
    await until(() => framesOf(agent, 'read').length > 0);
    expect(framesOf(agent, 'read')).toEqual([{type: 'read', chatId, by: 'person', upToSeq: 2}]);
    // Back from the start: the conversation's two events, nothing stored for the receipts.
    const again = await sandbox.person(token);
    expect(framesOf(again, 'event').map((frame) => (frame.event as {seq: number}).seq)).toEqual([1, 2]);
  });

  it('does not start a chat’s message limit afresh on a new hello, nor on a reconnect', async () => {
    const agent = await sandbox.agent();
    const {token, person} = await chatUnderWay(sandbox, agent);
    // The burst spent (and some refused).
    for (let index = 0; index < 70; index++)
      person.send({type: 'send', clientId: `first-${100_000 + index}`, text: 'hi'});
    await person.next((frame) => frame.type === 'refused');
    person.send({type: 'hello', token, lastSeq: 0});
    await person.next((frame) => frame.type === 'synced');
    const countRefused = (socket: FrameSocket, prefix: string) =>
      framesOf(socket, 'refused').filter((frame) => String(frame.clientId).startsWith(prefix)).length;
    for (let index = 0; index < 5; index++)
      person.send({type: 'send', clientId: `after-hello-${100_000 + index}`, text: 'hi'});
    await until(() => countRefused(person, 'after-hello-') >= 3, 2000);
    person.close();
    const again = await sandbox.person(token, 1_000_000);
    for (let index = 0; index < 5; index++)
      again.send({type: 'send', clientId: `after-reconnect-${100_000 + index}`, text: 'hi'});
    await until(() => countRefused(again, 'after-reconnect-') >= 3, 2000);
  });

  it('answers a flood of new chats from one client with 429 and Retry-After; the same chat asked again is no new chat', async () => {
    await sandbox.agent();
    const opened = [];
    for (let index = 0; index < 5; index++) opened.push(await sandbox.openChat());
    const token = 'x'.repeat(43);
    const answer = await postChat(sandbox, token);
    expect(answer.status).toBe(429);
    expect(Number(answer.headers.get('retry-after'))).toBeGreaterThan(0);
    // A start sent again (its answer lost) is the chat already open, not a new one: never refused.
    const {token: first} = opened[0];
    expect((await postChat(sandbox, first)).status).toBe(201);
    expect(await sandbox.stillServes()).toBe(true);
  });
});

describe('the chat, flooded from many clients', () => {
  // Behind a proxy on loopback that names each client, as a deployment's would.
  const sandbox = useChatSandbox({trustedProxies: 'loopback'});

  it('tells an agent the queue a few times a second, not once for each of a hundred new chats', async () => {
    const agent = await sandbox.agent();
    const startedAt = Date.now();
    await Promise.all(Array.from({length: 100}, (_, index) => sandbox.openChat(`10.0.${index >> 8}.${index & 255}`)));
    const openedIn = Date.now() - startedAt;
    await until(() => framesOf(agent, 'queue').at(-1)?.total === 100);
    await new Promise((resolve) => setTimeout(resolve, 300));
    // The one on hello, then at most one every 250 ms while chats kept coming, and the last.
    expect(framesOf(agent, 'queue').length).toBeLessThanOrEqual(2 + Math.ceil(openedIn / 250) + 1);
    expect(await sandbox.stillServes()).toBe(true);
  });
});

function postChat(sandbox: ChatSandbox, token: string): Promise<Response> {
  return fetch(`${sandbox.origin}/chat/sessions`, {
    method: 'POST',
    headers: {'content-type': 'application/json'},
    body: JSON.stringify({token, topic: 'something-else', name: ''}),
  });
}
