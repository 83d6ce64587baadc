import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { errorResponses } from '../../platform/http.ts';
import { actorId, organizationFor } from './access.ts';
import {
  Application,
  ApplicationParams,
  ApplicationsQuery,
  CreateApplicationBody,
} from './applications.schema.ts';
import * as applications from './applications.service.ts';
import { presentApplication } from './presenter.ts';
import { SlugParams } from './schema.ts';
import { organizationBySlug } from './service.ts';

export const applicationRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const mail = () => ({ publicUrl: app.config.publicUrl, smtpConfigured: app.mail.smtpConfigured });

  app.post(
    '/organizations/:slug/applications',
    {
      config: { rateLimit: { max: 10, timeWindow: '1 minute' } },
      schema: {
        tags: ['applications'],
        summary: 'Apply to join an organization (public, rate-limited)',
        params: SlugParams,
        body: CreateApplicationBody,
        response: { 201: Application, ...errorResponses(400, 404, 409, 429) },
      },
    },
    async (request, reply) => {
      const organization = await organizationBySlug(app.db, request.params.slug);
      const application = await app.db
        .transaction()
        .execute((trx) => applications.apply(trx, organization.id, request.body));
      return reply.status(201).send(presentApplication(application));
    },
  );

  app.get(
    '/organizations/:slug/applications',
    {
      schema: {
        tags: ['applications'],
        summary: "An organization's self-applications (org admin)",
        params: SlugParams,
        querystring: ApplicationsQuery,
        response: { 200: Type.Array(Application), ...errorResponses(401, 403, 404) },
      },
    },
    async (request) => {
      const organization = await organizationFor(app.db, request, request.params.slug, 'applications.manage');
      const rows = await applications.listApplications(app.db, organization.id, request.query.status);
      return rows.map(presentApplication);
    },
  );

  // Approving and rejecting are handled alike; only what the decision then mails differs (see the service).
  const decisions = [
    {
      path: '/organizations/:slug/applications/:id/approve',
      summary: 'Approve an application: mails a member invitation (org admin)',
      decide: applications.approve,
    },
    {
      path: '/organizations/:slug/applications/:id/reject',
      summary: 'Reject an application: mails a polite note (org admin)',
      decide: applications.reject,
    },
  ];
  for (const { path, summary, decide } of decisions) {
    app.post(
      path,
      {
        schema: {
          tags: ['applications'],
          summary,
          params: ApplicationParams,
          response: { 200: Application, ...errorResponses(401, 403, 404, 409) },
        },
      },
      async (request) => {
        const organization = await organizationFor(
          app.db,
          request,
          request.params.slug,
          'applications.manage',
        );
        const application = await app.db
          .transaction()
          .execute((trx) => decide(trx, organization, request.params.id, actorId(request), mail()));
        return presentApplication(application);
      },
    );
  }
};
