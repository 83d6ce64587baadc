import type { FastifyRequest } from 'fastify';
import { newId } from '../../../platform/auth/secrets.ts';
import type { DbOrTrx } from '../../../platform/db/database.ts';
import type { Event } from '../../../platform/db/schema.ts';
import { AppError, notFound } from '../../../platform/errors.ts';
import { findBusinessBySlug } from '../../businesses/queries.ts';
import { eventFor, type EventAccess } from '../access.ts';
import { localToUtc, nextOccurrence } from '../occurrences.ts';
import { byBooth, presentExhibitor, presentSession, TIER_ORDER } from './presenter.ts';
import * as queries from './queries.ts';
import type {
  ExhibitorCreateBody,
  ExhibitorPatchBody,
  SessionCreateBody,
  SessionPatchBody,
} from './schema.ts';
import './messages.ts';

/** An expo in the URL: any other kind of event is not found here. */
export async function expoFor(
  db: DbOrTrx,
  request: FastifyRequest,
  slug: string,
  eventId: string,
  need: 'read' | 'manage' = 'read',
): Promise<EventAccess> {
  const access = await eventFor(db, request, slug, eventId, need);
  if (access.event.kind !== 'expo') {
    throw notFound();
  }
  return access;
}

export const expoBase = (access: EventAccess) =>
  `/api/v1/organizations/${access.organization.slug}/events/${access.event.id}/expo`;

/** The expo's day: a one-off expo's date, or the next occurrence of a recurring one. */
export function expoDate(event: Event, now: Date): string {
  if (!event.rrule) {
    return event.starts_on;
  }
  return nextOccurrence(event, now)?.date ?? event.starts_on;
}

const fieldError = (field: string, key: string, params: Record<string, unknown> = {}) =>
  new AppError('validation_failed', { fields: { [field]: { key: `expo:errors.${key}`, params } } });

export async function overview(db: DbOrTrx, access: EventAccess, userId: string | null, now: Date) {
  const { event } = access;
  const base = expoBase(access);
  const date = expoDate(event, now);
  const exhibitors = (await queries.exhibitorsOf(db, event.id)).sort(
    (a, b) => byBooth(a.booth, b.booth) || a.name_en.localeCompare(b.name_en),
  );
  const instant = (time: string) => localToUtc(date, time, event.time_zone).toISOString();
  return {
    eventId: event.id,
    titleKo: event.title_ko,
    titleEn: event.title_en,
    date,
    startTime: event.start_time,
    endTime: event.end_time,
    timeZone: event.time_zone,
    tiers: TIER_ORDER.map((tier) => ({
      tier,
      exhibitors: exhibitors.filter((x) => x.tier === tier).map((x) => presentExhibitor(base, x)),
    })).filter((group) => group.exhibitors.length > 0),
    floorPlan: exhibitors.flatMap((x) =>
      x.booth ? [{ booth: x.booth, exhibitorId: x.id, nameKo: x.name_ko, nameEn: x.name_en }] : [],
    ),
    sessions: (await queries.sessionsOf(db, event.id)).map((s) => presentSession(s, instant)),
    canManage: access.canManage,
    myExhibitors: userId
      ? (await queries.exhibitorsOfUser(db, event.id, userId)).map((x) => ({
          id: x.id,
          nameKo: x.name_ko,
          nameEn: x.name_en,
        }))
      : [],
  };
}

async function linkedBusinessId(db: DbOrTrx, slug: string | null | undefined): Promise<string | null> {
  if (!slug) {
    return null;
  }
  const business = await findBusinessBySlug(db, slug);
  if (!business) {
    throw fieldError('businessSlug', 'unknownBusiness');
  }
  return business.id;
}

