import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { authorize, errorResponses } from '../../platform/http.ts';
import { accessBusiness } from '../businesses/service.ts';
import { checklists } from './checklists/index.ts';
import './messages.ts';
import { presentDefinition } from './presenter.ts';
import {
  BusinessAssessments,
  DefinitionsQuery,
  DefinitionsResponse,
  Result,
  ResultParams,
  SlugParams,
  SubmitBody,
} from './schema.ts';
import * as service from './service.ts';

const tags = ['assessments'];

export const assessmentRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/assessments/definitions',
    {
      schema: {
        tags,
        summary:
          'The three Safe City self-assessments (questions, answers, weights) in the caller’s language',
        querystring: DefinitionsQuery,
        response: { 200: DefinitionsResponse, ...errorResponses(400) },
      },
    },
    async (request) => checklists.map((c) => presentDefinition(c, request.locale)),
  );

  app.post(
    '/businesses/:slug/assessments',
    {
      schema: {
        tags,
        summary: 'Submit a completed self-assessment for a business; answers the score, level and next steps',
        params: SlugParams,
        body: SubmitBody,
        response: { 201: Result, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const userId = request.caller.kind === 'user' ? request.caller.userId : null;
      const { business, id } = await app.db.transaction().execute(async (trx) => {
        const access = await accessBusiness(trx, request.caller, request.params.slug);
        authorize(request, 'business.edit', access.scope);
        const stored = await service.submitAssessment(trx, access.business, request.body, userId, new Date());
        return { business: access.business, id: stored };
      });
      // After the commit: the partner search reads through the shared index, not the transaction.
      const result = await service.assessmentResult(app.db, business, id, request.locale);
      return reply.status(201).send(result);
    },
  );

  app.get(
    '/businesses/:slug/assessments',
    {
      schema: {
        tags,
        summary: 'A business’s latest self-assessment results with next steps, and its score history',
        params: SlugParams,
        response: { 200: BusinessAssessments, ...errorResponses(401, 403, 404) },
      },
    },
    async (request) => {
      const access = await accessBusiness(app.db, request.caller, request.params.slug);
      authorize(request, 'business.edit', access.scope);
      return service.businessAssessments(app.db, access.business, request.locale);
    },
  );

  app.get(
    '/businesses/:slug/assessments/:id',
    {
      schema: {
        tags,
        summary: 'One past self-assessment of a business with its next steps',
        params: ResultParams,
        response: { 200: Result, ...errorResponses(401, 403, 404) },
      },
    },
    async (request) => {
      const access = await accessBusiness(app.db, request.caller, request.params.slug);
      authorize(request, 'business.edit', access.scope);
      return service.assessmentResult(app.db, access.business, request.params.id, request.locale);
    },
  );
};
