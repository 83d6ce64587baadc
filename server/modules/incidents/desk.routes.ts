import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { AppError } from '../../platform/errors.ts';
import { authorize, errorResponses } from '../../platform/http.ts';
import { accessBusiness } from '../businesses/service.ts';
import { businessOrganizations, isBusinessUser } from '../businesses/queries.ts';
import { deskIncident } from './access.ts';
import { answerFootage, requestFootage } from './desk.ts';
import { presentFootageRequest, presentIncident } from './presenter.ts';
import * as queries from './queries.ts';
import {
  CommentBody,
  FootageAnswerBody,
  FootageParams,
  FootageRequestBody,
  FootageRequestResponse,
  FootageRequestsResponse,
  IdParams,
  Incident,
  SlugParams,
} from './schema.ts';
import * as service from './service.ts';
import { act } from './service.ts';

const tags = ['incidents'];

/** The liaison desk's actions on an incident, and the camera owners' side of footage requests. */
export const deskRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    '/incidents/:id/comments',
    {
      schema: {
        tags,
        summary: 'Add a desk comment (liaisons and admins)',
        params: IdParams,
        body: CommentBody,
        response: { 201: Incident, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const incident = await app.db.transaction().execute(async (trx) => {
        const access = await deskIncident(trx, request.caller, request.params.id);
        await service.addComment(trx, access, request.body.body, act(request));
        return presentIncident(trx, await deskIncident(trx, request.caller, request.params.id));
      });
      return reply.status(201).send(incident);
    },
  );

  for (const [path, status] of [
    ['close', 'closed'],
    ['reopen', 'open'],
  ] as const) {
    app.post(
      `/incidents/:id/${path}`,
      {
        schema: {
          tags,
          summary:
            status === 'closed' ? 'Close an incident (the desk)' : 'Reopen a closed incident (the desk)',
          params: IdParams,
          response: { 200: Incident, ...errorResponses(401, 403, 404, 409) },
        },
      },
      async (request) =>
        app.db.transaction().execute(async (trx) => {
          const access = await deskIncident(trx, request.caller, request.params.id);
          await service.setStatus(trx, access, status, act(request));
          return presentIncident(trx, await deskIncident(trx, request.caller, request.params.id));
        }),
    );
  }

  app.post(
    '/incidents/:id/footage-requests',
    {
      schema: {
        tags,
        summary: "Ask a nearby camera's business for its recording of the incident (the desk)",
        params: IdParams,
        body: FootageRequestBody,
        response: { 201: FootageRequestResponse, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const footageRequest = await app.db.transaction().execute(async (trx) => {
        const access = await deskIncident(trx, request.caller, request.params.id);
        const id = await requestFootage(
          trx,
          access,
          request.body.cameraId,
          request.body.note ?? '',
          act(request),
        );
        const row = await queries.footageRequestById(trx, id);
        if (!row) {
          throw new AppError('not_found');
        }
        return presentFootageRequest(row);
      });
      return reply.status(201).send({ footageRequest });
    },
  );

  app.get(
    '/businesses/:slug/footage-requests',
    {
      schema: {
        tags,
        summary: "Footage requests for a business's cameras, newest first (whoever edits the business)",
        params: SlugParams,
        response: { 200: FootageRequestsResponse, ...errorResponses(401, 403, 404) },
      },
    },
    async (request) => {
      const access = await accessBusiness(app.db, request.caller, request.params.slug);
      authorize(request, 'business.edit', access.scope);
      const rows = await queries.footageRequestsOfBusiness(app.db, access.business.id);
      return rows.map(presentFootageRequest);
    },
  );

  app.post(
    '/footage-requests/:id/answer',
    {
      schema: {
        tags,
        summary: "Answer a footage request: shared or declined, with a note (the camera's business)",
        params: FootageParams,
        body: FootageAnswerBody,
        response: { 200: FootageRequestResponse, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      app.db.transaction().execute(async (trx) => {
        const row = await queries.footageRequestById(trx, request.params.id);
        if (!row) {
          throw new AppError('not_found');
        }
        const organizationIds = (await businessOrganizations(trx, row.business_id)).map((o) => o.id);
        const isBusinessMember =
          request.caller.kind === 'user' &&
          (await isBusinessUser(trx, row.business_id, request.caller.userId));
        const scope = { isBusinessMember, businessOrganizationIds: organizationIds };
        authorize(request, 'business.edit', scope);
        await answerFootage(trx, row, request.body.status, request.body.note ?? '', act(request));
        const updated = await queries.footageRequestById(trx, row.id);
        return { footageRequest: presentFootageRequest(updated ?? row) };
      }),
  );
};
