import type {IncomingMessage} from 'node:http';
import type {Duplex} from 'node:stream';
import {WebSocketServer, type WebSocket} from 'ws';
import {messageProblem, RateLimit} from './chat-limits.js';
import {agentMessageSchema, parseFrame, personMessageSchema, type AgentMessage} from './chat-messages.js';
import type {Chat, ChatEvent, ChatStore} from './chat-store.js';

/** The sandbox's guess at how long one chat takes an agent, for the estimated wait. */
const SECONDS_PER_CHAT = 120;
/** A socket that has not said hello by then is closed. */
const HELLO_WITHIN_MS = 10_000;

interface PersonLink {
  chatId: string;
  limit: RateLimit;
}

interface AgentLink {
  name: string;
  limits: Map<string, RateLimit>;
}

/**
 * The live side of chat: who is connected, and what each of them hears.
 * Everything that matters is stored first (chat-store.ts) and sent with its
 * `seq`; typing and the queue are sent to whoever is connected and not kept.
 * A dropped side reconnects, names the last `seq` it saw, and gets the rest.
 */
export class ChatHub {
  private readonly server = new WebSocketServer({noServer: true, maxPayload: 64 * 1024});
  private readonly people = new Map<WebSocket, PersonLink>();
  private readonly agents = new Map<WebSocket, AgentLink>();
  /** Until then, the chat service is "down": new sockets are refused (`npm run bench`, tests). */
  private downUntil = 0;

  constructor(private readonly store: ChatStore) {}

  /** How many agents are connected. */
  agentsAvailable(): number {
    return new Set([...this.agents.values()].map((agent) => agent.name)).size;
  }

  estimatedWaitSeconds(position: number): number {
    return Math.ceil((position * SECONDS_PER_CHAT) / Math.max(1, this.agentsAvailable()));
  }

  /** Takes a WebSocket upgrade for `/chat/socket` (a person) or `/chat/agent`. */
  upgrade(request: IncomingMessage, socket: Duplex, head: Buffer, side: 'person' | 'agent'): void {
    if (Date.now() < this.downUntil) {
      socket.destroy();
      return;
    }
    this.server.handleUpgrade(request, socket, head, (webSocket) =>
      side === 'person' ? this.welcomePerson(webSocket) : this.welcomeAgent(webSocket),
    );
  }

  /** Cuts every connection at once, as a network would (tests, the bench); with `forMs`, refuses new ones until then. */
  dropAll(forMs = 0): void {
    this.downUntil = Date.now() + forMs;
    for (const webSocket of this.server.clients) webSocket.terminate();
  }

  close(): void {
    this.dropAll();
    this.server.close();
  }

  private welcomePerson(webSocket: WebSocket): void {
    const timer = setTimeout(() => webSocket.close(4408, 'hello expected'), HELLO_WITHIN_MS);
    webSocket.on('close', () => {
      clearTimeout(timer);
      this.people.delete(webSocket);
    });
    webSocket.on('message', (data) => {
      const message = parseFrame(personMessageSchema, data);
      if (!message) return send(webSocket, {type: 'error', reason: 'not-understood'});
      if (message.type === 'ping') return send(webSocket, {type: 'pong'});
      if (message.type === 'hello') {
        clearTimeout(timer);
        const chat = this.store.byToken(message.token);
        if (!chat) return webSocket.close(4404, 'no such chat');
        this.people.set(webSocket, {chatId: chat.id, limit: new RateLimit()});
        send(webSocket, {type: 'welcome', ...this.personView(chat)});
        for (const event of this.store.eventsAfter(chat.id, message.lastSeq)) send(webSocket, {type: 'event', event});
        return send(webSocket, {type: 'synced'});
      }
      const link = this.people.get(webSocket);
      if (!link) return webSocket.close(4401, 'hello first');
      const chat = this.store.byId(link.chatId)!;
      switch (message.type) {
        case 'send':
          return this.takeMessage(webSocket, chat, 'person', message.clientId, message.text, link.limit);
        case 'typing':
          return this.toAgentOf(chat, {type: 'typing', chatId: chat.id, typing: message.typing});
        case 'read':
          return this.publish(chat, this.store.markRead(chat.id, 'person', message.upToSeq));
        case 'end':
          if (chat.state !== 'ended') this.endChat(chat);
          return;
      }
    });
  }

