import type { FastifyRequest } from 'fastify';
import type { DbOrTrx } from '../../../platform/db/database.ts';
import type { Event } from '../../../platform/db/schema.ts';
import { AppError, notFound } from '../../../platform/errors.ts';
import { requireUser } from '../../../platform/http.ts';
import { eventFor, type EventAccess } from '../access.ts';
import { b2bError } from './messages.ts';
import { parseList, presentEvent, presentParticipant, presentSlot } from './presenter.ts';
import * as queries from './queries.ts';
import type { MeBody, SettingsBody } from './schema.ts';
import { replanAfterChange } from './schedule-service.ts';
import { settingsProblems, settingsValuesOf, slotsOf, type SettingsValues } from './slots.ts';

/** B2B meetings at an expo: who takes part, the organizer's settings, each attendee's offers, needs and slots. */

/** The expo in the URL (meetings exist only for expos: any other event is not found here). */
export async function expoFor(
  db: DbOrTrx,
  request: FastifyRequest,
  params: { slug: string; id: string },
  need: 'read' | 'manage' = 'read',
): Promise<EventAccess> {
  const access = await eventFor(db, request, params.slug, params.id, need);
  if (access.event.kind !== 'expo') {
    throw notFound();
  }
  return access;
}

/** The caller's own place among the participants: signed in as a person and registered for the expo. */
export async function attendeeOf(db: DbOrTrx, request: FastifyRequest, event: Event) {
  const { userId } = requireUser(request);
  const me = await queries.participantOf(db, event, userId);
  if (!me) {
    throw new AppError('forbidden', { fields: { registration: b2bError('notRegistered') } });
  }
  return me;
}

/** Until the organizer saves settings: 20-minute slots over the event's hours, 10 tables. */
function defaults(event: Event): SettingsValues {
  return { slotMinutes: 20, dayStart: event.start_time, dayEnd: event.end_time, breaks: [], tableCount: 10 };
}

/** The slots of the expo's day, or none before the organizer set them. */
export async function slotsFor(db: DbOrTrx, event: Event) {
  const row = await queries.settingsOf(db, event.id);
  return { row, slots: row ? slotsOf(event, settingsValuesOf(row)) : [] };
}

export async function getSettings(db: DbOrTrx, access: EventAccess) {
  const { event } = access;
  const row = await queries.settingsOf(db, event.id);
  const values = row ? settingsValuesOf(row) : defaults(event);
  return {
    configured: row !== undefined,
    ...values,
    scheduleVersion: row?.schedule_version ?? 0,
    scheduledAt: row?.scheduled_at ?? null,
    date: event.starts_on,
    timeZone: event.time_zone,
    eventStart: event.start_time,
    eventEnd: event.end_time,
    slots: slotsOf(event, values).map(presentSlot),
    canManage: access.canManage,
  };
}

/**
 * Saves the organizer's settings after every check (nothing is saved if one fails). With a schedule out,
 * it is re-planned for the new slots and tables, keeping every meeting that still fits where it was.
 */
export async function putSettings(trx: DbOrTrx, access: EventAccess, body: SettingsBody, at: Date) {
  const { event } = access;
  const problems = settingsProblems(event, body);
  if (Object.keys(problems).length > 0) {
    throw new AppError('validation_failed', { fields: problems });
  }
  const stamp = at.toISOString();
  const values = {
    slot_minutes: body.slotMinutes,
    day_start: body.dayStart,
    day_end: body.dayEnd,
    breaks: JSON.stringify(body.breaks),
    table_count: body.tableCount,
    updated_at: stamp,
  };
  await trx
    .insertInto('b2b_settings')
    .values({ event_id: event.id, scheduled_at: null, ...values })
    .onConflict((oc) => oc.column('event_id').doUpdateSet(values))
    .execute();
  const row = await queries.settingsOf(trx, event.id);
  if (row?.scheduled_at) {
    await queries.bumpVersion(trx, event.id, stamp);
    await replanAfterChange(trx, access, stamp);
  }
  return getSettings(trx, access);
}

export async function getMe(db: DbOrTrx, request: FastifyRequest, access: EventAccess) {
  const { event } = access;
  const { userId } = requireUser(request);
  const me = await queries.participantOf(db, event, userId);
  const { slots } = await slotsFor(db, event);
  const pillars = await queries.activePillarIds(db);
  return {
    event: presentEvent(event),
    registrationId: me?.registration_id ?? null,
    offers: parseList(me?.offers),
    needs: parseList(me?.needs),
    availableSlots: me?.available_slots ? parseList(me.available_slots) : null,
    slots: slots.map(presentSlot),
    pillars: pillars.map((p) => ({ id: p.id, key: p.key, nameKo: p.name_ko, nameEn: p.name_en })),
    canManage: access.canManage,
  };
}

/** Saves the attendee's offers, needs and slots; with a schedule out, re-plans around their new slots. */
export async function putMe(
  trx: DbOrTrx,
  request: FastifyRequest,
  access: EventAccess,
  body: MeBody,
  at: Date,
) {
  const { event } = access;
  const me = await attendeeOf(trx, request, event);
  const known = new Set((await queries.activePillarIds(trx)).map((p) => p.id));
  const { row, slots } = await slotsFor(trx, event);
  const slotIds = new Set(slots.map((s) => s.id));
  const fields: Record<string, ReturnType<typeof b2bError>> = {};
  for (const side of ['offers', 'needs'] as const) {
    body[side].forEach((id, i) => {
      if (!known.has(id)) {
        fields[`${side}.${i}`] = b2bError('unknownPillar');
      }
    });
  }
  (body.availableSlots ?? []).forEach((slot, i) => {
    if (!slotIds.has(slot)) {
      fields[`availableSlots.${i}`] = b2bError('unknownSlot', { slot });
    }
  });
  if (Object.keys(fields).length > 0) {
    throw new AppError('validation_failed', { fields });
  }
  const stamp = at.toISOString();
  const unique = (ids: string[]) => JSON.stringify([...new Set(ids)]);
  await queries.saveParticipant(trx, {
    registration_id: me.registration_id,
    event_id: event.id,
    offers: unique(body.offers),
    needs: unique(body.needs),
    available_slots: body.availableSlots === null ? null : unique(body.availableSlots),
    updated_at: stamp,
  });
  if (row?.scheduled_at) {
    await queries.bumpVersion(trx, event.id, stamp);
    await replanAfterChange(trx, access, stamp);
  }
  return getMe(trx, request, access);
}

/** The other participants, for attendees and organizers. */
export async function participants(db: DbOrTrx, request: FastifyRequest, access: EventAccess) {
  const { event } = access;
  let myId: string | null = null;
  if (!access.canManage) {
    myId = (await attendeeOf(db, request, event)).registration_id;
  }
  const rows = await queries.participantRows(db, event);
  return { items: rows.filter((r) => r.registration_id !== myId).map(presentParticipant) };
}
