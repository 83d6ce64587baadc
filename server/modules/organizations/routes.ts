import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { authorize, errorResponses } from '../../platform/http.ts';
import { organizationFor } from './access.ts';
import { applicationRoutes } from './applications.routes.ts';
import { invitationRoutes } from './invitations.routes.ts';
import { memberRoutes } from './members.routes.ts';
import { presentOrganization, presentOrganizationSummary } from './presenter.ts';
import * as queries from './queries.ts';
import {
  CreateOrganizationBody,
  OrganizationDetail,
  OrganizationLanding,
  OrganizationSummary,
  SlugParams,
  UpdateOrganizationBody,
} from './schema.ts';
import * as service from './service.ts';
import './messages.ts';

export const organizationRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/organizations',
    {
      schema: {
        tags: ['organizations'],
        summary: 'The federation: every organization (public)',
        response: { 200: Type.Array(OrganizationSummary) },
      },
    },
    async () => (await queries.listOrganizations(app.db)).map(presentOrganizationSummary),
  );

  app.get(
    '/organizations/:slug',
    {
      schema: {
        tags: ['organizations'],
        summary: 'Public landing page of an organization',
        params: SlugParams,
        response: { 200: OrganizationLanding, ...errorResponses(404) },
      },
    },
    async (request) => service.landing(app.db, await service.organizationBySlug(app.db, request.params.slug)),
  );

  app.post(
    '/organizations',
    {
      schema: {
        tags: ['organizations'],
        summary: 'Create an organization (platform admin)',
        body: CreateOrganizationBody,
        response: { 201: OrganizationDetail, ...errorResponses(400, 401, 403, 409) },
      },
    },
    async (request, reply) => {
      authorize(request, 'platform.manage');
      const organization = await app.db
        .transaction()
        .execute((trx) => service.createOrganization(trx, request.body));
      return reply.status(201).send(presentOrganization(organization));
    },
  );

  app.patch(
    '/organizations/:slug',
    {
      schema: {
        tags: ['organizations'],
        summary: "Edit an organization's names, descriptions and website (org admin)",
        params: SlugParams,
        body: UpdateOrganizationBody,
        response: { 200: OrganizationDetail, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const organization = await organizationFor(app.db, request, request.params.slug, 'organization.manage');
      const updated = await app.db
        .transaction()
        .execute((trx) => service.updateOrganization(trx, organization.id, request.body));
      return presentOrganization(updated);
    },
  );

  await app.register(memberRoutes);
  await app.register(invitationRoutes);
  await app.register(applicationRoutes);
};
