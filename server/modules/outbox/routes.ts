import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { errorResponses } from '../../platform/http.ts';
import { organizationFor } from '../organizations/access.ts';
import { SlugParams } from '../organizations/schema.ts';
import { presentMessage } from './presenter.ts';
import { listOutbox } from './queries.ts';
import { OutboxMessage } from './schema.ts';

export const outboxRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/organizations/:slug/outbox',
    {
      schema: {
        tags: ['outbox'],
        summary:
          'Stored e-mail, newest first (max 200): the organization’s for its admins; every message ' +
          '(including password resets) for platform admins',
        params: SlugParams,
        response: { 200: Type.Array(OutboxMessage), ...errorResponses(401, 403, 404) },
      },
    },
    async (request) => {
      const organization = await organizationFor(app.db, request, request.params.slug, 'outbox.read');
      const everything = request.caller.kind === 'user' && request.caller.isPlatformAdmin;
      return (await listOutbox(app.db, everything ? undefined : organization.id)).map(presentMessage);
    },
  );
};
