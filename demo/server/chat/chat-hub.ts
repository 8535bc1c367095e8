import type {IncomingMessage} from 'node:http';
import type {Duplex} from 'node:stream';
import {WebSocketServer, type RawData, type WebSocket} from 'ws';
import type {OperatorAuth} from '../back-office/operator-auth.js';
import {ChatLimits, messageProblem, TOO_MANY_FRAMES, type FrameKind} from './chat-limits.js';
import {agentMessageSchema, parseFrame, personMessageSchema, type AgentMessage} from './chat-messages.js';
import type {Chat, ChatEvent, ChatSender, ChatStore} from './chat-store.js';
import {refuseUpgrade} from './chat-upgrade.js';

/** The sandbox's guess at how long one chat takes an agent, for the estimated wait. */
const SECONDS_PER_CHAT = 120;
/** A socket that has not said hello by then is closed. */
const HELLO_WITHIN_MS = 10_000;
/** The queue is told at most this often: a flood of new chats is one list every so often, not one list per chat. */
const QUEUE_EVERY_MS = 250;
/** Agents hear the first so many waiting, and how many in all: a long queue is not a long frame four times a second. */
const QUEUE_LISTS_AT_MOST = 50;
/**
 * A waiting chat whose person has had no socket open this long is ended: they
 * have gone (their page reconnects within a second, and every 30 seconds at
 * most while the sandbox is away), and left chats would otherwise wait for ever.
 */
const ABANDONED_AFTER_MS = 10 * 60_000;
/** How often the hub looks for such chats. */
const LOOK_FOR_ABANDONED_EVERY_MS = 60_000;
/**
 * Chat sockets one client may hold open at once (a person's tabs, a contact
 * centre's consoles behind one address): more are refused with 429, so one
 * client cannot hold the sandbox's memory with idle sockets.
 */
const SOCKETS_PER_CLIENT = 50;
/** The close code for an agent socket that did not sign in (and for a frame before `hello`). */
export const NOT_SIGNED_IN = 4401;

/** Who is upgrading: the client's address (limits count it), and whether the upgrade itself proved an operator. */
export interface Upgrader {
  client: string;
  operator: boolean;
}

/** The hub's clock, and how long a waiting chat may be left alone: tests move the clock and look more often. */
export interface ChatHubTiming {
  now: () => number;
  abandonedAfterMs: number;
  lookForAbandonedEveryMs: number;
}

interface PersonLink {
  chatId: string;
}

interface AgentLink {
  name: string;
}

/**
 * The live side of chat: who is connected, and what each of them hears.
 * Everything that matters is stored first (chat-store.ts) and sent with its
 * `seq`; how far each side has read, typing and the queue are sent as they
 * change. A dropped side reconnects, names the last `seq` it saw, and gets the
 * rest. Nothing a client sends can stop the process: every socket has an error
 * handler, and a frame that fails closes its own socket only.
 */
export class ChatHub {
  private readonly server = new WebSocketServer({noServer: true, maxPayload: 64 * 1024});
  private readonly people = new Map<WebSocket, PersonLink>();
  private readonly agents = new Map<WebSocket, AgentLink>();
  private readonly limits: ChatLimits;
  /** Sockets open from each client. */
  private readonly openFrom = new Map<string, number>();
  /** Until then, the chat service is "down": new sockets are refused (`npm run bench`, tests). */
  private downUntil = 0;
  private queueTimer?: ReturnType<typeof setTimeout>;
  private queueToldAt = 0;
  /** Since when each waiting chat has had no socket of its person (by the hub's clock). */
  private readonly aloneSince = new Map<string, number>();
  private readonly abandonedTimer: ReturnType<typeof setInterval>;
  private readonly timing: ChatHubTiming;

  constructor(
    private readonly store: ChatStore,
    private readonly operators: OperatorAuth,
    /** Hears what failed inside the hub (for the log: never a frame's content). */
    private readonly onFailure: (error: unknown) => void = () => undefined,
    timing: Partial<ChatHubTiming> = {},
  ) {
    this.limits = new ChatLimits();
    this.timing = {
      now: Date.now,
      abandonedAfterMs: ABANDONED_AFTER_MS,
      lookForAbandonedEveryMs: LOOK_FOR_ABANDONED_EVERY_MS,
      ...timing,
    };
    this.abandonedTimer = setInterval(() => {
      try {
        this.endAbandoned();
      } catch (error) {
        this.onFailure(error);
      }
    }, this.timing.lookForAbandonedEveryMs).unref();
  }