  private welcomeAgent(webSocket: WebSocket): void {
    const timer = setTimeout(() => webSocket.close(4408, 'hello expected'), HELLO_WITHIN_MS);
    webSocket.on('close', () => {
      clearTimeout(timer);
      if (this.agents.delete(webSocket)) this.tellQueue();
    });
    webSocket.on('message', (data) => {
      const message = parseFrame(agentMessageSchema, data);
      if (!message) return send(webSocket, {type: 'error', reason: 'not-understood'});
      if (message.type === 'ping') return send(webSocket, {type: 'pong'});
      if (message.type === 'hello') {
        clearTimeout(timer);
        this.agents.set(webSocket, {name: message.agentName, limits: new Map()});
        for (const chat of this.store.handledBy(message.agentName)) {
          send(webSocket, {type: 'chat', chat});
          for (const event of this.store.eventsAfter(chat.id, message.lastSeqs[chat.id] ?? 0))
            send(webSocket, {type: 'event', chatId: chat.id, event});
        }
        // The queue too, before `synced`: an agent that is synced knows who is waiting.
        this.tellQueue();
        return send(webSocket, {type: 'synced'});
      }
      const agent = this.agents.get(webSocket);
      if (!agent) return webSocket.close(4401, 'hello first');
      this.onAgentMessage(webSocket, agent, message);
    });
  }

  private onAgentMessage(
    webSocket: WebSocket,
    agent: AgentLink,
    message: Exclude<AgentMessage, {type: 'hello' | 'ping'}>,
  ) {
    const chat = this.store.byId(message.chatId);
    if (!chat) return send(webSocket, {type: 'error', reason: 'no-such-chat', chatId: message.chatId});
    if (message.type === 'pick') {
      if (chat.state !== 'waiting') return send(webSocket, {type: 'error', reason: 'taken', chatId: chat.id});
      const event = this.store.setState(chat.id, 'active', agent.name);
      const picked = this.store.byId(chat.id)!;
      for (const [other, link] of this.agents) if (link.name === agent.name) send(other, {type: 'chat', chat: picked});
      this.publish(picked, event);
      return this.tellQueue();
    }
    if (chat.agentName !== agent.name) return send(webSocket, {type: 'error', reason: 'not-yours', chatId: chat.id});
    switch (message.type) {
      case 'send': {
        let limit = agent.limits.get(chat.id);
        if (!limit) agent.limits.set(chat.id, (limit = new RateLimit()));
        return this.takeMessage(webSocket, chat, 'agent', message.clientId, message.text, limit);
      }
      case 'typing':
        return this.toPeopleIn(chat, {type: 'typing', typing: message.typing});
      case 'read':
        return this.publish(chat, this.store.markRead(chat.id, 'agent', message.upToSeq));
      case 'end':
        if (chat.state !== 'ended') this.endChat(chat);
        return;
    }
  }

  /** Stores a message once (by its `clientId`) and tells both sides; or says why it is refused. */
  private takeMessage(
    webSocket: WebSocket,
    chat: Chat,
    from: 'person' | 'agent',
    clientId: string,
    text: string,
    limit: RateLimit,
  ): void {
    const refuse = (reason: string, retryAfterMs?: number) =>
      send(webSocket, {type: 'refused', chatId: chat.id, clientId, reason, ...(retryAfterMs ? {retryAfterMs} : {})});
    if (chat.state === 'ended') return refuse('ended');
    const problem = messageProblem(text);
    if (problem) return refuse(problem);
    const room = limit.take();
    if (!room.allowed) return refuse('rate', room.retryAfterMs);
    const {event, added} = this.store.addMessage(chat.id, from, text, clientId);
    // A message sent again (its answer was lost with the connection): only its sender hears it again.
    if (!added)
      return send(webSocket, from === 'person' ? {type: 'event', event} : {type: 'event', chatId: chat.id, event});
    this.publish(chat, event);
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

  /** The queue changed: each waiting person hears their place, each agent the list. */
  private tellQueue(): void {
    const waiting = this.store.waiting();
    for (const [webSocket, link] of this.people) {
      const position = waiting.findIndex((chat) => chat.id === link.chatId) + 1;
      if (position > 0)
        send(webSocket, {type: 'queue', position, estimatedWaitSeconds: this.estimatedWaitSeconds(position)});
    }
    const list = waiting.map(({id, topic, name, createdAt}) => ({id, topic, name, createdAt}));
    for (const webSocket of this.agents.keys()) send(webSocket, {type: 'queue', waiting: list});
  }

  /** A new chat is waiting. */
  opened(): void {
    this.tellQueue();
  }
}

function send(webSocket: WebSocket, frame: object): void {
  if (webSocket.readyState === webSocket.OPEN) webSocket.send(JSON.stringify(frame));
}
