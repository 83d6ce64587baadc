import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { errorResponses, requireUser } from '../../platform/http.ts';
import { businessesChanged, onReindex, REINDEX_CHANNEL } from './live-index.ts';
import { cardsChanged } from './result-cards.ts';
import './messages.ts';
import { createSavedSearch, deleteSavedSearch, listSavedSearches } from './saved.ts';
import {
  SavedSearch,
  SavedSearchBody,
  SavedSearchList,
  SavedSearchParams,
  SearchQuery,
  SearchResponse,
} from './schema.ts';
import { search } from './service.ts';

export const searchRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const stopAnnouncing = onReindex((ids) => {
    app.bus.publish(REINDEX_CHANNEL, JSON.stringify(ids)).catch((error: unknown) => app.log.error(error));
  });
  const unsubscribe = await app.bus.subscribe(REINDEX_CHANNEL, (message) => {
    const ids: unknown = JSON.parse(message);
    const changed = Array.isArray(ids) ? ids.map(String) : 'all';
    businessesChanged(app.db, changed);
    cardsChanged(app.db, changed);
  });
  app.addHook('onClose', async () => {
    stopAnnouncing();
    await unsubscribe();
  });

  app.get(
    '/search',
    {
      schema: {
        tags: ['search'],
        summary:
          'Search the directory in Korean and English (parts of words, initial consonants, prefixes) with ' +
          'filters, distance, pillar facets and highlights; public fields only',
        querystring: SearchQuery,
        response: { 200: SearchResponse, ...errorResponses(400) },
      },
    },
    async (request) => {
      const caller = request.caller;
      const searcher = caller.kind === 'user' ? { userId: caller.userId } : null;
      return search(app.db, searcher, request.locale, request.query);
    },
  );

  app.get(
    '/saved-searches',
    {
      schema: {
        tags: ['search'],
        summary: "The caller's saved searches, newest first",
        response: { 200: SavedSearchList, ...errorResponses(401, 403) },
      },
    },
    async (request) => listSavedSearches(app.db, requireUser(request).userId),
  );

  app.post(
    '/saved-searches',
    {
      schema: {
        tags: ['search'],
        summary: 'Save a search; its owner is notified when new businesses match it',
        body: SavedSearchBody,
        response: { 201: SavedSearch, ...errorResponses(400, 401, 403) },
      },
    },
    async (request, reply) => {
      const user = requireUser(request);
      const saved = await app.db
        .transaction()
        .execute((trx) => createSavedSearch(trx, user.userId, request.body));
      return reply.status(201).send(saved);
    },
  );

  app.delete(
    '/saved-searches/:id',
    {
      schema: {
        tags: ['search'],
        summary: 'Delete one of your saved searches',
        params: SavedSearchParams,
        response: { 204: Type.Null(), ...errorResponses(401, 403, 404) },
      },
    },
    async (request, reply) => {
      const user = requireUser(request);
      await app.db.transaction().execute((trx) => deleteSavedSearch(trx, user.userId, request.params.id));
      return reply.status(204).send(null);
    },
  );
};
