import type {FastifyInstance} from 'fastify';
import {z} from 'zod';
import type {ChatHours, ChatStatus} from '../../../src/contract/chat.js';
import type {SandboxDatabase} from '../database.js';
import type {SandboxContext} from '../sandbox-context.js';
import {jsonApiError, sendErrors} from '../json-api-errors.js';
import {sendTooMany} from '../limits/rate-limits.js';
import {TokenBuckets} from '../limits/token-bucket.js';
import {ChatHub} from './chat-hub.js';
import {isOpen} from './chat-hours.js';
import {ChatStore} from './chat-store.js';
import {chatSide, isSameOrigin, refuseUpgrade, upgradeRefusal} from './chat-upgrade.js';

const openChatSchema = z
  .object({
    // Made by the browser (two random UUIDs) and kept in its session: it opens the chat.
    token: z.string().regex(/^[\w-]{43,128}$/),
    topic: z.string().min(1).max(60),
    name: z.string().max(100).default(''),
  })
  .strict();

/**
 * Live chat: `GET /chat/status` (hours, agents, queue), `POST /chat/sessions`
 * (open a chat), and the WebSockets `/chat/socket` (the person) and
 * `/chat/agent` (the agent console). `POST /__chat/drop` cuts every chat
 * connection (tests), `{"forMs": N}` keeping the service down that long.
 *
 * The agent socket is the back office's: its upgrade carries the operator
 * secret (`Authorization: Bearer …`) or a signed-in session's cookie from this
 * endpoint's own pages, or its first frame is a hello with the secret.
 */
export function registerChatRoutes(
  app: FastifyInstance,
  database: SandboxDatabase,
  hours: ChatHours | undefined,
  context: SandboxContext,
): ChatHub {
  const store = new ChatStore(database);
  // The log hears what failed, never what was said.
  const hub = new ChatHub(store, context.operators, (error) =>
    app.log.error({code: (error as {code?: unknown}).code}, 'chat frame failed'),
  );
  const chatsOpened = new TokenBuckets(context.limits.chatsOpened);

  app.get('/chat/status', async (_request, reply) => {
    const queueLength = store.waitingCount();
    return reply.header('Cache-Control', 'no-store').send({
      open: isOpen(hours),
      hours: hours ?? null,
      agentsAvailable: hub.agentsAvailable(),
      queueLength,
      estimatedWaitSeconds: hub.estimatedWaitSeconds(queueLength + 1),
    } satisfies ChatStatus);
  });

  app.post('/chat/sessions', async (request, reply) => {
    const parsed = openChatSchema.safeParse(request.body);
    if (!parsed.success)
      return sendErrors(reply, 422, [
        jsonApiError(422, 'invalid-chat', 'Not a chat the endpoint can open', parsed.error.issues[0]?.message ?? ''),
      ]);
    if (!isOpen(hours) || hub.agentsAvailable() === 0)
      return sendErrors(reply, 503, [
        jsonApiError(503, 'chat-closed', 'Nobody is taking chats now', 'Try again in opening hours.'),
      ]);
    // A start sent again (same token) is the chat already open, and costs nothing; each new chat counts.
    if (!store.byToken(parsed.data.token)) {
      const room = chatsOpened.take(context.clientOf(request.raw));
      if (!room.allowed) return sendTooMany(reply, room);
    }
    const chat = store.open(parsed.data.token, parsed.data.topic, parsed.data.name);
    hub.opened(chat.id);
    return reply.code(201).send({chatId: chat.id, state: chat.state});
  });

  // The sandbox's agent console (demo/site/agent.html): a person answers chats from a second window.
  app.get('/agent', async (_request, reply) => reply.header('Cache-Control', 'no-store').sendFile('agent.html'));

  if (context.testRoutes)
    app.post('/__chat/drop', async (request, reply) => {
      const forMs = Number((request.body as {forMs?: number} | undefined)?.forMs ?? 0);
      hub.dropAll(Number.isFinite(forMs) ? Math.min(Math.max(forMs, 0), 60_000) : 0);
      return reply.code(204).send();
    });

  app.server.on('upgrade', (request, socket, head) => {
    // A connection that resets mid-upgrade must not take the process with it.
    socket.on('error', () => undefined);
    try {
      const side = chatSide(request);
      // The chat's are the sandbox's only sockets.
      if (!side) return refuseUpgrade(socket, 404);
      const refusal = upgradeRefusal(request, context);
      if (refusal) return refuseUpgrade(socket, refusal);
      // The cookie is the console's own (SameSite=Strict is per site, not per origin: check the origin too).
      const client = context.clientOf(request);
      const operator =
        side === 'agent' &&
        (context.operators.isOperator({authorization: request.headers.authorization}, client) ||
          (isSameOrigin(request) && context.operators.sessionOf(request.headers) !== undefined));
      hub.upgrade(request, socket, head, side, {client, operator});
    } catch (error) {
      app.log.error({code: (error as {code?: unknown}).code}, 'chat upgrade failed');
      refuseUpgrade(socket, 400);
    }
  });
  // Before the server stops listening: it waits for every connection to end, and open chat sockets only end here.
  app.addHook('preClose', async () => hub.close());
  return hub;
}
