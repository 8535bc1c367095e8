import type {FastifyInstance} from 'fastify';
import {z} from 'zod';
import type {SandboxDatabase} from '../database.js';
import type {SandboxContext} from '../sandbox-context.js';
import {jsonApiError, sendErrors} from '../json-api-errors.js';
import {ChatHub} from './chat-hub.js';
import {isOpen, type ChatHours} from './chat-hours.js';
import {ChatStore} from './chat-store.js';

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
 */
export function registerChatRoutes(
  app: FastifyInstance,
  database: SandboxDatabase,
  hours: ChatHours | undefined,
  context: SandboxContext,
): ChatHub {
  const store = new ChatStore(database);
  const hub = new ChatHub(store);

  app.get('/chat/status', async (_request, reply) => {
    const queueLength = store.waiting().length;
    return reply.header('Cache-Control', 'no-store').send({
      open: isOpen(hours),
      hours: hours ?? null,
      agentsAvailable: hub.agentsAvailable(),
      queueLength,
      estimatedWaitSeconds: hub.estimatedWaitSeconds(queueLength + 1),
    });
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
    const chat = store.open(parsed.data.token, parsed.data.topic, parsed.data.name);
    hub.opened();
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
    const path = (request.url ?? '').split('?')[0];
    const side = path === '/chat/socket' ? 'person' : path === '/chat/agent' ? 'agent' : undefined;
    // A page elsewhere must not open a chat socket on a person's behalf: the same origin, or one allowed.
    const origin = request.headers.origin;
    const sameOrigin = origin !== undefined && new URL(origin).host === request.headers.host;
    if (!side || (origin !== undefined && !sameOrigin && !context.isAllowedOrigin(origin))) {
      socket.destroy();
      return;
    }
    hub.upgrade(request, socket, head, side);
  });
  // Before the server stops listening: it waits for every connection to end, and open chat sockets only end here.
  app.addHook('preClose', async () => hub.close());
  return hub;
}