  /** How many agents are connected. */
  agentsAvailable(): number {
    return new Set([...this.agents.values()].map((agent) => agent.name)).size;
  }

  estimatedWaitSeconds(position: number): number {
    return Math.ceil((position * SECONDS_PER_CHAT) / Math.max(1, this.agentsAvailable()));
  }

  /** Takes a WebSocket upgrade for `/chat/socket` (a person) or `/chat/agent`, already checked by the routes. */
  upgrade(request: IncomingMessage, socket: Duplex, head: Buffer, side: 'person' | 'agent', from: Upgrader): void {
    if (Date.now() < this.downUntil) return refuseUpgrade(socket, 503);
    const open = this.openFrom.get(from.client) ?? 0;
    if (open >= SOCKETS_PER_CLIENT) return refuseUpgrade(socket, 429);
    this.server.handleUpgrade(request, socket, head, (webSocket) => {
      // A frame over maxPayload, a broken frame, a reset: ws closes that socket (1009, 1002…) after telling us here.
      webSocket.on('error', () => undefined);
      this.openFrom.set(from.client, (this.openFrom.get(from.client) ?? 0) + 1);
      webSocket.on('close', () => {
        const left = (this.openFrom.get(from.client) ?? 1) - 1;
        if (left > 0) this.openFrom.set(from.client, left);
        else this.openFrom.delete(from.client);
      });
      if (side === 'person') this.welcomePerson(webSocket, from.client);
      else this.welcomeAgent(webSocket, from);
    });
  }

  /** Cuts every connection at once, as a network would (tests, the bench); with `forMs`, refuses new ones until then. */
  dropAll(forMs = 0): void {
    this.downUntil = Date.now() + forMs;
    for (const webSocket of this.server.clients) webSocket.terminate();
  }

  close(): void {
    clearInterval(this.abandonedTimer);
    clearTimeout(this.queueTimer);
    this.queueTimer = undefined;
    this.dropAll();
    this.server.close();
  }

  /** A chat was opened (or asked for again): a new one is waiting, alone until its person connects. */
  opened(chatId: string): void {
    if (!this.aloneSince.has(chatId)) this.aloneSince.set(chatId, this.timing.now());
    this.tellQueue();
  }

  private welcomePerson(webSocket: WebSocket, client: string): void {
    const timer = setTimeout(() => webSocket.close(4408, 'hello expected'), HELLO_WITHIN_MS);
    webSocket.on('close', () => {
      clearTimeout(timer);
      const link = this.people.get(webSocket);
      this.people.delete(webSocket);
      if (link) this.aloneSince.set(link.chatId, this.timing.now());
    });
    // Until the socket names its chat, what it sends counts against its client.
    const unbound = `person@${client}`;
    this.onFrames(webSocket, (data) => {
      const link = this.people.get(webSocket);
      const key = link ? `person ${link.chatId}` : unbound;
      const message = parseFrame(personMessageSchema, data);
      if (this.answeredAlready(webSocket, message, key)) return;
      if (message.type === 'hello') return this.personHello(webSocket, unbound, link, message, timer);
      if (!link) return webSocket.close(NOT_SIGNED_IN, 'hello first');
      const chat = this.store.byId(link.chatId)!;
      if (!this.allowed(webSocket, message.type, key, refusalFor(chat, message))) return;
      switch (message.type) {
        case 'send':
          return this.takeMessage(webSocket, chat, 'person', message.clientId, message.text);
        case 'typing':
          return this.toAgentOf(chat, {type: 'typing', chatId: chat.id, typing: message.typing});
        case 'read':
          return this.takeRead(chat, 'person', message.upToSeq);
        case 'end':
          if (chat.state !== 'ended') this.endChat(chat);
          return;
      }
    });
  }

