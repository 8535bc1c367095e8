import type {FastifyInstance} from 'fastify';
import type {FollowStore} from '../follow/follow-store.js';
import type {IncidentStore} from '../incidents/incident-store.js';
import {renderInboxPage} from './inbox-page.js';

export function registerInboxRoutes(app: FastifyInstance, store: IncidentStore, follows: FollowStore): void {
  // Only an operator reaches these (back-office/back-office-routes.ts guards every /inbox… request).
  app.get('/inbox', async (request, reply) =>
    reply
      .type('text/html; charset=utf-8')
      .header('Cache-Control', 'no-store')
      .send(renderInboxPage(store.list(), follows, request.csrfToken())),
  );

  app.get('/inbox.json', async (_request, reply) =>
    reply.header('Cache-Control', 'no-store').send({
      data: store.list().map((incident) => ({
        id: incident.id,
        customerReferenceNumber: incident.reference,
        forceIdentifier: incident.forceCode,
        category: incident.category,
        receivedAt: incident.receivedAt,
        document: incident.document,
      })),
    }),
  );
}
