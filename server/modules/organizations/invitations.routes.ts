import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { now } from '../../platform/auth/secrets.ts';
import { errorResponses } from '../../platform/http.ts';
import { actorId, organizationFor } from './access.ts';
import { CreateInvitationBody, Invitation, InvitationParams } from './invitations.schema.ts';
import * as invitations from './invitations.service.ts';
import { presentInvitation } from './presenter.ts';
import { SlugParams } from './schema.ts';

export const invitationRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const mail = () => ({ publicUrl: app.config.publicUrl, smtpConfigured: app.mail.smtpConfigured });

  app.get(
    '/organizations/:slug/invitations',
    {
      schema: {
        tags: ['invitations'],
        summary: "An organization's invitations (org admin)",
        params: SlugParams,
        response: { 200: Type.Array(Invitation), ...errorResponses(401, 403, 404) },
      },
    },
    async (request) => {
      const organization = await organizationFor(app.db, request, request.params.slug, 'invitations.manage');
      const at = now();
      return (await invitations.listInvitations(app.db, organization.id)).map((i) =>
        presentInvitation(i, at),
      );
    },
  );

  app.post(
    '/organizations/:slug/invitations',
    {
      schema: {
        tags: ['invitations'],
        summary: 'Invite someone by e-mail; the link is mailed in the chosen language (org admin)',
        params: SlugParams,
        body: CreateInvitationBody,
        response: { 201: Invitation, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const organization = await organizationFor(app.db, request, request.params.slug, 'invitations.manage');
      const invitation = await app.db
        .transaction()
        .execute((trx) =>
          invitations.invite(trx, organization, { ...request.body, invitedBy: actorId(request) }, mail()),
        );
      return reply.status(201).send(presentInvitation(invitation, now()));
    },
  );

  app.delete(
    '/organizations/:slug/invitations/:id',
    {
      schema: {
        tags: ['invitations'],
        summary: 'Revoke an invitation (org admin)',
        params: InvitationParams,
        response: { 204: Type.Null(), ...errorResponses(401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const organization = await organizationFor(app.db, request, request.params.slug, 'invitations.manage');
      await app.db
        .transaction()
        .execute((trx) => invitations.revoke(trx, organization.id, request.params.id));
      return reply.status(204).send(null);
    },
  );
};
