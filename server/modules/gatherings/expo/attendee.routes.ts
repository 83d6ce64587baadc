import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { errorResponses, requireUser } from '../../../platform/http.ts';
import { exhibitorFor, noBadge } from './access.ts';
import { badgesPdf } from './badges.ts';
import { addInterest, interestList, setInterestStatus } from './interests.ts';
import { captureLead, leadList } from './leads.ts';
import * as queries from './queries.ts';
import {
  base,
  ExhibitorParams,
  ExpoParams,
  Interest,
  InterestBody,
  InterestList,
  InterestParams,
  InterestPatchBody,
  InterestReceived,
  LeadBody,
  LeadCaptured,
  LeadList,
  tags,
} from './schema.ts';
import { expoDate, expoFor } from './service.ts';

/** Badges, lead capture at the booths, and the "next year" interest list. */
export const attendeeRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const pdfHeaders = { 'content-type': 'application/pdf', 'cache-control': 'private, no-store' };

  app.get(
    `${base}/badges.pdf`,
    {
      schema: {
        tags,
        summary: 'Every registered attendee’s badge (name, company, QR code), six to a Letter page',
        params: ExpoParams,
        response: errorResponses(401, 403, 404),
      },
    },
    async (request, reply) => {
      const access = await expoFor(app.db, request, request.params.slug, request.params.id, 'manage');
      const holders = await queries.badgeHolders(app.db, access.event.id, expoDate(access.event, new Date()));
      const pdf = await badgesPdf(access.event, holders, request.locale);
      return reply
        .headers({ ...pdfHeaders, 'content-disposition': 'inline; filename="badges.pdf"' })
        .send(pdf);
    },
  );

  app.get(
    `${base}/badges/mine.pdf`,
    {
      schema: {
        tags,
        summary: 'The signed-in attendee’s own badge',
        params: ExpoParams,
        response: errorResponses(401, 403, 404),
      },
    },
    async (request, reply) => {
      const { userId } = requireUser(request);
      const access = await expoFor(app.db, request, request.params.slug, request.params.id);
      const date = expoDate(access.event, new Date());
      const holders = await queries.badgeHolders(app.db, access.event.id, date, userId);
      if (holders.length === 0) {
        throw noBadge();
      }
      const pdf = await badgesPdf(access.event, holders, request.locale);
      return reply
        .headers({ ...pdfHeaders, 'content-disposition': 'inline; filename="badge.pdf"' })
        .send(pdf);
    },
  );

  app.post(
    `${base}/exhibitors/:exhibitorId/leads`,
    {
      schema: {
        tags,
        summary:
          'Capture a lead at the booth: the badge’s code, the attendee’s consent (then an introduction), a note',
        params: ExhibitorParams,
        body: LeadBody,
        response: { 200: LeadCaptured, 201: LeadCaptured, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const result = await app.db.transaction().execute(async (trx) => {
        const access = await exhibitorFor(trx, request, request.params, 'capture');
        const { userId } = requireUser(request);
        const capture = {
          access,
          exhibitor: access.exhibitor,
          userId,
          locale: request.locale,
          at: new Date(),
        };
        return captureLead(trx, capture, request.body);
      });
      return reply.status(result.alreadyCaptured ? 200 : 201).send(result);
    },
  );

  app.get(
    `${base}/exhibitors/:exhibitorId/leads`,
    {
      schema: {
        tags,
        summary: 'The exhibitor’s leads, with contact details only where the attendee consented',
        params: ExhibitorParams,
        response: { 200: LeadList, ...errorResponses(401, 403, 404) },
      },
    },
    async (request) => {
      const access = await exhibitorFor(app.db, request, request.params, 'read');
      return leadList(app.db, access.exhibitor);
    },
  );

  app.post(
    `${base}/interests`,
    {
      schema: {
        tags,
        summary:
          'Interest in next year’s expo (exhibit, sponsor, attend, speak, a venue idea); a confirmation e-mail follows',
        params: ExpoParams,
        body: InterestBody,
        response: { 201: InterestReceived, ...errorResponses(400, 404) },
      },
    },
    async (request, reply) => {
      await app.db.transaction().execute(async (trx) => {
        const access = await expoFor(trx, request, request.params.slug, request.params.id);
        await addInterest(trx, access, request.body, request.locale, app.mail.smtpConfigured, new Date());
      });
      return reply.status(201).send({ ok: true as const });
    },
  );

  app.get(
    `${base}/interests`,
    {
      schema: {
        tags,
        summary: 'The interest list for next year, newest first, with counts per kind',
        params: ExpoParams,
        response: { 200: InterestList, ...errorResponses(401, 403, 404) },
      },
    },
    async (request) => {
      const access = await expoFor(app.db, request, request.params.slug, request.params.id, 'manage');
      return interestList(app.db, access);
    },
  );

  app.patch(
    `${base}/interests/:interestId`,
    {
      schema: {
        tags,
        summary: 'Mark an interest contacted (or new again)',
        params: InterestParams,
        body: InterestPatchBody,
        response: { 200: Interest, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) =>
      app.db.transaction().execute(async (trx) => {
        const { slug, id, interestId } = request.params;
        const access = await expoFor(trx, request, slug, id, 'manage');
        return setInterestStatus(trx, access, interestId, request.body.status);
      }),
  );
};