/** A booth or a business already given to another exhibitor of the expo: 409, nothing saved. */
async function checkFree(
  db: DbOrTrx,
  eventId: string,
  booth: string | null,
  businessId: string | null,
  exceptId: string | null,
): Promise<void> {
  const atBooth = booth ? await queries.exhibitorAtBooth(db, eventId, booth, exceptId) : undefined;
  if (atBooth) {
    throw new AppError('conflict', {
      fields: {
        booth: {
          key: 'expo:errors.boothTaken',
          params: { booth, nameKo: atBooth.name_ko, nameEn: atBooth.name_en },
        },
      },
    });
  }
  const ofBusiness = businessId
    ? await queries.exhibitorOfBusiness(db, eventId, businessId, exceptId)
    : undefined;
  if (ofBusiness) {
    throw new AppError('conflict', {
      fields: {
        businessSlug: {
          key: 'expo:errors.businessTaken',
          params: { nameKo: ofBusiness.name_ko, nameEn: ofBusiness.name_en },
        },
      },
    });
  }
}

const boothOf = (booth: string | null | undefined) => booth?.trim().toUpperCase() || null;

export async function createExhibitor(
  trx: DbOrTrx,
  access: EventAccess,
  body: ExhibitorCreateBody,
  now: Date,
) {
  const eventId = access.event.id;
  const booth = boothOf(body.booth);
  const businessId = await linkedBusinessId(trx, body.businessSlug);
  await checkFree(trx, eventId, booth, businessId, null);
  const id = newId();
  const stamp = now.toISOString();
  await trx
    .insertInto('expo_exhibitors')
    .values({
      id,
      event_id: eventId,
      business_id: businessId,
      name_ko: body.nameKo,
      name_en: body.nameEn,
      description_ko: body.descriptionKo ?? '',
      description_en: body.descriptionEn ?? '',
      website: body.website ?? '',
      tier: body.tier,
      booth,
      logo_path: null,
      created_at: stamp,
      updated_at: stamp,
    })
    .execute();
  return exhibitorView(trx, access, id);
}

export async function exhibitorView(db: DbOrTrx, access: EventAccess, exhibitorId: string) {
  const row = await queries.exhibitorById(db, access.event.id, exhibitorId);
  if (!row) {
    throw notFound();
  }
  return presentExhibitor(expoBase(access), row);
}

export async function updateExhibitor(
  trx: DbOrTrx,
  access: EventAccess,
  exhibitorId: string,
  body: ExhibitorPatchBody,
  now: Date,
) {
  const eventId = access.event.id;
  const current = await queries.exhibitorById(trx, eventId, exhibitorId);
  if (!current) {
    throw notFound();
  }
  const booth = body.booth === undefined ? current.booth : boothOf(body.booth);
  const businessId =
    body.businessSlug === undefined ? current.business_id : await linkedBusinessId(trx, body.businessSlug);
  await checkFree(trx, eventId, booth, businessId, exhibitorId);
  await trx
    .updateTable('expo_exhibitors')
    .set({
      business_id: businessId,
      booth,
      ...(body.nameKo === undefined ? {} : { name_ko: body.nameKo }),
      ...(body.nameEn === undefined ? {} : { name_en: body.nameEn }),
      ...(body.descriptionKo === undefined ? {} : { description_ko: body.descriptionKo }),
      ...(body.descriptionEn === undefined ? {} : { description_en: body.descriptionEn }),
      ...(body.website === undefined ? {} : { website: body.website }),
      ...(body.tier === undefined ? {} : { tier: body.tier }),
      updated_at: now.toISOString(),
    })
    .where('id', '=', exhibitorId)
    .where('event_id', '=', eventId)
    .execute();
  return exhibitorView(trx, access, exhibitorId);
}

export async function deleteExhibitor(trx: DbOrTrx, access: EventAccess, exhibitorId: string): Promise<void> {
  const result = await trx
    .deleteFrom('expo_exhibitors')
    .where('id', '=', exhibitorId)
    .where('event_id', '=', access.event.id)
    .executeTakeFirst();
  if (Number(result.numDeletedRows) === 0) {
    throw notFound();
  }
}

export async function setExhibitorLogo(
  trx: DbOrTrx,
  access: EventAccess,
  exhibitorId: string,
  logoPath: string,
  now: Date,
) {
  await trx
    .updateTable('expo_exhibitors')
    .set({ logo_path: logoPath, updated_at: now.toISOString() })
    .where('id', '=', exhibitorId)
    .where('event_id', '=', access.event.id)
    .execute();
  return exhibitorView(trx, access, exhibitorId);
}

