import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { authorize, errorResponses } from '../../../platform/http.ts';
import { organizationBySlug } from '../../organizations/service.ts';
import { eventFor } from '../access.ts';
import { calendarOf, feedName } from './calendar.ts';
import { cancel } from './cancellation.ts';
import './messages.ts';
import { readMinutes, writeMinutes } from './minutes.ts';
import {
  CancelBody,
  EventCreateBody,
  EventDetail,
  EventList,
  EventListQuery,
  EventParams,
  EventQuery,
  EventPatchBody,
  Minutes,
  MinutesBody,
  OccurrenceParams,
  OrgParams,
} from './schema.ts';
import * as service from './service.ts';

const tags = ['gatherings'];
const base = '/organizations/:slug/events';

const userOf = (request: FastifyRequest) => (request.caller.kind === 'user' ? request.caller.userId : null);

function sendCalendar(reply: FastifyReply, filename: string, body: string) {
  return reply
    .header('content-type', 'text/calendar; charset=utf-8')
    .header('content-disposition', `inline; filename="${filename}"`)
    .header('cache-control', 'no-cache')
    .send(body);
}

/** Events: the organization's calendar, one-off and recurring events, their .ics files and the feed, minutes. */
export const eventRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const mail = () => ({ publicUrl: app.config.publicUrl, smtpConfigured: app.mail.smtpConfigured });

  app.get(
    base,
    {
      schema: {
        tags,
        summary:
          "The organization's events with an occurrence from `from` (default today) to `to` (default a year on), by next occurrence; members-only ones for its people",
        params: OrgParams,
        querystring: EventListQuery,
        response: { 200: EventList, ...errorResponses(400, 404) },
      },
    },
    async (request) => {
      const organization = await organizationBySlug(app.db, request.params.slug);
      return service.listEvents(app.db, request, organization, request.query, new Date());
    },
  );

  app.post(
    base,
    {
      schema: {
        tags,
        summary:
          'Create an event: one-off or recurring (RRULE), bilingual title and agenda, venue, capacity, questions',
        params: OrgParams,
        body: EventCreateBody,
        response: { 201: EventDetail, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const event = await app.db.transaction().execute(async (trx) => {
        const organization = await organizationBySlug(trx, request.params.slug);
        authorize(request, 'events.manage', { organizationId: organization.id });
        const access = { canManage: true };
        return service.createEvent(trx, organization, access, request.body, userOf(request), new Date());
      });
      return reply.status(201).send(event);
    },
  );

  app.get(
    `${base}/:id`,
    {
      schema: {
        tags,
        summary: 'An event with its last 3 and next 12 occurrences and their registrations',
        params: EventParams,
        querystring: EventQuery,
        response: { 200: EventDetail, ...errorResponses(404) },
      },
    },
    async (request) => {
      const { slug, id } = request.params;
      const access = await eventFor(app.db, request, slug, id, 'read', request.query.ticket);
      return service.eventDetail(app.db, access, new Date());
    },
  );

  app.patch(
    `${base}/:id`,
    {
      schema: {
        tags,
        summary:
          'Change an event (from the version the editor loaded; 409 stale_version if it changed since)',
        params: EventParams,
        body: EventPatchBody,
        response: { 200: EventDetail, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      app.db.transaction().execute(async (trx) => {
        const access = await eventFor(trx, request, request.params.slug, request.params.id, 'manage');
        return service.updateEvent(trx, access, request.body, new Date());
      }),
  );

  app.post(
    `${base}/:id/cancel`,
    {
      schema: {
        tags,
        summary:
          'Cancel one occurrence (`date`) or the whole event; its registered and waitlisted people are e-mailed',
        params: EventParams,
        body: CancelBody,
        response: { 200: EventDetail, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      app.db.transaction().execute(async (trx) => {
        const access = await eventFor(trx, request, request.params.slug, request.params.id, 'manage');
        return cancel(trx, access, request.body, mail(), new Date());
      }),
  );

  app.get(
    `${base}/:id/event.ics`,
    {
      schema: {
        tags,
        summary: 'The event as an RFC 5545 calendar file (time zone, recurrence, cancelled occurrences)',
        params: EventParams,
        response: errorResponses(404),
      },
    },
    async (request, reply) => {
      const { event, organization } = await eventFor(app.db, request, request.params.slug, request.params.id);
      const context = { organization, locale: request.locale, publicUrl: app.config.publicUrl };
      const title = request.locale === 'ko' ? event.title_ko : event.title_en;
      return sendCalendar(reply, `${organization.slug}-event.ics`, calendarOf([event], context, title));
    },
  );

  app.get(
    '/organizations/:slug/calendar.ics',
    {
      schema: {
        tags,
        summary:
          "The organization's subscribable calendar: its public events (members-only ones too for its signed-in people)",
        params: OrgParams,
        response: errorResponses(404),
      },
    },
    async (request, reply) => {
      const organization = await organizationBySlug(app.db, request.params.slug);
      const events = await service.visibleEvents(app.db, request, organization);
      const context = { organization, locale: request.locale, publicUrl: app.config.publicUrl };
      return sendCalendar(reply, `${organization.slug}.ics`, calendarOf(events, context, feedName(context)));
    },
  );

  app.get(
    `${base}/:id/occurrences/:date/minutes`,
    {
      schema: {
        tags,
        summary: "An occurrence's minutes and follow-ups (the organization's people and managers)",
        params: OccurrenceParams,
        response: { 200: Minutes, ...errorResponses(401, 403, 404) },
      },
    },
    async (request) => {
      const { slug, id, date } = request.params;
      const access = await eventFor(app.db, request, slug, id);
      return readMinutes(app.db, request, access, date);
    },
  );

  app.put(
    `${base}/:id/occurrences/:date/minutes`,
    {
      schema: {
        tags,
        summary: "Record an occurrence's minutes (Korean and English) and follow-ups with owner and due date",
        params: OccurrenceParams,
        body: MinutesBody,
        response: { 200: Minutes, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) =>
      app.db.transaction().execute(async (trx) => {
        const { slug, id, date } = request.params;
        const access = await eventFor(trx, request, slug, id, 'manage');
        return writeMinutes(trx, access, date, request.body, userOf(request), new Date());
      }),
  );
};
