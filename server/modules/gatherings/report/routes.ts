import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { errorResponses } from '../../../platform/http.ts';
import { eventFor } from '../access.ts';
import { reportCsv, reportXlsx, type ReportFile } from './exports.ts';
import './messages.ts';
import {
  EventReport,
  OccurrenceParams,
  SurveyAnswered,
  SurveyBody,
  SurveyQuery,
  SurveyState,
} from './schema.ts';
import { buildReport } from './service.ts';
import { answerSurvey, surveyContext, surveyState } from './survey.ts';

const tags = ['gatherings'];
const base = '/organizations/:slug/events/:id/occurrences/:date';

function sendFile(reply: FastifyReply, file: ReportFile) {
  return reply
    .header('content-type', file.contentType)
    .header('content-disposition', `attachment; filename="${file.fileName}"`)
    .header('cache-control', 'no-store')
    .send(file.body);
}

/** After the event: attendance, no-shows, meetings held, introductions and partnerships, exports, the satisfaction survey. */
export const eventReportRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const report = (request: FastifyRequest, { slug, id, date }: OccurrenceParams) =>
    app.db.transaction().execute(async (trx) => {
      const access = await eventFor(trx, request, slug, id, 'manage');
      return buildReport(trx, access, date, new Date());
    });

  app.get(
    `${base}/report`,
    {
      schema: {
        tags,
        summary:
          "An occurrence's report (organizers): registered, attended, no-shows, meetings scheduled and held, leads, introductions and partnerships from the event, each attendee's row, the survey's results",
        params: OccurrenceParams,
        response: { 200: EventReport, ...errorResponses(401, 403, 404) },
      },
    },
    async (request) => report(request, request.params),
  );

  app.get(
    `${base}/report.csv`,
    {
      schema: {
        tags,
        summary:
          "The report as CSV (UTF-8 with BOM): one row per attendee, then the summary; headers in the caller's language",
        params: OccurrenceParams,
        response: errorResponses(401, 403, 404),
      },
    },
    async (request, reply) =>
      sendFile(reply, reportCsv(await report(request, request.params), request.locale)),
  );

  app.get(
    `${base}/report.xlsx`,
    {
      schema: {
        tags,
        summary:
          "The report as an Excel workbook: a summary sheet and an attendees sheet, in the caller's language",
        params: OccurrenceParams,
        response: errorResponses(401, 403, 404),
      },
    },
    async (request, reply) =>
      sendFile(reply, await reportXlsx(await report(request, request.params), request.locale)),
  );

  app.get(
    `${base}/survey`,
    {
      schema: {
        tags,
        summary:
          'The satisfaction survey: for a registrant (signed in, or with `code`, their ticket code) whether it is open and answered; for organizers, the results',
        params: OccurrenceParams,
        querystring: SurveyQuery,
        response: { 200: SurveyState, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) =>
      app.db.transaction().execute(async (trx) => {
        const context = await surveyContext(trx, request, request.params, request.query.code);
        return surveyState(trx, context, new Date());
      }),
  );

  app.post(
    `${base}/survey`,
    {
      schema: {
        tags,
        summary:
          'Answer the survey once (a registrant, signed in or with `code`): rating 1–5, would come again, a comment; from the start of the occurrence',
        params: OccurrenceParams,
        body: SurveyBody,
        response: { 201: SurveyAnswered, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const answered = await app.db.transaction().execute(async (trx) => {
        const context = await surveyContext(trx, request, request.params, request.body.code);
        return answerSurvey(trx, context, request.body, new Date());
      });
      return reply.status(201).send(answered);
    },
  );
};
