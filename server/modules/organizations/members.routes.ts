import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { errorResponses } from '../../platform/http.ts';
import { organizationFor } from './access.ts';
import { Member, MemberParams, MembersQuery, UpdateMemberBody } from './members.schema.ts';
import * as members from './members.service.ts';
import { SlugParams } from './schema.ts';

export const memberRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/organizations/:slug/members',
    {
      schema: {
        tags: ['members'],
        summary: "An organization's memberships (org admin)",
        params: SlugParams,
        querystring: MembersQuery,
        response: { 200: Type.Array(Member), ...errorResponses(401, 403, 404) },
      },
    },
    async (request) => {
      const organization = await organizationFor(app.db, request, request.params.slug, 'members.read');
      return members.listMembers(app.db, organization.id, { status: request.query.status });
    },
  );

  app.patch(
    '/organizations/:slug/members/:membershipId',
    {
      schema: {
        tags: ['members'],
        summary: 'Change a member’s role or suspend/reactivate them (org admin)',
        params: MemberParams,
        body: UpdateMemberBody,
        response: { 200: Member, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const organization = await organizationFor(app.db, request, request.params.slug, 'members.manage');
      return app.db
        .transaction()
        .execute((trx) =>
          members.updateMember(trx, organization.id, request.params.membershipId, request.body),
        );
    },
  );

  app.delete(
    '/organizations/:slug/members/:membershipId',
    {
      schema: {
        tags: ['members'],
        summary: 'Remove a member from the organization (org admin; never the last admin)',
        params: MemberParams,
        response: { 204: Type.Null(), ...errorResponses(401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const organization = await organizationFor(app.db, request, request.params.slug, 'members.manage');
      await app.db
        .transaction()
        .execute((trx) => members.removeMember(trx, organization.id, request.params.membershipId));
      return reply.status(204).send(null);
    },
  );
};
