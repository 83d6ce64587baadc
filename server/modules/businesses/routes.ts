import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { errorResponses } from '../../platform/http.ts';
import './messages.ts';
import { editableBusiness } from './access.ts';
import { industries } from './industries.ts';
import { logoRoutes } from './logo.routes.ts';
import { needRoutes } from './needs.routes.ts';
import { offerRoutes } from './offers.routes.ts';
import { IndustriesResponse, ProfileResponse, ProfileUpdateBody, SlugParams } from './schema.ts';
import * as service from './service.ts';

export const businessRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/industries',
    {
      schema: {
        tags: ['businesses'],
        summary: 'The fixed list of industries a business profile picks from',
        response: { 200: IndustriesResponse },
      },
    },
    async () => [...industries],
  );

  app.get(
    '/businesses/:slug',
    {
      schema: {
        tags: ['businesses'],
        summary: 'A business profile; private contact fields only for its editors',
        params: SlugParams,
        response: { 200: ProfileResponse, ...errorResponses(404) },
      },
    },
    async (request) => {
      const access = await service.accessBusiness(app.db, request.caller, request.params.slug);
      return service.loadProfile(app.db, access);
    },
  );

  app.patch(
    '/businesses/:slug',
    {
      schema: {
        tags: ['businesses'],
        summary: 'Edit a business profile (owner/staff, admins of its organizations); the ZIP is geocoded',
        params: SlugParams,
        body: ProfileUpdateBody,
        response: { 200: ProfileResponse, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) =>
      app.db.transaction().execute(async (trx) => {
        const access = await editableBusiness(trx, request, request.params.slug);
        await service.updateProfile(trx, access.business.id, request.body);
        return service.loadProfile(trx, access);
      }),
  );

  await app.register(offerRoutes);
  await app.register(needRoutes);
  await app.register(logoRoutes);
};
