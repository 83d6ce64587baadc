import type { FastifyRequest } from 'fastify';
import { can } from '../../../platform/auth/policies.ts';
import { newId } from '../../../platform/auth/secrets.ts';
import type { DbOrTrx } from '../../../platform/db/database.ts';
import type { Updateable } from 'kysely';
import type { EventTable, Organization } from '../../../platform/db/schema.ts';
import { AppError } from '../../../platform/errors.ts';
import { localDay } from '../../inventory/days.ts';
import type { EventAccess } from '../access.ts';
import { localToUtc, occurrencesBetween, type Occurrence } from '../occurrences.ts';
import { presentDetail, presentSummary, type OccurrenceCount } from './presenter.ts';
import * as queries from './queries.ts';
import type { EventCreateBody, EventListQuery, EventPatchBody } from './schema.ts';
import { checkedInput, columnsOf, DEFAULT_TIME_ZONE, defaults, inputOf } from './validation.ts';

const PAST_SHOWN = 3;
const COMING_SHOWN = 12;
/** Far enough back for every past occurrence (expansion itself stops after a few thousand). */
const BEGINNING = new Date(Date.UTC(2000, 0, 1));

/** Whether the caller sees the organization's members-only events: its people and its managers. */
export function seesMembersOnly(request: FastifyRequest, organization: Organization): boolean {
  const scope = { organizationId: organization.id };
  return can(request.caller, 'events.attend', scope) || can(request.caller, 'events.manage', scope);
}

/** The events the caller may see, scheduled and cancelled alike. */
export async function visibleEvents(db: DbOrTrx, request: FastifyRequest, organization: Organization) {
  const members = seesMembersOnly(request, organization);
  const events = await queries.eventsOf(db, organization.id);
  return events.filter((event) => event.audience === 'public' || members);
}

/** Local days from `from` (default today) to `to` (default twelve months on), as instants. */
function listWindow(query: EventListQuery, now: Date) {
  const from = query.from ?? localDay(now, DEFAULT_TIME_ZONE);
  const to = query.to ?? `${Number(from.slice(0, 4)) + 1}${from.slice(4)}`;
  return {
    from: localToUtc(from, '00:00', DEFAULT_TIME_ZONE),
    to: new Date(localToUtc(to, '00:00', DEFAULT_TIME_ZONE).getTime() + 86_400_000),
  };
}

/** The events with an occurrence in the window, by their first occurrence there (not cancelled first). */
export async function listEvents(
  db: DbOrTrx,
  request: FastifyRequest,
  organization: Organization,
  query: EventListQuery,
  now: Date,
) {
  const { from, to } = listWindow(query, now);
  const listed: { at: number; summary: ReturnType<typeof presentSummary> }[] = [];
  for (const event of await visibleEvents(db, request, organization)) {
    const inWindow = occurrencesBetween(event, from, to);
    const first = inWindow.find((o) => !o.cancelled) ?? inWindow[0];
    if (first) {
      listed.push({ at: first.startsAt.getTime(), summary: presentSummary(event, organization.slug, now) });
    }
  }
  return listed.sort((a, b) => a.at - b.at).map((item) => item.summary);
}

function withCounts(occurrences: Occurrence[], counts: Map<string, Map<string, number>>): OccurrenceCount[] {
  return occurrences.map((o) => ({
    ...o,
    registered: counts.get(o.date)?.get('registered') ?? 0,
    waitlisted: counts.get(o.date)?.get('waitlisted') ?? 0,
  }));
}

/** The event with its last few and its coming occurrences, and what the caller may do. */
export async function eventDetail(db: DbOrTrx, access: EventAccess, now: Date) {
  const { event } = access;
  const past = occurrencesBetween(event, BEGINNING, now, 5000).filter((o) => o.endsAt <= now);
  const coming = occurrencesBetween(
    event,
    now,
    new Date(now.getTime() + 10 * 366 * 86_400_000),
    COMING_SHOWN,
  );
  const counts = new Map<string, Map<string, number>>();
  for (const row of await queries.registrationCounts(db, event.id)) {
    const day = counts.get(row.occurrence) ?? new Map<string, number>();
    day.set(row.status, Number(row.count));
    counts.set(row.occurrence, day);
  }
  const occurrences = withCounts([...past.slice(-PAST_SHOWN), ...coming], counts);
  return presentDetail(access, occurrences, await queries.hasMeetings(db, event.id), now);
}

export type EventView = Awaited<ReturnType<typeof eventDetail>>;

async function reload(db: DbOrTrx, access: EventAccess): Promise<EventAccess> {
  const event = await db
    .selectFrom('events')
    .selectAll()
    .where('id', '=', access.event.id)
    .where('organization_id', '=', access.organization.id)
    .executeTakeFirstOrThrow();
  return { ...access, event };
}

export async function createEvent(
  trx: DbOrTrx,
  organization: Organization,
  access: Pick<EventAccess, 'canManage'>,
  body: EventCreateBody,
  userId: string | null,
  now: Date,
) {
  const input = await checkedInput(trx, { ...defaults, ...body });
  const id = newId();
  const stamp = now.toISOString();
  await queries.insertEvent(trx, {
    id,
    organization_id: organization.id,
    ...columnsOf(input),
    status: 'scheduled',
    created_by: userId,
    created_at: stamp,
    updated_at: stamp,
  });
  const event = await trx.selectFrom('events').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  return eventDetail(trx, { organization, event, canManage: access.canManage, canAttend: true }, now);
}

/** Writes `changes` when the event is still at `version`; 409 stale_version when someone changed it. */
export async function saveVersioned(
  trx: DbOrTrx,
  access: EventAccess,
  version: number,
  changes: Updateable<EventTable>,
  now: Date,
): Promise<EventAccess> {
  const saved = await queries.updateEvent(trx, access.organization.id, access.event.id, version, {
    ...changes,
    updated_at: now.toISOString(),
  });
  if (!saved) {
    throw new AppError('stale_version');
  }
  return reload(trx, access);
}

export async function updateEvent(trx: DbOrTrx, access: EventAccess, body: EventPatchBody, now: Date) {
  const { version, ...changes } = body;
  if (version !== access.event.version) {
    throw new AppError('stale_version');
  }
  const input = await checkedInput(trx, { ...inputOf(access.event), ...changes });
  const updated = await saveVersioned(trx, access, version, columnsOf(input), now);
  return eventDetail(trx, updated, now);
}
