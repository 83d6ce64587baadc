import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { errorResponses } from '../../platform/http.ts';
import { organizationFor } from '../organizations/access.ts';
import { organizationBySlug } from '../organizations/service.ts';
import {
  ApplicationDetail,
  ApplicationList,
  ApplicationParams,
  Applied,
  ApplyBody,
  CaseParams,
  CaseView,
  OrgParams,
  StepCreateBody,
  StepParams,
  StepUpdateBody,
} from './schema.ts';
import * as service from './service.ts';

const tags = ['market-entry'];
const base = '/organizations/:slug/market-entry/applications';
const MANAGE = 'marketEntry.manage';

function mailContext(app: FastifyInstance) {
  return { smtpConfigured: app.mail.smtpConfigured, publicUrl: app.config.publicUrl };
}

/** Market entry concierge: companies apply, the committee runs each one's checklist, the company follows it. */
export const marketEntryRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    base,
    {
      schema: {
        tags,
        summary:
          'Apply to enter the Dallas market (public): the contact gets an e-mail in their language with the private case link',
        params: OrgParams,
        body: ApplyBody,
        response: { 201: Applied, ...errorResponses(400, 404) },
      },
    },
    async (request, reply) => {
      const applied = await app.db.transaction().execute(async (trx) => {
        const organization = await organizationBySlug(trx, request.params.slug);
        return service.apply(trx, organization, request.body, mailContext(app), new Date());
      });
      void app.mail.deliverQueued().catch((error: unknown) => app.log.error(error));
      return reply.status(201).send(applied);
    },
  );

  app.get(
    base,
    {
      schema: {
        tags,
        summary: "The organization's market entry applications, newest first, with checklist progress",
        params: OrgParams,
        response: { 200: ApplicationList, ...errorResponses(401, 403, 404) },
      },
    },
    async (request) => {
      const organization = await organizationFor(app.db, request, request.params.slug, MANAGE);
      return service.listApplications(app.db, organization, new Date());
    },
  );

  app.get(
    `${base}/:id`,
    {
      schema: {
        tags,
        summary: 'An application with its checklist, internal notes and the committee who may own steps',
        params: ApplicationParams,
        response: { 200: ApplicationDetail, ...errorResponses(401, 403, 404) },
      },
    },
    async (request) => {
      const organization = await organizationFor(app.db, request, request.params.slug, MANAGE);
      return service.getApplication(app.db, organization, request.params.id, new Date());
    },
  );

  app.post(
    `${base}/:id/accept`,
    {
      schema: {
        tags,
        summary:
          'Accept it: the eight standard steps, each with its pillar, a suggested partner and a due date from today',
        params: ApplicationParams,
        response: { 200: ApplicationDetail, ...errorResponses(401, 403, 404, 409) },
      },
    },
    async (request) => {
      const detail = await app.db.transaction().execute(async (trx) => {
        const organization = await organizationFor(trx, request, request.params.slug, MANAGE);
        return service.accept(trx, organization, request.params.id, mailContext(app), new Date());
      });
      void app.mail.deliverQueued().catch((error: unknown) => app.log.error(error));
      return detail;
    },
  );

  app.post(
    `${base}/:id/decline`,
    {
      schema: {
        tags,
        summary: 'Decline it (while it waits for an answer)',
        params: ApplicationParams,
        response: { 200: ApplicationDetail, ...errorResponses(401, 403, 404, 409) },
      },
    },
    async (request) =>
      app.db.transaction().execute(async (trx) => {
        const organization = await organizationFor(trx, request, request.params.slug, MANAGE);
        return service.decline(trx, organization, request.params.id, new Date());
      }),
  );

  app.post(
    `${base}/:id/steps`,
    {
      schema: {
        tags,
        summary: 'Add a custom step to the checklist (bilingual title, due date)',
        params: ApplicationParams,
        body: StepCreateBody,
        response: { 200: ApplicationDetail, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      app.db.transaction().execute(async (trx) => {
        const organization = await organizationFor(trx, request, request.params.slug, MANAGE);
        return service.addStep(trx, organization, request.params.id, request.body, new Date());
      }),
  );

  app.patch(
    `${base}/:id/steps/:stepId`,
    {
      schema: {
        tags,
        summary: 'Change a step: owner, due date, partner, status (open, done, blocked) and notes',
        params: StepParams,
        body: StepUpdateBody,
        response: { 200: ApplicationDetail, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      app.db.transaction().execute(async (trx) => {
        const organization = await organizationFor(trx, request, request.params.slug, MANAGE);
        const { id, stepId } = request.params;
        return service.updateStep(trx, organization, id, stepId, request.body, new Date());
      }),
  );

  app.get(
    '/market-entry/cases/:token',
    {
      schema: {
        tags,
        summary:
          "The company's case page through its private link, in its language, without the committee's notes",
        params: CaseParams,
        response: { 200: CaseView, ...errorResponses(404) },
      },
    },
    async (request) => service.caseByToken(app.db, request.params.token, new Date()),
  );
};
