import type { FastifyRequest } from 'fastify';
import type { DbOrTrx } from '../../../platform/db/database.ts';
import type { EventRegistration } from '../../../platform/db/schema.ts';
import { AppError, notFound } from '../../../platform/errors.ts';
import { wallClock } from '../../../platform/time-zones.ts';
import { organizationBySlug } from '../../organizations/service.ts';
import { accessTo, eventFor, type EventAccess } from '../access.ts';
import type { Occurrence } from '../occurrences.ts';
import { reportError } from './messages.ts';
import { presentEvent, presentOccurrence, presentSurvey } from './presenter.ts';
import * as queries from './queries.ts';
import type { OccurrenceParams, SurveyBody, SurveyState } from './schema.ts';
import { occurrenceOrThrow } from './service.ts';

/**
 * The satisfaction survey of one occurrence. A registrant answers once: signed in, with their own
 * registration; anonymous, with the ticket code from their e-mail (the code alone proves the registration,
 * so it also opens a members-only event's survey). Organizers read the results.
 */

export interface SurveyContext {
  access: EventAccess;
  occurrence: Occurrence;
  registration: EventRegistration | null;
}

const unknownTicket = () => new AppError('not_found', { fields: { code: reportError('ticketUnknown') } });

async function byTicket(db: DbOrTrx, request: FastifyRequest, params: OccurrenceParams, code: string) {
  const organization = await organizationBySlug(db, params.slug);
  const event = await db
    .selectFrom('events')
    .selectAll()
    .where('id', '=', params.id)
    .where('organization_id', '=', organization.id)
    .executeTakeFirst();
  if (!event) {
    throw notFound();
  }
  const registration = await db
    .selectFrom('event_registrations')
    .selectAll()
    .where('event_id', '=', event.id)
    .where('occurrence', '=', params.date)
    .where('ticket_code', '=', code)
    .executeTakeFirst();
  if (!registration) {
    throw unknownTicket();
  }
  return { access: accessTo(request, organization, event), registration };
}

/** The signed-in caller's registration for the occurrence (one still standing first). */
async function ownRegistration(db: DbOrTrx, request: FastifyRequest, eventId: string, date: string) {
  if (request.caller.kind !== 'user') {
    return null;
  }
  const rows = await db
    .selectFrom('event_registrations')
    .selectAll()
    .where('event_id', '=', eventId)
    .where('occurrence', '=', date)
    .where('user_id', '=', request.caller.userId)
    .execute();
  return rows.find((r) => r.status !== 'cancelled') ?? rows[0] ?? null;
}

/**
 * Who is answering or reading: a registrant (by ticket code or session) or an organizer. Anyone else:
 * 401 when anonymous, 403 otherwise.
 */
export async function surveyContext(
  db: DbOrTrx,
  request: FastifyRequest,
  params: OccurrenceParams,
  code: string | undefined,
): Promise<SurveyContext> {
  const found = code
    ? await byTicket(db, request, params, code)
    : await eventFor(db, request, params.slug, params.id).then(async (access) => ({
        access,
        registration: await ownRegistration(db, request, access.event.id, params.date),
      }));
  const occurrence = occurrenceOrThrow(found.access.event, params.date);
  if (!found.registration && !found.access.canManage) {
    if (request.caller.kind === 'anonymous') {
      throw new AppError('unauthenticated');
    }
    throw new AppError('forbidden', { fields: { registration: reportError('noRegistration') } });
  }
  return { ...found, occurrence };
}

const isOpen = (context: SurveyContext, now: Date) =>
  context.registration !== null &&
  context.registration.status !== 'cancelled' &&
  context.occurrence.startsAt <= now;

export async function surveyState(db: DbOrTrx, context: SurveyContext, now: Date): Promise<SurveyState> {
  const { access, occurrence, registration } = context;
  const answered = registration
    ? (await db
        .selectFrom('event_survey_responses')
        .select('registration_id')
        .where('registration_id', '=', registration.id)
        .executeTakeFirst()) !== undefined
    : false;
  return {
    event: presentEvent(access.event, access.organization.slug),
    occurrence: presentOccurrence(occurrence, now),
    registration: registration ? { name: registration.name, status: registration.status } : null,
    open: isOpen(context, now),
    answered,
    results: access.canManage
      ? presentSurvey(await queries.surveyResponses(db, access.event.id, occurrence.date))
      : null,
  };
}

const conflict = (name: string, params?: Record<string, unknown>) =>
  new AppError('conflict', { fields: { survey: reportError(name, params) } });

function localStart(occurrence: Occurrence, timeZone: string): string {
  const c = wallClock(occurrence.startsAt.getTime(), timeZone);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${c.year}-${pad(c.month)}-${pad(c.day)} ${pad(c.hour)}:${pad(c.minute)}`;
}

/** Records the registrant's one answer; a second one is refused (409) and changes nothing. */
export async function answerSurvey(db: DbOrTrx, context: SurveyContext, body: SurveyBody, now: Date) {
  const { registration, occurrence, access } = context;
  if (!registration) {
    throw new AppError('forbidden', { fields: { registration: reportError('noRegistration') } });
  }
  if (registration.status === 'cancelled') {
    throw conflict('registrationCancelled');
  }
  if (occurrence.startsAt > now) {
    throw conflict('notStarted', { startsAt: localStart(occurrence, access.event.time_zone) });
  }
  const at = now.toISOString();
  // The registration is the primary key: of two answers racing, one is written and the other refused.
  const result = await db
    .insertInto('event_survey_responses')
    .values({
      registration_id: registration.id,
      event_id: access.event.id,
      occurrence: occurrence.date,
      rating: body.rating,
      would_return: body.wouldReturn ? 1 : 0,
      comment: (body.comment ?? '').trim(),
      created_at: at,
    })
    .onConflict((oc) => oc.column('registration_id').doNothing())
    .executeTakeFirst();
  if (Number(result.numInsertedOrUpdatedRows ?? 0) !== 1) {
    throw conflict('alreadyAnswered');
  }
  return { answered: true as const, at };
}
