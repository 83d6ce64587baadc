import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { errorResponses, requireUser } from '../../platform/http.ts';
import { organizationFor } from '../organizations/access.ts';
import { SlugParams } from '../organizations/schema.ts';
import { presentToken } from './presenter.ts';
import { CreatedToken, CreateTokenBody, Token, TokenParams } from './schema.ts';
import * as service from './service.ts';

/** Token management needs a signed-in person: a token may never mint or revoke tokens. */
export const tokenRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/organizations/:slug/tokens',
    {
      schema: {
        tags: ['tokens'],
        summary: "The organization's API tokens, by prefix (org admin, signed in)",
        params: SlugParams,
        response: { 200: Type.Array(Token), ...errorResponses(401, 403, 404) },
      },
    },
    async (request) => {
      const organization = await organizationFor(app.db, request, request.params.slug, 'tokens.manage');
      requireUser(request);
      return (await service.listTokens(app.db, organization.id)).map(presentToken);
    },
  );

  app.post(
    '/organizations/:slug/tokens',
    {
      schema: {
        tags: ['tokens'],
        summary: 'Create an API token; the secret is returned only this once (org admin, signed in)',
        params: SlugParams,
        body: CreateTokenBody,
        response: { 201: CreatedToken, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const organization = await organizationFor(app.db, request, request.params.slug, 'tokens.manage');
      const user = requireUser(request);
      const created = await app.db
        .transaction()
        .execute((trx) => service.createApiToken(trx, organization.id, request.body.name, user.userId));
      return reply.status(201).send(created);
    },
  );

  app.delete(
    '/organizations/:slug/tokens/:id',
    {
      schema: {
        tags: ['tokens'],
        summary: 'Revoke an API token (org admin, signed in)',
        params: TokenParams,
        response: { 204: Type.Null(), ...errorResponses(401, 403, 404) },
      },
    },
    async (request, reply) => {
      const organization = await organizationFor(app.db, request, request.params.slug, 'tokens.manage');
      requireUser(request);
      await app.db
        .transaction()
        .execute((trx) => service.revokeToken(trx, organization.id, request.params.id));
      return reply.status(204).send(null);
    },
  );
};
