import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { AppError } from '../../platform/errors.ts';
import { authorize, errorResponses } from '../../platform/http.ts';
import { accessBusiness } from '../businesses/service.ts';
import * as queries from './queries.ts';
import { declineRequestsOnBlock } from './service.ts';
import { BlockBody, BlockParams, SlugParams } from './schema.ts';

/**
 * A business may block another: no more introduction requests between them, either way, and the
 * requests still waiting between them are declined.
 */
export const blockRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    '/businesses/:slug/blocks',
    {
      schema: {
        tags: ['introductions'],
        summary:
          'Block a business from asking for introductions; waiting requests between the two are declined (owner/staff)',
        params: SlugParams,
        body: BlockBody,
        response: { 204: Type.Null(), ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      await app.db.transaction().execute(async (trx) => {
        const access = await accessBusiness(trx, request.caller, request.params.slug);
        authorize(request, 'introductions.act', access.scope);
        const target = await queries.businessBySlug(trx, request.body.targetSlug);
        if (!target || target.id === access.business.id) {
          throw new AppError('not_found');
        }
        const at = new Date();
        await queries.addBlock(trx, access.business.id, target.id, at.toISOString());
        const userId = request.caller.kind === 'user' ? request.caller.userId : null;
        await declineRequestsOnBlock(trx, access.business.id, target.id, { userId, at });
      });
      return reply.status(204).send(null);
    },
  );

  app.delete(
    '/businesses/:slug/blocks/:targetSlug',
    {
      schema: {
        tags: ['introductions'],
        summary: 'Lift a block (owner/staff)',
        params: BlockParams,
        response: { 204: Type.Null(), ...errorResponses(401, 403, 404) },
      },
    },
    async (request, reply) => {
      await app.db.transaction().execute(async (trx) => {
        const access = await accessBusiness(trx, request.caller, request.params.slug);
        authorize(request, 'introductions.act', access.scope);
        const target = await queries.businessBySlug(trx, request.params.targetSlug);
        if (!target) {
          throw new AppError('not_found');
        }
        await queries.removeBlock(trx, access.business.id, target.id);
      });
      return reply.status(204).send(null);
    },
  );
};
