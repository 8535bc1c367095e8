/*
 * What the endpoint's chat socket sends (see docs/contract.md and
 * demo/server/chat/chat-hub.ts). Every stored event has a `seq`, counting
 * from 1 within the chat; `hello` names the last one seen. How far the other
 * side has read is a `read` frame, sent when it moves on and after each hello
 * (an endpoint that stores receipts as events may send those instead).
 */

export type ChatState = 'waiting' | 'active' | 'ended';
export type ChatSender = 'person' | 'agent';

export type ChatEvent =
  | {seq: number; at: string; kind: 'message'; from: ChatSender; text: string; clientId: string}
  | {seq: number; at: string; kind: 'state'; state: ChatState; agentName?: string}
  | {seq: number; at: string; kind: 'read'; by: ChatSender; upToSeq: number};

export type ServerFrame =
  | {type: 'welcome'; state: ChatState; agentName?: string; position?: number; estimatedWaitSeconds?: number}
  | {type: 'event'; event: ChatEvent}
  | {type: 'synced'}
  | {type: 'queue'; position: number; estimatedWaitSeconds: number}
  | {type: 'typing'; typing: boolean}
  | {type: 'read'; by: ChatSender; upToSeq: number}
  // `clientId` is '' for a frame that was not a message (typing, read, hello…).
  | {type: 'refused'; clientId: string; reason: 'empty' | 'too-long' | 'rate' | 'ended'; retryAfterMs?: number}
  | {type: 'pong'};

/** When the contact centre takes chats, in UK time ("08:00" to "20:00"). */
export interface ChatHours {
  opens: string;
  closes: string;
}

/** `GET {endpoint}/chat/status`: whether chats are taken now and when (`null`: at any hour), and how busy. */
export interface ChatStatus {
  open: boolean;
  hours: ChatHours | null;
  agentsAvailable: number;
  queueLength: number;
  estimatedWaitSeconds: number;
}

/** The longest message the endpoint takes, in characters. */
export const MAX_MESSAGE_LENGTH = 2000;