type SessionTimes = { room: string; startTime: string; endTime: string };

/** Within the expo's hours, ending after it starts, and not overlapping another session in the room. */
async function checkSession(db: DbOrTrx, event: Event, times: SessionTimes, exceptId: string | null) {
  if (times.startTime >= times.endTime) {
    throw fieldError('endTime', 'endBeforeStart');
  }
  if (times.startTime < event.start_time || times.endTime > event.end_time) {
    throw fieldError('startTime', 'outsideHours', { start: event.start_time, end: event.end_time });
  }
  const room = times.room.trim();
  const clash = (await queries.sessionsOf(db, event.id)).find(
    (s) =>
      s.id !== exceptId &&
      s.room.trim().toLowerCase() === room.toLowerCase() &&
      s.start_time < times.endTime &&
      times.startTime < s.end_time,
  );
  if (clash) {
    throw fieldError('room', 'roomTaken', {
      room: room || '—',
      titleKo: clash.title_ko,
      titleEn: clash.title_en,
      start: clash.start_time,
      end: clash.end_time,
    });
  }
}

export async function createSession(trx: DbOrTrx, access: EventAccess, body: SessionCreateBody, now: Date) {
  const { event } = access;
  const room = (body.room ?? '').trim();
  await checkSession(trx, event, { room, startTime: body.startTime, endTime: body.endTime }, null);
  const id = newId();
  await trx
    .insertInto('expo_sessions')
    .values({
      id,
      event_id: event.id,
      title_ko: body.titleKo,
      title_en: body.titleEn,
      description_ko: body.descriptionKo ?? '',
      description_en: body.descriptionEn ?? '',
      room,
      start_time: body.startTime,
      end_time: body.endTime,
      speakers: JSON.stringify(body.speakers ?? []),
      created_at: now.toISOString(),
    })
    .execute();
  return sessionView(trx, access, id, now);
}

async function sessionView(db: DbOrTrx, access: EventAccess, sessionId: string, now: Date) {
  const row = await queries.sessionById(db, access.event.id, sessionId);
  if (!row) {
    throw notFound();
  }
  const { event } = access;
  const date = expoDate(event, now);
  return presentSession(row, (time) => localToUtc(date, time, event.time_zone).toISOString());
}

export async function updateSession(
  trx: DbOrTrx,
  access: EventAccess,
  sessionId: string,
  body: SessionPatchBody,
  now: Date,
) {
  const { event } = access;
  const current = await queries.sessionById(trx, event.id, sessionId);
  if (!current) {
    throw notFound();
  }
  const times = {
    room: (body.room ?? current.room).trim(),
    startTime: body.startTime ?? current.start_time,
    endTime: body.endTime ?? current.end_time,
  };
  await checkSession(trx, event, times, sessionId);
  await trx
    .updateTable('expo_sessions')
    .set({
      room: times.room,
      start_time: times.startTime,
      end_time: times.endTime,
      ...(body.titleKo === undefined ? {} : { title_ko: body.titleKo }),
      ...(body.titleEn === undefined ? {} : { title_en: body.titleEn }),
      ...(body.descriptionKo === undefined ? {} : { description_ko: body.descriptionKo }),
      ...(body.descriptionEn === undefined ? {} : { description_en: body.descriptionEn }),
      ...(body.speakers === undefined ? {} : { speakers: JSON.stringify(body.speakers) }),
    })
    .where('id', '=', sessionId)
    .where('event_id', '=', event.id)
    .execute();
  return sessionView(trx, access, sessionId, now);
}

export async function deleteSession(trx: DbOrTrx, access: EventAccess, sessionId: string): Promise<void> {
  const result = await trx
    .deleteFrom('expo_sessions')
    .where('id', '=', sessionId)
    .where('event_id', '=', access.event.id)
    .executeTakeFirst();
  if (Number(result.numDeletedRows) === 0) {
    throw notFound();
  }
}
