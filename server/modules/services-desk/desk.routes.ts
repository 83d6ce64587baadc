import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { errorResponses } from '../../platform/http.ts';
import { deskViewer } from './access.ts';
import * as desk from './desk.ts';
import { mailerOf } from './routes.ts';
import {
  AssignBody,
  Desk,
  DeskRequestParams,
  Ok,
  OrgParams,
  PartnerParams,
  PillarParams,
  QuestionsBody,
  VetBody,
} from './schema.ts';

const tags = ['services-desk'];
const base = '/organizations/:slug/service-desk';

/** The organization's desk: its admins for every pillar; an action-team lead for the pillars they lead. */
export const deskRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    base,
    {
      schema: {
        tags,
        summary:
          'The desk: questions per pillar, vetted partners with capacity used this week, unanswered requests',
        params: OrgParams,
        response: { 200: Desk, ...errorResponses(401, 403, 404) },
      },
    },
    async (request) =>
      desk.getDesk(app.db, await deskViewer(app.db, request, request.params.slug), new Date()),
  );

  app.put(
    `${base}/pillars/:pillarKey/questions`,
    {
      schema: {
        tags,
        summary: "Replace the pillar's structured questions (admins)",
        params: PillarParams,
        body: QuestionsBody,
        response: { 200: Ok, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) =>
      app.db.transaction().execute(async (trx) => {
        const viewer = await deskViewer(trx, request, request.params.slug);
        await desk.saveQuestions(trx, viewer, request.params.pillarKey, request.body.questions, new Date());
        return { ok: true as const };
      }),
  );

  app.put(
    `${base}/pillars/:pillarKey/partners/:businessSlug`,
    {
      schema: {
        tags,
        summary:
          'Vet a business of the organization as a partner of the pillar: weekly capacity, ZIP codes or radius served, languages, sizes (admins)',
        params: PartnerParams,
        body: VetBody,
        response: { 200: Ok, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) =>
      app.db.transaction().execute(async (trx) => {
        const viewer = await deskViewer(trx, request, request.params.slug);
        const { pillarKey, businessSlug } = request.params;
        await desk.vet(trx, viewer, pillarKey, businessSlug, request.body, new Date());
        return { ok: true as const };
      }),
  );

  app.delete(
    `${base}/pillars/:pillarKey/partners/:businessSlug`,
    {
      schema: {
        tags,
        summary: 'No longer a vetted partner of the pillar: new requests stop going to it (admins)',
        params: PartnerParams,
        response: { 200: Ok, ...errorResponses(401, 403, 404) },
      },
    },
    async (request) =>
      app.db.transaction().execute(async (trx) => {
        const viewer = await deskViewer(trx, request, request.params.slug);
        await desk.unvet(trx, viewer, request.params.pillarKey, request.params.businessSlug);
        return { ok: true as const };
      }),
  );

  app.post(
    `${base}/requests/:id/assign`,
    {
      schema: {
        tags,
        summary:
          "Assign a vetted partner by hand (the pillar's action-team lead or an admin): contacts are exchanged",
        params: DeskRequestParams,
        body: AssignBody,
        response: { 200: Ok, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      app.db.transaction().execute(async (trx) => {
        const viewer = await deskViewer(trx, request, request.params.slug);
        const { id } = request.params;
        await desk.assign(
          trx,
          mailerOf(app),
          viewer,
          id,
          request.body.businessSlug,
          request.locale,
          new Date(),
        );
        return { ok: true as const };
      }),
  );
};
