import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { errorResponses, requireUser } from '../../../platform/http.ts';
import { agendaIcs, agendaOf, agendaPdf } from './agenda.ts';
import { answer, cancel, createRequest, listRequests } from './requests.ts';
import { grid, placeByHand, runSchedule, unplace } from './schedule-service.ts';
import {
  AgendaResponse,
  EventParams,
  MeBody,
  MeResponse,
  ParticipantList,
  PlacementBody,
  RequestBody,
  RequestList,
  RequestParams,
  ScheduleResponse,
  SettingsBody,
  SettingsResponse,
  SuggestionList,
  VersionBody,
} from './schema.ts';
import * as service from './service.ts';
import { suggestionsFor } from './suggestions.ts';
import './messages.ts';

const tags = ['gatherings'];
const base = '/organizations/:slug/events/:id/meetings';
const VersionQuery = Type.Object({ version: Type.Integer({ minimum: 0 }) }, { additionalProperties: false });

/** B2B meetings at the expo: offers and needs, suggestions, double opt-in requests, availability, the organizer's schedule, agendas. */
export const b2bRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    `${base}/settings`,
    {
      schema: {
        tags,
        summary: 'The meeting slots and tables (anyone who may see the expo)',
        params: EventParams,
        response: { 200: SettingsResponse, ...errorResponses(404) },
      },
    },
    async (request) => service.getSettings(app.db, await service.expoFor(app.db, request, request.params)),
  );

  app.put(
    `${base}/settings`,
    {
      schema: {
        tags,
        summary:
          'Set slot length, hours, breaks and tables (organizers); a schedule already out is re-planned',
        params: EventParams,
        body: SettingsBody,
        response: { 200: SettingsResponse, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) =>
      app.db.transaction().execute(async (trx) => {
        const access = await service.expoFor(trx, request, request.params, 'manage');
        return service.putSettings(trx, access, request.body, new Date());
      }),
  );

  app.get(
    `${base}/me`,
    {
      schema: {
        tags,
        summary: "The caller's offers, needs and available slots (registrationId null: not registered)",
        params: EventParams,
        response: { 200: MeResponse, ...errorResponses(401, 403, 404) },
      },
    },
    async (request) => {
      const access = await service.expoFor(app.db, request, request.params);
      return service.getMe(app.db, request, access);
    },
  );

  app.put(
    `${base}/me`,
    {
      schema: {
        tags,
        summary: 'Set what the attendee offers and needs (pillars) and the slots they can meet in',
        params: EventParams,
        body: MeBody,
        response: { 200: MeResponse, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) =>
      app.db.transaction().execute(async (trx) => {
        const access = await service.expoFor(trx, request, request.params);
        return service.putMe(trx, request, access, request.body, new Date());
      }),
  );

  app.get(
    `${base}/participants`,
    {
      schema: {
        tags,
        summary: 'The other attendees who can meet: name, company, business, offers and needs',
        params: EventParams,
        response: { 200: ParticipantList, ...errorResponses(401, 403, 404) },
      },
    },
    async (request) => {
      const access = await service.expoFor(app.db, request, request.params);
      return service.participants(app.db, request, access);
    },
  );

  app.get(
    `${base}/suggestions`,
    {
      schema: {
        tags,
        summary: 'Attendees worth meeting, ranked by pillars in common and the matchmaking, with the reasons',
        params: EventParams,
        response: { 200: SuggestionList, ...errorResponses(401, 403, 404) },
      },
    },
    async (request) => {
      const access = await service.expoFor(app.db, request, request.params);
      const me = await service.attendeeOf(app.db, request, access.event);
      return suggestionsFor(app.db, access, me, request.locale);
    },
  );

  app.get(
    `${base}/requests`,
    {
      schema: {
        tags,
        summary: "The caller's meeting requests, incoming and outgoing, with their place on the schedule",
        params: EventParams,
        response: { 200: RequestList, ...errorResponses(401, 403, 404) },
      },
    },
    async (request) => {
      const access = await service.expoFor(app.db, request, request.params);
      const me = await service.attendeeOf(app.db, request, access.event);
      return listRequests(app.db, access, me);
    },
  );

  app.post(
    `${base}/requests`,
    {
      schema: {
        tags,
        summary: 'Ask another attendee for a meeting (one request per pair)',
        params: EventParams,
        body: RequestBody,
        response: { 201: RequestList, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const list = await app.db.transaction().execute(async (trx) => {
        const access = await service.expoFor(trx, request, request.params);
        const me = await service.attendeeOf(trx, request, access.event);
        await createRequest(trx, access, me, request.body, new Date());
        return listRequests(trx, access, me);
      });
      return reply.status(201).send(list);
    },
  );

  for (const action of ['accept', 'decline'] as const) {
    app.post(
      `${base}/requests/:requestId/${action}`,
      {
        schema: {
          tags,
          summary:
            action === 'accept'
              ? 'Accept a meeting (its recipient); between two businesses, an introduction from this event'
              : 'Decline a meeting (its recipient)',
          params: RequestParams,
          response: { 200: RequestList, ...errorResponses(401, 403, 404, 409) },
        },
      },
      async (request) =>
        app.db.transaction().execute(async (trx) => {
          const access = await service.expoFor(trx, request, request.params);
          const me = await service.attendeeOf(trx, request, access.event);
          const act = { userId: requireUser(request).userId, at: new Date(), locale: request.locale };
          const to = action === 'accept' ? 'accepted' : 'declined';
          await answer(trx, access, me, request.params.requestId, to, act);
          return listRequests(trx, access, me);
        }),
    );
  }

  app.delete(
    `${base}/requests/:requestId`,
    {
      schema: {
        tags,
        summary:
          'Cancel a request or meeting (either side); the schedule is re-planned without moving the others',
        params: RequestParams,
        response: { 200: RequestList, ...errorResponses(401, 403, 404, 409) },
      },
    },
    async (request) =>
      app.db.transaction().execute(async (trx) => {
        const access = await service.expoFor(trx, request, request.params);
        const me = await service.attendeeOf(trx, request, access.event);
        await cancel(trx, access, me, request.params.requestId, request.locale, new Date());
        return listRequests(trx, access, me);
      }),
  );

  app.get(
    `${base}/schedule`,
    {
      schema: {
        tags,
        summary: 'The schedule grid (organizers): slots × tables, the accepted meetings left out and why',
        params: EventParams,
        response: { 200: ScheduleResponse, ...errorResponses(401, 403, 404) },
      },
    },
    async (request) => grid(app.db, await service.expoFor(app.db, request, request.params, 'manage')),
  );

  app.post(
    `${base}/schedule`,
    {
      schema: {
        tags,
        summary: 'Run the scheduler over every accepted meeting (organizers); a stale version is refused',
        params: EventParams,
        body: VersionBody,
        response: { 200: ScheduleResponse, ...errorResponses(401, 403, 404, 409) },
      },
    },
    async (request) =>
      app.db.transaction().execute(async (trx) => {
        const access = await service.expoFor(trx, request, request.params, 'manage');
        return runSchedule(trx, access, request.body.version, new Date());
      }),
  );

  app.put(
    `${base}/requests/:requestId/placement`,
    {
      schema: {
        tags,
        summary: 'Move a meeting by hand to a slot and table (organizers); it stays there',
        params: RequestParams,
        body: PlacementBody,
        response: { 200: ScheduleResponse, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      app.db.transaction().execute(async (trx) => {
        const access = await service.expoFor(trx, request, request.params, 'manage');
        return placeByHand(trx, access, request.params.requestId, request.body, new Date());
      }),
  );

  app.delete(
    `${base}/requests/:requestId/placement`,
    {
      schema: {
        tags,
        summary: 'Take a meeting off the schedule (organizers), which unpins it',
        params: RequestParams,
        querystring: VersionQuery,
        response: { 200: ScheduleResponse, ...errorResponses(401, 403, 404, 409) },
      },
    },
    async (request) =>
      app.db.transaction().execute(async (trx) => {
        const access = await service.expoFor(trx, request, request.params, 'manage');
        return unplace(trx, access, request.params.requestId, request.query.version, new Date());
      }),
  );

  app.get(
    `${base}/agenda`,
    {
      schema: {
        tags,
        summary: "The attendee's meetings: time, table, with whom",
        params: EventParams,
        response: { 200: AgendaResponse, ...errorResponses(401, 403, 404) },
      },
    },
    async (request) => {
      const access = await service.expoFor(app.db, request, request.params);
      return agendaOf(app.db, access, await service.attendeeOf(app.db, request, access.event));
    },
  );

  app.get(
    `${base}/agenda.pdf`,
    {
      schema: {
        tags,
        summary: "The attendee's agenda as a PDF, in their language, times in the event's zone",
        params: EventParams,
        response: errorResponses(401, 403, 404),
      },
    },
    async (request, reply) => {
      const access = await service.expoFor(app.db, request, request.params);
      const me = await service.attendeeOf(app.db, request, access.event);
      const pdf = await agendaPdf(app.db, access, me, request.locale);
      return reply
        .type('application/pdf')
        .header('content-disposition', 'attachment; filename="b2b-agenda.pdf"')
        .header('cache-control', 'private, no-store')
        .send(pdf);
    },
  );

  app.get(
    `${base}/agenda.ics`,
    {
      schema: {
        tags,
        summary: "The attendee's agenda as an iCalendar file (RFC 5545), one event per meeting",
        params: EventParams,
        response: errorResponses(401, 403, 404),
      },
    },
    async (request, reply) => {
      const access = await service.expoFor(app.db, request, request.params);
      const me = await service.attendeeOf(app.db, request, access.event);
      const ics = await agendaIcs(app.db, access, me, request.locale);
      return reply
        .type('text/calendar; charset=utf-8')
        .header('content-disposition', 'attachment; filename="b2b-agenda.ics"')
        .header('cache-control', 'private, no-store')
        .send(ics);
    },
  );
};
