import {z} from 'zod';

/*
 * What the two sides send over their WebSockets (JSON text frames). The
 * person's side: `{endpoint}/chat/socket`; the agents': `/chat/agent`.
 * Every stored event has a `seq`; `hello` names the last one seen.
 */

const clientId = z.string().regex(/^[\w-]{8,64}$/);
const seq = z.number().int().min(0);
const text = z.string().max(100_000);

export const personMessageSchema = z.discriminatedUnion('type', [
  z.object({type: z.literal('hello'), token: z.string().min(32).max(128), lastSeq: seq}),
  z.object({type: z.literal('send'), clientId, text}),
  z.object({type: z.literal('typing'), typing: z.boolean()}),
  z.object({type: z.literal('read'), upToSeq: seq}),
  z.object({type: z.literal('end')}),
  z.object({type: z.literal('ping')}),
]);
export type PersonMessage = z.infer<typeof personMessageSchema>;

const chatId = z.string().uuid();

export const agentMessageSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('hello'),
    agentName: z.string().min(1).max(60),
    lastSeqs: z.record(z.string(), seq),
    // The operator secret, for a socket whose upgrade carried neither `Authorization: Bearer` nor a session cookie.
    token: z.string().max(1024).optional(),
  }),
  z.object({type: z.literal('pick'), chatId}),
  z.object({type: z.literal('send'), chatId, clientId, text}),
  z.object({type: z.literal('typing'), chatId, typing: z.boolean()}),
  z.object({type: z.literal('read'), chatId, upToSeq: seq}),
  z.object({type: z.literal('end'), chatId}),
  z.object({type: z.literal('ping')}),
]);
export type AgentMessage = z.infer<typeof agentMessageSchema>;

/** A frame as JSON, parsed by `schema`; nothing when it is not one. */
export function parseFrame<T>(schema: z.ZodType<T>, data: unknown): T | undefined {
  try {
    const parsed = schema.safeParse(JSON.parse(String(data)));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
