import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { DbOrTrx } from '../../../platform/db/database.ts';
import { AppError, notFound } from '../../../platform/errors.ts';
import { errorResponses, requireUser } from '../../../platform/http.ts';
import { organizationBySlug } from '../../organizations/service.ts';
import { accessTo, eventFor } from '../access.ts';
import { checkIn } from './check-in.ts';
import {
  CheckInBody,
  CheckInResult,
  MyRegistration,
  OccurrenceParams,
  RegisterBody,
  Registration,
  RegistrationList,
  RegistrationParams,
  TicketParams,
} from './schema.ts';
import * as service from './service.ts';

const tags = ['gatherings'];
const event = '/organizations/:slug/events/:id';
const occurrence = `${event}/occurrences/:date`;

function context(app: FastifyInstance): service.Context {
  const { uploadDir, publicUrl } = app.config;
  return { now: new Date(), mail: { smtpConfigured: app.mail.smtpConfigured, uploadDir, publicUrl } };
}

function registrant(request: FastifyRequest): service.Registrant {
  const caller = request.caller;
  return caller.kind === 'user'
    ? { kind: 'user', userId: caller.userId, name: caller.name, email: caller.email, locale: caller.locale }
    : { kind: 'visitor', locale: request.locale };
}

/**
 * A ticket's event, whoever asks: the code is the key (an anonymous registrant opens the e-mailed link, a
 * member may not be signed in on the phone they show at the door).
 */
async function ticketEvent(db: DbOrTrx, request: FastifyRequest, slug: string, id: string) {
  const organization = await organizationBySlug(db, slug);
  const found = await db
    .selectFrom('events')
    .selectAll()
    .where('id', '=', id)
    .where('organization_id', '=', organization.id)
    .executeTakeFirst();
  if (!found) {
    throw notFound();
  }
  return accessTo(request, organization, found);
}

/** Registrations per occurrence: places, waitlist, custom questions, cancellation, tickets, the door's check-in, reminders. */
export const registrationRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    `${occurrence}/registrations`,
    {
      schema: {
        tags,
        summary:
          'Register for an occurrence (the same e-mail again returns the registration): a place, the waitlist, or 409 when full',
        params: OccurrenceParams,
        body: RegisterBody,
        response: { 200: Registration, 201: Registration, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const { slug, id, date } = request.params;
      const result = await app.db.transaction().execute(async (trx) => {
        const access = await eventFor(trx, request, slug, id);
        if (!access.canAttend) {
          throw new AppError('forbidden');
        }
        return service.register(trx, access, date, registrant(request), request.body, context(app));
      });
      return reply.status(result.created ? 201 : 200).send(result.registration);
    },
  );

  app.get(
    `${occurrence}/registrations/mine`,
    {
      schema: {
        tags,
        summary:
          "The signed-in person's registration for the occurrence (status, waitlist place, ticket), or null",
        params: OccurrenceParams,
        response: { 200: MyRegistration, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const user = requireUser(request);
      const { slug, id, date } = request.params;
      const access = await eventFor(app.db, request, slug, id);
      return service.mine(app.db, access, date, user.userId, user.email);
    },
  );

  app.get(
    `${occurrence}/registrations`,
    {
      schema: {
        tags,
        summary: 'Everyone registered for the occurrence, with answers, check-ins and counts (organizers)',
        params: OccurrenceParams,
        response: { 200: RegistrationList, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const { slug, id, date } = request.params;
      const access = await eventFor(app.db, request, slug, id, 'manage');
      return service.list(app.db, access, date);
    },
  );

  app.delete(
    `${occurrence}/registrations/:registrationId`,
    {
      schema: {
        tags,
        summary:
          'Cancel a registration (its registrant or an organizer); the first on the waitlist gets the place',
        params: RegistrationParams,
        response: { 200: Registration, ...errorResponses(401, 403, 404) },
      },
    },
    async (request) =>
      app.db.transaction().execute(async (trx) => {
        const { slug, id, date, registrationId } = request.params;
        const access = await eventFor(trx, request, slug, id);
        const caller = request.caller;
        const userId = caller.kind === 'user' ? caller.userId : null;
        await service.ownRegistration(trx, access, date, registrationId, userId, caller.kind === 'anonymous');
        return service.cancel(trx, access, registrationId, date, context(app));
      }),
  );

  app.get(
    `${event}/tickets/:code`,
    {
      schema: {
        tags,
        summary: 'A ticket, for whoever holds its code (the link e-mailed to the registrant)',
        params: TicketParams,
        response: { 200: Registration, ...errorResponses(404) },
      },
    },
    async (request) => {
      const { slug, id, code } = request.params;
      const access = await ticketEvent(app.db, request, slug, id);
      return service.present(app.db, await service.ticket(app.db, access.event, code), access);
    },
  );

  app.delete(
    `${event}/tickets/:code`,
    {
      schema: {
        tags,
        summary: 'Cancel the registration of this ticket (whoever holds its code)',
        params: TicketParams,
        response: { 200: Registration, ...errorResponses(404) },
      },
    },
    async (request) =>
      app.db.transaction().execute(async (trx) => {
        const { slug, id, code } = request.params;
        const access = await ticketEvent(trx, request, slug, id);
        const row = await service.ticket(trx, access.event, code);
        return service.cancel(trx, access, row.id, row.occurrence, context(app));
      }),
  );

  app.post(
    `${occurrence}/check-ins`,
    {
      schema: {
        tags,
        summary:
          'Check in a ticket at the door (QR text or the typed code); a second scan says when the first was',
        params: OccurrenceParams,
        body: CheckInBody,
        response: { 200: CheckInResult, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      app.db.transaction().execute(async (trx) => {
        const { slug, id, date } = request.params;
        const access = await eventFor(trx, request, slug, id, 'manage');
        const by = request.caller.kind === 'user' ? request.caller.userId : null;
        return checkIn(trx, access, date, request.body.code, by, request.locale, new Date());
      }),
  );
};