  private personHello(
    webSocket: WebSocket,
    unbound: string,
    link: PersonLink | undefined,
    message: {token: string; lastSeq: number},
    timer: ReturnType<typeof setTimeout>,
  ): void {
    const chat = this.store.byToken(message.token);
    if (!chat) {
      // Guessing tokens counts against the client.
      if (this.allowed(webSocket, 'other', unbound)) webSocket.close(4404, 'no such chat');
      return;
    }
    // Counted against the chat, so saying hello again (or reconnecting) starts nothing afresh.
    if (!this.allowed(webSocket, 'hello', `person ${chat.id}`)) {
      if (!link) webSocket.close(TOO_MANY_FRAMES, 'wait before saying hello again');
      return;
    }
    clearTimeout(timer);
    this.people.set(webSocket, {chatId: chat.id});
    send(webSocket, {type: 'welcome', ...this.personView(chat)});
    for (const event of this.store.eventsAfter(chat.id, message.lastSeq)) send(webSocket, {type: 'event', event});
    const agentRead = this.store.readsOf(chat.id).agent;
    if (agentRead) send(webSocket, {type: 'read', by: 'agent', upToSeq: agentRead});
    send(webSocket, {type: 'synced'});
  }

  /**
   * What either side may send at any time, answered here: a frame not understood (an error), or a ping (a pong),
   * each within its limit. True when the frame was one of these.
   */
  private answeredAlready<Message extends {type: string}>(
    webSocket: WebSocket,
    message: Message | undefined,
    key: string,
  ): message is undefined | Extract<Message, {type: 'ping'}> {
    if (!message) {
      if (this.allowed(webSocket, 'other', key)) send(webSocket, {type: 'error', reason: 'not-understood'});
      return true;
    }
    if (message.type !== 'ping') return false;
    if (this.allowed(webSocket, 'ping', key)) send(webSocket, {type: 'pong'});
    return true;
  }

  private welcomeAgent(webSocket: WebSocket, from: Upgrader): void {
    const timer = setTimeout(() => webSocket.close(4408, 'hello expected'), HELLO_WITHIN_MS);
    webSocket.on('close', () => {
      clearTimeout(timer);
      if (this.agents.delete(webSocket)) this.tellQueue();
    });
    const unbound = `agent@${from.client}`;
    let signedIn = from.operator;
    this.onFrames(webSocket, (data) => {
      const message = parseFrame(agentMessageSchema, data);
      if (!signedIn) {
        // Not signed in by its upgrade: its first frame is a hello with the operator secret, and until then it hears
        // nothing at all. Failed attempts count against the client.
        signedIn = message?.type === 'hello' && this.operators.verify(message.token, from.client).matches;
        if (!signedIn)
          return webSocket.close(
            this.limits.take('other', unbound).allowed ? NOT_SIGNED_IN : TOO_MANY_FRAMES,
            'sign in first',
          );
      }
      if (this.answeredAlready(webSocket, message, unbound)) return;
      const agent = this.agents.get(webSocket);
      if (message.type === 'hello') {
        if (!this.allowed(webSocket, 'hello', unbound)) {
          if (!agent) webSocket.close(TOO_MANY_FRAMES, 'wait before saying hello again');
          return;
        }
        clearTimeout(timer);
        this.agents.set(webSocket, {name: message.agentName});
        for (const chat of this.store.handledBy(message.agentName)) {
          send(webSocket, {type: 'chat', chat});
          for (const event of this.store.eventsAfter(chat.id, message.lastSeqs[chat.id] ?? 0))
            send(webSocket, {type: 'event', chatId: chat.id, event});
          const personRead = this.store.readsOf(chat.id).person;
          if (personRead) send(webSocket, {type: 'read', chatId: chat.id, by: 'person', upToSeq: personRead});
        }
        // The queue too, before `synced`: an agent that is synced knows who is waiting.
        send(webSocket, this.agentQueueFrame());
        // One more agent: the waits people are told change.
        this.tellQueue();
        return send(webSocket, {type: 'synced'});
      }
      if (!agent) return webSocket.close(NOT_SIGNED_IN, 'hello first');
      this.onAgentMessage(webSocket, agent, message, unbound);
    });
  }

