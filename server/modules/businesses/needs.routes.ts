import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { errorResponses } from '../../platform/http.ts';
import { editableBusiness } from './access.ts';
import { ItemParams, NeedCreateBody, NeedResponse, NeedUpdateBody, SlugParams } from './schema.ts';
import * as service from './service.ts';

export const needRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    '/businesses/:slug/needs',
    {
      schema: {
        tags: ['businesses'],
        summary: 'Add a need (help the business is looking for under a pillar)',
        params: SlugParams,
        body: NeedCreateBody,
        response: { 201: NeedResponse, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const need = await app.db.transaction().execute(async (trx) => {
        const { business } = await editableBusiness(trx, request, request.params.slug);
        return service.createNeed(trx, business.id, request.body);
      });
      return reply.status(201).send(need);
    },
  );

  app.patch(
    '/businesses/:slug/needs/:id',
    {
      schema: {
        tags: ['businesses'],
        summary: 'Change a need',
        params: ItemParams,
        body: NeedUpdateBody,
        response: { 200: NeedResponse, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) =>
      app.db.transaction().execute(async (trx) => {
        const { business } = await editableBusiness(trx, request, request.params.slug);
        return service.changeNeed(trx, business.id, request.params.id, request.body);
      }),
  );

  app.delete(
    '/businesses/:slug/needs/:id',
    {
      schema: {
        tags: ['businesses'],
        summary: 'Remove a need',
        params: ItemParams,
        response: { 204: Type.Null(), ...errorResponses(401, 403, 404) },
      },
    },
    async (request, reply) => {
      await app.db.transaction().execute(async (trx) => {
        const { business } = await editableBusiness(trx, request, request.params.slug);
        await service.removeNeed(trx, business.id, request.params.id);
      });
      return reply.status(204).send(null);
    },
  );
};
