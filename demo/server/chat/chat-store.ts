import {createHash} from 'node:crypto';
// The wire format is the element's (one definition for both sides): every stored event has a `seq`.
import type {ChatEvent, ChatSender, ChatState} from '../../../src/contract/chat.js';
import type {SandboxDatabase} from '../database.js';

export type {ChatEvent, ChatSender, ChatState};

export interface Chat {
  id: string;
  state: ChatState;
  topic: string;
  name: string;
  agentName?: string;
  createdAt: string;
}

interface ChatRow {
  id: string;
  state: ChatState;
  topic: string;
  name: string;
  agent_name: string | null;
  created_at: string;
}

const toChat = (row: ChatRow): Chat => ({
  id: row.id,
  state: row.state,
  topic: row.topic,
  name: row.name,
  agentName: row.agent_name ?? undefined,
  createdAt: row.created_at,
});

/** A token is kept only as its SHA-256: the database never holds what opens a chat. */
const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

/**
 * Chats and what happened in them, in SQLite. Each message is stored once
 * per `clientId`, so a message sent again after a dropped connection is not
 * stored twice.
 */
export class ChatStore {
  constructor(private readonly database: SandboxDatabase) {
    database.exec(`
      CREATE TABLE IF NOT EXISTS chats (
        id TEXT PRIMARY KEY,
        token_hash TEXT NOT NULL UNIQUE,
        state TEXT NOT NULL,
        topic TEXT NOT NULL,
        name TEXT NOT NULL,
        agent_name TEXT,
        created_at TEXT NOT NULL
      );
      -- The queue, in order, and its length, without reading every chat there ever was.
      CREATE INDEX IF NOT EXISTS chats_by_state ON chats (state, created_at);
      CREATE TABLE IF NOT EXISTS chat_events (
        chat_id TEXT NOT NULL REFERENCES chats(id),
        seq INTEGER NOT NULL,
        event TEXT NOT NULL,
        client_id TEXT,
        PRIMARY KEY (chat_id, seq),
        UNIQUE (chat_id, client_id)
      );
      -- How far each side has read: one row a side, moved on, never one a receipt.
      CREATE TABLE IF NOT EXISTS chat_reads (
        chat_id TEXT NOT NULL REFERENCES chats(id),
        by TEXT NOT NULL,
        up_to_seq INTEGER NOT NULL,
        PRIMARY KEY (chat_id, by)
      );
    `);
  }

  /**
   * Opens a chat for the holder of `token` (made by the browser, kept in its
   * session). The same token again is the same chat: a start sent twice
   * opens one chat.
   */
  open(token: string, topic: string, name: string): Chat {
    const hash = tokenHash(token);
    const existing = this.database.prepare('SELECT * FROM chats WHERE token_hash = ?').get(hash) as ChatRow | undefined;
    if (existing) return toChat(existing);
    const chat: Chat = {id: crypto.randomUUID(), state: 'waiting', topic, name, createdAt: new Date().toISOString()};
    this.database
      .prepare('INSERT INTO chats (id, token_hash, state, topic, name, created_at) VALUES (?, ?, ?, ?, ?, ?)')
      .run(chat.id, hash, chat.state, topic, name, chat.createdAt);
    return chat;
  }

  byToken(token: string): Chat | undefined {
    const row = this.database.prepare('SELECT * FROM chats WHERE token_hash = ?').get(tokenHash(token)) as
      ChatRow | undefined;
    return row && toChat(row);
  }

  byId(id: string): Chat | undefined {
    const row = this.database.prepare('SELECT * FROM chats WHERE id = ?').get(id) as ChatRow | undefined;
    return row && toChat(row);
  }

  /** Chats waiting for an agent, longest waiting first. */
  waiting(): Chat[] {
    return (
      this.database.prepare("SELECT * FROM chats WHERE state = 'waiting' ORDER BY created_at, rowid").all() as ChatRow[]
    ).map(toChat);
  }