  private onAgentMessage(
    webSocket: WebSocket,
    agent: AgentLink,
    message: Exclude<AgentMessage, {type: 'hello' | 'ping'}>,
    unbound: string,
  ) {
    const chat = this.store.byId(message.chatId);
    if (!chat) {
      if (this.allowed(webSocket, 'other', unbound))
        send(webSocket, {type: 'error', reason: 'no-such-chat', chatId: message.chatId});
      return;
    }
    const key = `agent ${chat.id}`;
    if (message.type === 'pick') {
      if (!this.allowed(webSocket, 'pick', key, {about: {chatId: chat.id}})) return;
      if (chat.state !== 'waiting') return send(webSocket, {type: 'error', reason: 'taken', chatId: chat.id});
      const event = this.store.setState(chat.id, 'active', agent.name);
      const picked = this.store.byId(chat.id)!;
      for (const [other, link] of this.agents) if (link.name === agent.name) send(other, {type: 'chat', chat: picked});
      this.publish(picked, event);
      return this.tellQueue();
    }
    if (chat.agentName !== agent.name) {
      if (this.allowed(webSocket, 'other', unbound))
        send(webSocket, {type: 'error', reason: 'not-yours', chatId: chat.id});
      return;
    }
    if (!this.allowed(webSocket, message.type, key, refusalFor(chat, message))) return;
    switch (message.type) {
      case 'send':
        return this.takeMessage(webSocket, chat, 'agent', message.clientId, message.text);
      case 'typing':
        return this.toPeopleIn(chat, {type: 'typing', typing: message.typing});
      case 'read':
        return this.takeRead(chat, 'agent', message.upToSeq);
      case 'end':
        if (chat.state !== 'ended') this.endChat(chat);
        return;
    }
  }

  /** Runs `handle` for each frame; one that throws closes its own socket, and nothing else. */
  private onFrames(webSocket: WebSocket, handle: (data: RawData) => void): void {
    webSocket.on('message', (data) => {
      try {
        handle(data);
      } catch (error) {
        this.onFailure(error);
        try {
          webSocket.close(1011, 'failed');
        } catch {
          webSocket.terminate();
        }
      }
    });
  }

  /**
   * Takes one frame of `kind` from `key`'s bucket. Refused: the socket is told
   * how long to wait (`retryAfterMs`), or, when it has been refused more than it
   * may, closed.
   */
  private allowed(webSocket: WebSocket, kind: FrameKind, key: string, refusal: Refusal = {}): boolean {
    const room = this.limits.take(kind, key);
    if (room.allowed) return true;
    if (this.limits.struckOut(key)) webSocket.close(TOO_MANY_FRAMES, 'too many frames');
    else
      send(
        webSocket,
        refusal.instead ?? {
          type: 'refused',
          clientId: '',
          ...refusal.about,
          frame: kind,
          reason: 'rate',
          retryAfterMs: room.retryAfterMs,
        },
      );
    return false;
  }

  /** Stores a message once (by its `clientId`) and tells both sides; or says why it is refused. */
  private takeMessage(webSocket: WebSocket, chat: Chat, from: ChatSender, clientId: string, text: string): void {
    const refuse = (reason: string) => send(webSocket, {type: 'refused', chatId: chat.id, clientId, reason});
    if (chat.state === 'ended') return refuse('ended');
    const problem = messageProblem(text);
    if (problem) return refuse(problem);
    const {event, added} = this.store.addMessage(chat.id, from, text, clientId);
    // A message sent again (its answer was lost with the connection): only its sender hears it again.
    if (!added)
      return send(webSocket, from === 'person' ? {type: 'event', event} : {type: 'event', chatId: chat.id, event});
    this.publish(chat, event);
  }

  /** One side has read up to `upToSeq`: the other side hears it when it moved on (a receipt again is not news). */
  private takeRead(chat: Chat, by: ChatSender, upToSeq: number): void {
    const mark = this.store.markRead(chat.id, by, upToSeq);
    if (mark === undefined) return;
    if (by === 'person') this.toAgentOf(chat, {type: 'read', chatId: chat.id, by, upToSeq: mark});
    else this.toPeopleIn(chat, {type: 'read', by, upToSeq: mark});
  }

  private endChat(chat: Chat): void {
    const wasWaiting = chat.state === 'waiting';
    this.publish(chat, this.store.setState(chat.id, 'ended'));
    if (wasWaiting) this.tellQueue();
  }

  /** A stored event, to the person's sockets and the agent handling the chat. */
  private publish(chat: Chat, event: ChatEvent): void {
    this.toPeopleIn(chat, {type: 'event', event});
    this.toAgentOf(this.store.byId(chat.id)!, {type: 'event', chatId: chat.id, event});
  }

