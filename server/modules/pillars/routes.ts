import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { can } from '../../platform/auth/policies.ts';
import { AppError } from '../../platform/errors.ts';
import { errorResponses, requireUser } from '../../platform/http.ts';
import { presentPillar } from './presenter.ts';
import * as queries from './queries.ts';
import {
  CreatePillarBody,
  Pillar,
  PillarParams,
  PillarsQuery,
  ReorderPillarsBody,
  UpdatePillarBody,
} from './schema.ts';
import * as service from './service.ts';

/**
 * Pillars are federation-wide, so 'pillars.manage' is granted by being a platform admin or an admin
 * of any organization. API tokens are scoped to one organization and may not change them.
 */
function authorizePillars(request: FastifyRequest): void {
  const user = requireUser(request);
  const allowed =
    can(user, 'pillars.manage') ||
    user.memberships.some((m) => can(user, 'pillars.manage', { organizationId: m.organizationId }));
  if (!allowed) {
    throw new AppError('forbidden');
  }
}

export const pillarRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/pillars',
    {
      schema: {
        tags: ['pillars'],
        summary: 'The pillars in order (public); retired ones only with includeRetired=true',
        querystring: PillarsQuery,
        response: { 200: Type.Array(Pillar) },
      },
    },
    async (request) =>
      (await queries.listPillars(app.db, request.query.includeRetired === true)).map(presentPillar),
  );

  app.post(
    '/pillars',
    {
      schema: {
        tags: ['pillars'],
        summary: 'Add a pillar at the end (platform admin or any org admin)',
        body: CreatePillarBody,
        response: { 201: Pillar, ...errorResponses(400, 401, 403, 409) },
      },
    },
    async (request, reply) => {
      authorizePillars(request);
      const pillar = await app.db.transaction().execute((trx) => service.createPillar(trx, request.body));
      return reply.status(201).send(presentPillar(pillar));
    },
  );

  app.put(
    '/pillars/order',
    {
      schema: {
        tags: ['pillars'],
        summary: 'Reorder pillars: the ids of every pillar, retired ones included, in the new order',
        body: ReorderPillarsBody,
        response: { 200: Type.Array(Pillar), ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => {
      authorizePillars(request);
      const pillars = await app.db
        .transaction()
        .execute((trx) => service.reorderPillars(trx, request.body.ids));
      return pillars.map(presentPillar);
    },
  );

  app.patch(
    '/pillars/:id',
    {
      schema: {
        tags: ['pillars'],
        summary: 'Rename, retire or restore a pillar (platform admin or any org admin)',
        params: PillarParams,
        body: UpdatePillarBody,
        response: { 200: Pillar, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      authorizePillars(request);
      const pillar = await app.db
        .transaction()
        .execute((trx) => service.updatePillar(trx, request.params.id, request.body));
      return presentPillar(pillar);
    },
  );
};
