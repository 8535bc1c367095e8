import type {ChatStatus} from '../../contract/chat.js';
import {endpointFetch} from '../../core/transport/endpoint-fetch.js';
import type {ChatSession} from './chat-session.js';

/** Whether the chat is open and anyone is free (`GET chat/status`). Throws when the endpoint cannot be reached. */
export async function readChatStatus(endpoint: URL): Promise<ChatStatus> {
  return (await (await endpointFetch(new URL('chat/status', endpoint))).json()) as ChatStatus;
}

/**
 * Opens the chat `session` names (`POST chat/sessions`): true once it is open, false when nobody is free after all.
 * Throws when it could not start.
 */
export async function openChat(endpoint: URL, session: ChatSession, name: string): Promise<boolean> {
  const response = await endpointFetch(new URL('chat/sessions', endpoint), {
    method: 'POST',
    headers: {'Content-Type': 'application/json'},
    body: JSON.stringify({token: session.token, topic: session.topic, name}),
  });
  if (response.status === 503) return false;
  if (!response.ok) throw new Error(String(response.status));
  return true;
}