  /** How many chats wait for an agent, counted by SQLite (none loaded). */
  waitingCount(): number {
    const {count} = this.database.prepare("SELECT COUNT(*) AS count FROM chats WHERE state = 'waiting'").get() as {
      count: number;
    };
    return count;
  }

  /** Chats an agent is in and has not ended. */
  handledBy(agentName: string): Chat[] {
    return (
      this.database
        .prepare("SELECT * FROM chats WHERE state = 'active' AND agent_name = ? ORDER BY created_at")
        .all(agentName) as ChatRow[]
    ).map(toChat);
  }

  /**
   * Stores a message, unless one with its `clientId` is already stored (a
   * retry): either way, the stored event and whether it is new.
   */
  addMessage(chatId: string, from: ChatSender, text: string, clientId: string): {event: ChatEvent; added: boolean} {
    return this.database.transaction(() => {
      const stored = this.database
        .prepare('SELECT event FROM chat_events WHERE chat_id = ? AND client_id = ?')
        .get(chatId, clientId) as {event: string} | undefined;
      if (stored) return {event: JSON.parse(stored.event) as ChatEvent, added: false};
      return {event: this.append(chatId, {kind: 'message', from, text, clientId}, clientId), added: true};
    })();
  }

  /** Moves a chat on (picked up, ended), as an event both sides see. */
  setState(chatId: string, state: ChatState, agentName?: string): ChatEvent {
    return this.database.transaction(() => {
      this.database
        .prepare('UPDATE chats SET state = ?, agent_name = COALESCE(?, agent_name) WHERE id = ?')
        .run(state, agentName ?? null, chatId);
      return this.append(chatId, {kind: 'state', state, ...(agentName ? {agentName} : {})});
    })();
  }

  /**
   * One side has read everything up to `upToSeq` (never past the last event):
   * its one row moves on. The new mark when it moved; nothing when it did not
   * (a receipt sent again, or for less than before).
   */
  markRead(chatId: string, by: ChatSender, upToSeq: number): number | undefined {
    return this.database.transaction(() => {
      const mark = Math.min(upToSeq, this.lastSeq(chatId));
      if (mark <= (this.readsOf(chatId)[by] ?? 0)) return undefined;
      this.database
        .prepare(
          `INSERT INTO chat_reads (chat_id, by, up_to_seq) VALUES (?, ?, ?)
           ON CONFLICT (chat_id, by) DO UPDATE SET up_to_seq = excluded.up_to_seq`,
        )
        .run(chatId, by, mark);
      return mark;
    })();
  }

  /** How far each side of a chat has read. */
  readsOf(chatId: string): Partial<Record<ChatSender, number>> {
    const rows = this.database.prepare('SELECT by, up_to_seq FROM chat_reads WHERE chat_id = ?').all(chatId) as Array<{
      by: ChatSender;
      up_to_seq: number;
    }>;
    return Object.fromEntries(rows.map((row) => [row.by, row.up_to_seq]));
  }

  eventsAfter(chatId: string, seq: number): ChatEvent[] {
    return (
      this.database
        .prepare('SELECT event FROM chat_events WHERE chat_id = ? AND seq > ? ORDER BY seq')
        .all(chatId, seq) as Array<{event: string}>
    ).map((row) => JSON.parse(row.event) as ChatEvent);
  }

  private lastSeq(chatId: string): number {
    const {last} = this.database
      .prepare('SELECT COALESCE(MAX(seq), 0) AS last FROM chat_events WHERE chat_id = ?')
      .get(chatId) as {last: number};
    return last;
  }

  private append(chatId: string, content: DistributiveOmit<ChatEvent, 'seq' | 'at'>, clientId?: string): ChatEvent {
    const event = {seq: this.lastSeq(chatId) + 1, at: new Date().toISOString(), ...content} as ChatEvent;
    this.database
      .prepare('INSERT INTO chat_events (chat_id, seq, event, client_id) VALUES (?, ?, ?, ?)')
      .run(chatId, event.seq, JSON.stringify(event), clientId ?? null);
    return event;
  }
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
