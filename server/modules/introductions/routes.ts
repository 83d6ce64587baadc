import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { AppError } from '../../platform/errors.ts';
import { authorize, errorResponses } from '../../platform/http.ts';
import { accessBusiness } from '../businesses/service.ts';
import { organizationFor } from '../organizations/access.ts';
import { actionableIntroduction, readableIntroduction } from './access.ts';
import { blockRoutes } from './blocks.routes.ts';
import { organizationPipeline } from './pipeline.ts';
import { loadDetail, presentListItem } from './presenter.ts';
import * as queries from './queries.ts';
import {
  CloseBody,
  CreateBody,
  CreateResponse,
  DeclineBody,
  Detail,
  IdParams,
  ListQuery,
  ListResponse,
  PipelineResponse,
  SlugParams,
  StageBody,
} from './schema.ts';
import * as service from './service.ts';

function act(request: FastifyRequest): service.Act {
  return { userId: request.caller.kind === 'user' ? request.caller.userId : null, at: new Date() };
}

const tags = ['introductions'];

export const introductionRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    '/introductions',
    {
      schema: {
        tags,
        summary:
          'Ask for an introduction (owner/staff of fromSlug); an open one for the pair is returned as is',
        body: CreateBody,
        response: {
          200: CreateResponse,
          201: CreateResponse,
          ...errorResponses(400, 401, 403, 404, 409, 429),
        },
      },
    },
    async (request, reply) => {
      const { created, introduction } = await app.db.transaction().execute(async (trx) => {
        const from = await accessBusiness(trx, request.caller, request.body.fromSlug);
        authorize(request, 'introductions.act', from.scope);
        const to = await queries.businessBySlug(trx, request.body.toSlug);
        if (!to) {
          throw new AppError('not_found');
        }
        const result = await service.requestIntroduction(trx, from.business, to, request.body, act(request));
        const access = await readableIntroduction(trx, request.caller, result.id);
        return { created: result.created, introduction: await loadDetail(trx, access, request.locale) };
      });
      return reply.status(created ? 201 : 200).send({ introduction });
    },
  );

  app.get(
    '/introductions',
    {
      schema: {
        tags,
        summary: 'Introductions a business sent and received (its editors)',
        querystring: ListQuery,
        response: { 200: ListResponse, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const access = await accessBusiness(app.db, request.caller, request.query.business);
      authorize(request, 'introductions.read', access.scope);
      const rows = await queries.introductionsOf(app.db, access.business.id);
      return rows.map((row) => presentListItem(row, access.business.id));
    },
  );

  app.get(
    '/introductions/:id',
    {
      schema: {
        tags,
        summary: 'One introduction with its timeline; the contact only for the two sides once accepted',
        params: IdParams,
        response: { 200: Detail, ...errorResponses(401, 403, 404) },
      },
    },
    async (request) =>
      loadDetail(
        app.db,
        await readableIntroduction(app.db, request.caller, request.params.id),
        request.locale,
      ),
  );

  app.post(
    '/introductions/:id/accept',
    {
      schema: {
        tags,
        summary: 'Accept a requested introduction (the receiving business)',
        params: IdParams,
        response: { 200: Detail, ...errorResponses(401, 403, 404, 409) },
      },
    },
    async (request) =>
      app.db.transaction().execute(async (trx) => {
        const access = await actionableIntroduction(trx, request.caller, request.params.id, 'recipient');
        await service.respond(trx, access, 'accepted', act(request));
        return loadDetail(trx, access, request.locale);
      }),
  );

  app.post(
    '/introductions/:id/decline',
    {
      schema: {
        tags,
        summary: 'Decline a requested introduction, optionally with a short note (the receiving business)',
        params: IdParams,
        body: DeclineBody,
        response: { 200: Detail, ...errorResponses(400, 401, 403, 404, 409) },
      },
      // The body is optional: a bare POST declines without a note.
      preValidation: async (request) => {
        request.body ??= {};
      },
    },
    async (request) =>
      app.db.transaction().execute(async (trx) => {
        const access = await actionableIntroduction(trx, request.caller, request.params.id, 'recipient');
        const note = request.body.note?.trim() ?? '';
        await service.respond(trx, access, 'declined', act(request), note);
        return loadDetail(trx, access, request.locale);
      }),
  );

  app.post(
    '/introductions/:id/stage',
    {
      schema: {
        tags,
        summary: 'Move an accepted introduction on: met, then active partnership (either side)',
        params: IdParams,
        body: StageBody,
        response: { 200: Detail, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      app.db.transaction().execute(async (trx) => {
        const access = await actionableIntroduction(trx, request.caller, request.params.id, 'party');
        await service.advance(trx, access, request.body.stage, act(request));
        return loadDetail(trx, access, request.locale);
      }),
  );

  app.post(
    '/introductions/:id/close',
    {
      schema: {
        tags,
        summary: 'Close a partnership as won or lost, with its value and a note (either side)',
        params: IdParams,
        body: CloseBody,
        response: { 200: Detail, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      app.db.transaction().execute(async (trx) => {
        const access = await actionableIntroduction(trx, request.caller, request.params.id, 'party');
        await service.close(trx, access, request.body, act(request));
        return loadDetail(trx, access, request.locale);
      }),
  );

  app.get(
    '/organizations/:slug/pipeline',
    {
      schema: {
        tags,
        summary: "The organization's introductions as a board by stage and as numbers (org admins)",
        params: SlugParams,
        response: { 200: PipelineResponse, ...errorResponses(401, 403, 404) },
      },
    },
    async (request) => {
      const organization = await organizationFor(app.db, request, request.params.slug, 'pipeline.read');
      return organizationPipeline(app.db, organization.id);
    },
  );

  await app.register(blockRoutes);
};