  private toPeopleIn(chat: Chat, frame: object): void {
    for (const [webSocket, link] of this.people) if (link.chatId === chat.id) send(webSocket, frame);
  }

  private toAgentOf(chat: Chat, frame: object): void {
    if (!chat.agentName) return;
    for (const [webSocket, agent] of this.agents) if (agent.name === chat.agentName) send(webSocket, frame);
  }

  /** Where a chat stands, for the person: its state, and while it waits, its place and the estimated wait. */
  private personView(chat: Chat): object {
    const position = this.store.waiting().findIndex((waiting) => waiting.id === chat.id) + 1;
    return {
      state: chat.state,
      agentName: chat.agentName,
      ...(position > 0 ? {position, estimatedWaitSeconds: this.estimatedWaitSeconds(position)} : {}),
    };
  }

  /** The first waiting chats (longest waiting first), and how many wait in all. */
  private agentQueueFrame(waiting = this.store.waiting()): object {
    return {
      type: 'queue',
      waiting: waiting
        .slice(0, QUEUE_LISTS_AT_MOST)
        .map(({id, topic, name, createdAt}) => ({id, topic, name, createdAt})),
      total: waiting.length,
    };
  }

  /**
   * Ends each waiting chat whose person has had no socket open for
   * `abandonedAfterMs`, as the person ending it would: stored, so a person who
   * comes back hears it has ended (and can start another).
   */
  private endAbandoned(): void {
    const now = this.timing.now();
    const waiting = this.store.waiting();
    const waitingIds = new Set(waiting.map((chat) => chat.id));
    for (const chatId of this.aloneSince.keys()) if (!waitingIds.has(chatId)) this.aloneSince.delete(chatId);
    const present = new Set([...this.people.values()].map((link) => link.chatId));
    for (const chat of waiting) {
      if (present.has(chat.id)) continue;
      const since = this.aloneSince.get(chat.id);
      // Not known to be alone (waiting since before the sandbox restarted): from now, then.
      if (since === undefined) this.aloneSince.set(chat.id, now);
      else if (now - since >= this.timing.abandonedAfterMs) {
        this.aloneSince.delete(chat.id);
        this.endChat(chat);
      }
    }
  }

  /**
   * The queue changed: each waiting person hears their place, each agent the
   * list. At once when it was last told a while ago; otherwise once, when the
   * while is up, with everything that changed meanwhile.
   */
  private tellQueue(): void {
    if (this.queueTimer) return;
    const wait = this.queueToldAt + QUEUE_EVERY_MS - Date.now();
    if (wait <= 0) return this.tellQueueNow();
    this.queueTimer = setTimeout(() => {
      this.queueTimer = undefined;
      try {
        this.tellQueueNow();
      } catch (error) {
        this.onFailure(error);
      }
    }, wait);
  }

  private tellQueueNow(): void {
    this.queueToldAt = Date.now();
    const waiting = this.store.waiting();
    const positions = new Map(waiting.map((chat, index) => [chat.id, index + 1]));
    for (const [webSocket, link] of this.people) {
      const position = positions.get(link.chatId);
      if (position)
        send(webSocket, {type: 'queue', position, estimatedWaitSeconds: this.estimatedWaitSeconds(position)});
    }
    const frame = this.agentQueueFrame(waiting);
    for (const webSocket of this.agents.keys()) send(webSocket, frame);
  }
}

/** What a refused frame is answered with: the rate refusal, naming what it is `about`; or another answer `instead`. */
interface Refusal {
  about?: object;
  instead?: object;
}

/** A message names its `clientId`; one for a chat that has ended is told so, whatever its rate (it is never stored). */
function refusalFor(chat: Chat, message: {type: string; clientId?: string}): Refusal {
  const about = {chatId: chat.id, ...(message.clientId ? {clientId: message.clientId} : {})};
  if (message.type !== 'send' || chat.state !== 'ended') return {about};
  return {about, instead: {type: 'refused', ...about, reason: 'ended'}};
}

function send(webSocket: WebSocket, frame: object): void {
  if (webSocket.readyState === webSocket.OPEN) webSocket.send(JSON.stringify(frame));
}
