import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { errorResponses } from '../../platform/http.ts';
import { editableBusiness } from './access.ts';
import { ItemParams, OfferCreateBody, OfferResponse, OfferUpdateBody, SlugParams } from './schema.ts';
import * as service from './service.ts';

export const offerRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    '/businesses/:slug/offers',
    {
      schema: {
        tags: ['businesses'],
        summary: 'Add an offer (a service the business provides under a pillar)',
        params: SlugParams,
        body: OfferCreateBody,
        response: { 201: OfferResponse, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const offer = await app.db.transaction().execute(async (trx) => {
        const { business } = await editableBusiness(trx, request, request.params.slug);
        return service.createOffer(trx, business.id, request.body);
      });
      return reply.status(201).send(offer);
    },
  );

  app.patch(
    '/businesses/:slug/offers/:id',
    {
      schema: {
        tags: ['businesses'],
        summary: 'Change an offer',
        params: ItemParams,
        body: OfferUpdateBody,
        response: { 200: OfferResponse, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) =>
      app.db.transaction().execute(async (trx) => {
        const { business } = await editableBusiness(trx, request, request.params.slug);
        return service.changeOffer(trx, business.id, request.params.id, request.body);
      }),
  );

  app.delete(
    '/businesses/:slug/offers/:id',
    {
      schema: {
        tags: ['businesses'],
        summary: 'Remove an offer',
        params: ItemParams,
        response: { 204: Type.Null(), ...errorResponses(401, 403, 404) },
      },
    },
    async (request, reply) => {
      await app.db.transaction().execute(async (trx) => {
        const { business } = await editableBusiness(trx, request, request.params.slug);
        await service.removeOffer(trx, business.id, request.params.id);
      });
      return reply.status(204).send(null);
    },
  );
};
