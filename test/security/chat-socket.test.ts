import {WebSocket} from 'ws';
import {describe, expect, it, vi} from 'vitest';
import {ChatStore} from '../../demo/server/chat/chat-store.js';
import {TEST_OPERATOR_TOKEN} from '../helpers/test-sandbox-settings.js';
import {chatUnderWay, rawUpgrade, useChatSandbox} from './chat-harness.js';

// Hostile input against the chat's sockets, on a sandbox as `npm start` runs
// it: each gets a clean answer (a close code, an HTTP refusal), and the
// process goes on serving everyone else.
describe('the chat sockets, given hostile input', () => {
  const sandbox = useChatSandbox();

  it('closes a socket that sends a frame over 64 kB (1009), person or agent, and goes on serving', async () => {
    const agent = await sandbox.agent();
    const {person} = await chatUnderWay(sandbox, agent);
    person.socket.send(JSON.stringify({type: 'send', clientId: 'huge-00001', text: 'x'.repeat(65 * 1024)}));
    expect(await person.closed).toBe(1009);
    const other = await sandbox.agent('Kim');
    other.socket.send('x'.repeat(65 * 1024));
    expect(await other.closed).toBe(1009);
    expect(await sandbox.stillServes()).toBe(true);
    // The first agent's socket is untouched.
    agent.send({type: 'ping'});
    await agent.next((frame) => frame.type === 'pong');
  });

  it('refuses an upgrade from an opaque origin (Origin: null) or one that does not parse (403)', async () => {
    for (const origin of ['null', 'not a url', 'http://[', 'http://localhost:6006/path', 'file://'])
      for (const path of ['/chat/socket', '/chat/agent'])
        expect([origin, path, await rawUpgrade(sandbox.origin, path, {Origin: origin})]).toEqual([origin, path, 403]);
    expect(await sandbox.stillServes()).toBe(true);
  });

  it('refuses an upgrade that names another host (DNS rebinding: 421), and one for no chat socket (404)', async () => {
    for (const host of ['evil.example', 'evil.example:80', 'localhost.evil.example', '[::1', ''])
      expect([host, await rawUpgrade(sandbox.origin, '/chat/socket', {Host: host})]).toEqual([host, 421]);
    expect(await rawUpgrade(sandbox.origin, '/elsewhere', {})).toBe(404);
    expect(await sandbox.stillServes()).toBe(true);
  });

  it('answers a page of another site with 403, and takes a Node client (no Origin) and its own pages', async () => {
    expect(await rawUpgrade(sandbox.origin, '/chat/socket', {Origin: 'https://elsewhere.example'})).toBe(403);
    expect(await rawUpgrade(sandbox.origin, '/chat/socket', {Origin: sandbox.origin})).toBe(101);
    expect(await rawUpgrade(sandbox.origin, '/chat/socket', {})).toBe(101);
  });

  it('survives a client that resets the connection in the middle of an upgrade', async () => {
    const {hostname, port} = new URL(sandbox.origin);
    const {connect} = await import('node:net');
    for (let round = 0; round < 5; round++) {
      const socket = connect(Number(port), hostname);
      await new Promise((resolve) => socket.once('connect', resolve));
      socket.write(
        `GET /chat/socket HTTP/1.1\r\nHost: ${hostname}:${port}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n`,
      );
      socket.resetAndDestroy();
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await sandbox.stillServes()).toBe(true);
  });

  it('refuses more than 50 open sockets from one client (429), and takes them again once some close', async () => {
    const held = [];
    for (let index = 0; index < 50; index++) held.push(await sandbox.socket('/chat/socket'));
    expect(await rawUpgrade(sandbox.origin, '/chat/socket', {})).toBe(429);
    expect(await rawUpgrade(sandbox.origin, '/chat/agent', {})).toBe(429);
    expect(await sandbox.stillServes()).toBe(true);
    held[0].close();
    await held[0].closed;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await rawUpgrade(sandbox.origin, '/chat/socket', {})).toBe(101);
  });

  it('tells a second agent saying hello as "PC Smith" nothing without the operator secret, and closes it (4401)', async () => {
    const smith = await sandbox.agent('PC Smith');
    const {chatId, person} = await chatUnderWay(sandbox, smith);
    person.send({type: 'send', clientId: 'secret-0001', text: 'He said he would hurt me'});
    await smith.next((frame) => frame.type === 'event' && (frame.event as {kind: string}).kind === 'message');

    const impostor = await sandbox.socket('/chat/agent');
    impostor.send({type: 'hello', agentName: 'PC Smith', lastSeqs: {[chatId]: 0}});
    expect(await impostor.closed).toBe(4401);
    expect(impostor.frames).toEqual([]);
    // Nor by saying something else first, nor with a wrong secret as a bearer token.
    const pinger = await sandbox.socket('/chat/agent');
    pinger.send({type: 'ping'});
    expect(await pinger.closed).toBe(4401);
    expect(pinger.frames).toEqual([]);
    const bearer = new WebSocket(`${sandbox.origin.replace('http', 'ws')}/chat/agent`, {
      headers: {authorization: 'Bearer wrong-operator-token-000000'},
    });
    const heard: string[] = [];
    bearer.on('message', (data) => heard.push(String(data)));
    bearer.on('open', () => bearer.send(JSON.stringify({type: 'hello', agentName: 'PC Smith', lastSeqs: {}})));
    expect(await new Promise((resolve) => bearer.on('close', resolve))).toBe(4401);
    expect(heard).toEqual([]);
    // The real one, with the secret on its upgrade.
    const real = new WebSocket(`${sandbox.origin.replace('http', 'ws')}/chat/agent`, {
      headers: {authorization: `Bearer ${TEST_OPERATOR_TOKEN}`},
    });
    real.on('open', () => real.send(JSON.stringify({type: 'hello', agentName: 'PC Smith', lastSeqs: {[chatId]: 0}})));
    const transcript = await new Promise<string[]>((resolve) => {
      const frames: string[] = [];
      real.on('message', (data) => {
        frames.push(String(data));
        if (String(data).includes('"synced"')) resolve(frames);
      });
    });
    expect(transcript.join('\n')).toContain('He said he would hurt me');
    real.close();
    expect(await sandbox.stillServes()).toBe(true);
  });

  it('closes only the socket whose frame failed inside the sandbox (1011), and goes on serving', async () => {
    const agent = await sandbox.agent();
    const {token} = await chatUnderWay(sandbox, agent);
    const failing = vi.spyOn(ChatStore.prototype, 'byToken').mockImplementationOnce(() => {
      throw new Error('SQLITE_IOERR: disk I/O error');
    });
    try {
      const unlucky = await sandbox.socket('/chat/socket');
      unlucky.send({type: 'hello', token, lastSeq: 0});
      expect(await unlucky.closed).toBe(1011);
    } finally {
      failing.mockRestore();
    }
    expect(sandbox.logs.join('\n')).toContain('chat frame failed');
    await sandbox.person(token);
    agent.send({type: 'ping'});
    await agent.next((frame) => frame.type === 'pong');
    expect(await sandbox.stillServes()).toBe(true);
  });
});

describe('the chat sockets behind a trusted proxy, given headers that do not parse', () => {
  const sandbox = useChatSandbox({trustedProxies: 'loopback'});

  it('answers each without failing: a forged X-Forwarded-For, a broken cookie, an empty bearer, a broken handshake', async () => {
    const cases: Array<[Record<string, string>, number]> = [
      [{'X-Forwarded-For': 'not-an-address, ::ffff:999.1.1.1'}, 101],
      [{'X-Forwarded-For': ''}, 101],
      [{Cookie: 'soh_operator=%%%; ;='}, 101],
      [{Authorization: 'Bearer'}, 101],
      // A control character: Node's own parser refuses the request.
      [{Authorization: 'Bearer \u0000'}, 400],
      [{'Sec-WebSocket-Key': 'short'}, 400],
      [{'Sec-WebSocket-Version': 'x'}, 400],
    ];
    for (const [headers, status] of cases)
      expect([headers, await rawUpgrade(sandbox.origin, '/chat/agent', headers)]).toEqual([headers, status]);
    expect(await sandbox.stillServes()).toBe(true);
  });
});
