import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { now } from '../../platform/auth/secrets.ts';
import { AppError } from '../../platform/errors.ts';
import { authorize, errorResponses } from '../../platform/http.ts';
import { accessBusiness } from '../businesses/service.ts';
import * as queries from './queries.ts';
import { BlockBody, BlockParams, SlugParams } from './schema.ts';

/** A business may block another: no more introduction requests between them, either way. */
export const blockRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    '/businesses/:slug/blocks',
    {
      schema: {
        tags: ['introductions'],
        summary: 'Block a business from asking for introductions (owner/staff)',
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
        await queries.addBlock(trx, access.business.id, target.id, now());
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
