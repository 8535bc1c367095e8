import {readStored, removeStored, writeStored} from '../../core/storage.js';
import type {PendingMessage} from './chat-log.js';

/**
 * A chat this tab is in, kept in sessionStorage so a reload or another page
 * of the same site goes back to it (the exit-page control clears it with
 * everything else). A chat about something sensitive (domestic abuse) is
 * kept in memory only, as the domestic-abuse report keeps nothing.
 */
export interface ChatSession {
  /** Made here (244 random bits): it opens the chat at the endpoint. */
  token: string;
  topic: string;
  /** Open, or minimised to the launcher. */
  panel: 'open' | 'minimised';
  /** Typed and not yet stored by the endpoint: sent when the connection is back. */
  pending: PendingMessage[];
}

const KEY = 'chat';
let inMemory: ChatSession | undefined;

export function readChatSession(): ChatSession | undefined {
  if (inMemory) return inMemory;
  try {
    const stored = JSON.parse(readStored(KEY) ?? 'null') as ChatSession | null;
    return stored && typeof stored.token === 'string' ? stored : undefined;
  } catch {
    return undefined;
  }
}

export function writeChatSession(session: ChatSession, sensitive: boolean): void {
  if (sensitive) inMemory = session;
  else writeStored(KEY, JSON.stringify(session));
}

export function clearChatSession(): void {
  inMemory = undefined;
  removeStored(KEY);
}

/** A new token: two random UUIDs, 244 random bits (the platform's own generator, and the fewest bytes of code). */
export function newChatToken(): string {
  return crypto.randomUUID() + crypto.randomUUID();
}
