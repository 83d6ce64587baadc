import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { errorResponses } from '../../platform/http.ts';
import { editableBusiness } from '../businesses/access.ts';
import './messages.ts';
import {
  CapacityBody,
  CapacityResponse,
  HideBody,
  LeadsResponse,
  MatchesResponse,
  SlugParams,
  TargetParams,
} from './schema.ts';
import * as service from './service.ts';
import { directoryChanged } from './directory.ts';
import { REINDEX_CHANNEL } from '../search/live-index.ts';

/** Matches, leads, "not relevant" and weekly capacity: for the business's editors only. */
export const matchingRoutes: FastifyPluginAsyncTypebox = async (app) => {
  // The in-memory candidate directory follows the same announcements as the search index.
  const unsubscribe = await app.bus.subscribe(REINDEX_CHANNEL, (message) => {
    const ids: unknown = JSON.parse(message);
    directoryChanged(app.db, Array.isArray(ids) ? ids.map(String) : 'all');
  });
  app.addHook('onClose', unsubscribe);

  app.get(
    '/businesses/:slug/matches',
    {
      schema: {
        tags: ['matching'],
        summary:
          'For each need of the business: the ten best offers, with a score and reasons (docs/matching.md)',
        params: SlugParams,
        response: { 200: MatchesResponse, ...errorResponses(401, 403, 404) },
      },
    },
    async (request) => {
      const { business } = await editableBusiness(app.db, request, request.params.slug);
      return service.matchesFor(app.db, business, request.locale, new Date());
    },
  );

  app.get(
    '/businesses/:slug/leads',
    {
      schema: {
        tags: ['matching'],
        summary: 'For each offer of the business: the ten businesses whose needs it serves best',
        params: SlugParams,
        response: { 200: LeadsResponse, ...errorResponses(401, 403, 404) },
      },
    },
    async (request) => {
      const { business } = await editableBusiness(app.db, request, request.params.slug);
      return service.leadsFor(app.db, business, request.locale, new Date());
    },
  );

  app.post(
    '/businesses/:slug/matches/hidden',
    {
      schema: {
        tags: ['matching'],
        summary: 'Mark a business "not relevant": never suggested again, and similar ones rank lower',
        params: SlugParams,
        body: HideBody,
        response: { 204: Type.Null(), ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      await app.db.transaction().execute(async (trx) => {
        const { business } = await editableBusiness(trx, request, request.params.slug);
        await service.hideMatch(trx, business, request.body.targetSlug, new Date());
      });
      return reply.status(204).send(null);
    },
  );

  app.delete(
    '/businesses/:slug/matches/hidden/:targetSlug',
    {
      schema: {
        tags: ['matching'],
        summary: 'Undo "not relevant"',
        params: TargetParams,
        response: { 204: Type.Null(), ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      await app.db.transaction().execute(async (trx) => {
        const { business } = await editableBusiness(trx, request, request.params.slug);
        await service.unhideMatch(trx, business, request.params.targetSlug);
      });
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/businesses/:slug/capacity',
    {
      schema: {
        tags: ['matching'],
        summary: 'The weekly capacity for new introductions and how many arrived this week (Dallas time)',
        params: SlugParams,
        response: { 200: CapacityResponse, ...errorResponses(401, 403, 404) },
      },
    },
    async (request) => {
      const { business } = await editableBusiness(app.db, request, request.params.slug);
      return service.capacityOf(app.db, business, new Date());
    },
  );

  app.put(
    '/businesses/:slug/capacity',
    {
      schema: {
        tags: ['matching'],
        summary:
          'Set the weekly capacity (null: no limit); at capacity the business leaves suggestions until Monday',
        params: SlugParams,
        body: CapacityBody,
        response: { 200: CapacityResponse, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) =>
      app.db.transaction().execute(async (trx) => {
        const { business } = await editableBusiness(trx, request, request.params.slug);
        return service.setCapacity(trx, business, request.body.weeklyIntroCapacity, new Date());
      }),
  );
};
