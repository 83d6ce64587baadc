import type { FastifyRequest } from 'fastify';
import { can } from '../../../platform/auth/policies.ts';
import type { DbOrTrx } from '../../../platform/db/database.ts';
import { AppError, notFound } from '../../../platform/errors.ts';
import type { EventAccess } from '../access.ts';
import { occurrenceOn } from '../occurrences.ts';
import { eventError } from './messages.ts';
import { presentMinutes } from './presenter.ts';
import { findMinutes, saveMinutes } from './queries.ts';
import type { MinutesBody } from './schema.ts';

/**
 * Minutes and follow-ups per occurrence. The organization's people read them (a public event's outside
 * guests do not: minutes are internal); its managers write them.
 */

/** 404 when the event does not happen on that date (cancelled occurrences keep their minutes). */
function occurrenceDate(access: EventAccess, date: string): string {
  if (!occurrenceOn(access.event, date)) {
    throw notFound();
  }
  return date;
}

export async function readMinutes(db: DbOrTrx, request: FastifyRequest, access: EventAccess, date: string) {
  const people = can(request.caller, 'events.attend', { organizationId: access.organization.id });
  if (!people && !access.canManage) {
    throw new AppError(request.caller.kind === 'anonymous' ? 'unauthenticated' : 'forbidden');
  }
  const day = occurrenceDate(access, date);
  return presentMinutes(day, await findMinutes(db, access.event.id, day), access.canManage);
}

export async function writeMinutes(
  trx: DbOrTrx,
  access: EventAccess,
  date: string,
  body: MinutesBody,
  userId: string | null,
  now: Date,
) {
  const day = occurrenceDate(access, date);
  const ids = body.followUps.map((f) => f.id);
  const twice = ids.find((id, i) => ids.indexOf(id) !== i);
  if (twice !== undefined) {
    throw new AppError('validation_failed', {
      fields: { followUps: eventError('followUpDuplicate', { id: twice }) },
    });
  }
  const followUps = body.followUps.map((f) => ({ ...f, text: f.text.trim(), owner: f.owner.trim() }));
  await saveMinutes(trx, {
    event_id: access.event.id,
    occurrence: day,
    minutes_ko: body.minutesKo,
    minutes_en: body.minutesEn,
    follow_ups: JSON.stringify(followUps),
    updated_by: userId,
    updated_at: now.toISOString(),
  });
  return presentMinutes(day, await findMinutes(trx, access.event.id, day), true);
}
