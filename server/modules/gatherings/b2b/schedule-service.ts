import type { DbOrTrx } from '../../../platform/db/database.ts';
import type { B2bRequestTable, B2bSettingsTable, Event } from '../../../platform/db/schema.ts';
import type { Selectable } from 'kysely';
import { AppError, type FieldErrors } from '../../../platform/errors.ts';
import { notify } from '../../notifications/service.ts';
import type { EventAccess } from '../access.ts';
import { compile } from '../scheduling/model.ts';
import { upperBound } from '../scheduling/bound.ts';
import { replan, schedule } from '../scheduling/schedule.ts';
import type { Placement, Schedule, SchedulingInput } from '../scheduling/types.ts';
import { b2bError } from './messages.ts';
import { parseList, presentPerson, presentSlot } from './presenter.ts';
import * as queries from './queries.ts';
import type { PlacementBody } from './schema.ts';
import { settingsValuesOf, slotsOf, tableIds, type Slot } from './slots.ts';
import { pillarOverlap } from './suggestions.ts';

/**
 * The scheduler in the product: the expo's accepted requests, its participants' slots and the organizer's
 * pins become the engine's input; its placements become b2b_meetings rows, in the caller's transaction. Every
 * change to the schedule bumps `schedule_version` (optimistic concurrency for organizers).
 */

type RequestRow = Selectable<B2bRequestTable>;
type SettingsRow = Selectable<B2bSettingsTable>;
type MeetingRow = Awaited<ReturnType<typeof queries.meetingsOf>>[number];

/** Overlap of the two sides' pillars at which a meeting counts as a strong match (docs/scheduling.md). */
export const STRONG_MATCH = 2;
/** The engine's time budget inside a request. */
const BUDGET_MS = 600;

interface Plan {
  settings: SettingsRow;
  slots: Slot[];
  input: SchedulingInput;
  people: Map<string, queries.ParticipantRow>;
  /** Accepted requests whose two people still take part, in input order. */
  requests: Map<string, RequestRow>;
  meetings: MeetingRow[];
  previous: Placement[];
}

/** Priority: 1, +1 when one side's business exhibits or sponsors at this expo, +1 for a strong pillar match. */
export function priorityOf(
  a: queries.ParticipantRow,
  b: queries.ParticipantRow,
  exhibitors: ReadonlySet<string>,
): number {
  const sponsor = [a.business_id, b.business_id].some((id) => id !== null && exhibitors.has(id));
  const overlap = pillarOverlap(
    { offers: parseList(a.offers), needs: parseList(a.needs) },
    { offers: parseList(b.offers), needs: parseList(b.needs) },
  );
  return 1 + (sponsor ? 1 : 0) + (overlap.total >= STRONG_MATCH ? 1 : 0);
}

async function planOf(db: DbOrTrx, event: Event): Promise<Plan | null> {
  const settings = await queries.settingsOf(db, event.id);
  if (!settings) {
    return null;
  }
  const slots = slotsOf(event, settingsValuesOf(settings));
  const slotIds = new Set(slots.map((s) => s.id));
  const rows = await queries.participantRows(db, event);
  const people = new Map(rows.map((r) => [r.registration_id, r]));
  const exhibitors = await queries.exhibitorBusinessIds(db, event.id);
  const requests = new Map<string, RequestRow>();
  const meetingsInput: SchedulingInput['meetings'][number][] = [];
  for (const r of await queries.requestsOfEvent(db, event.id)) {
    const a = people.get(r.requester_id);
    const b = people.get(r.recipient_id);
    if (r.status === 'accepted' && a && b) {
      requests.set(r.id, r);
      meetingsInput.push({
        id: r.id,
        people: [a.registration_id, b.registration_id],
        priority: priorityOf(a, b, exhibitors),
      });
    }
  }
  const meetings = (await queries.meetingsOf(db, event.id)).filter((m) => requests.has(m.request_id));
  const place = (m: MeetingRow) => ({
    meeting: m.request_id,
    slot: m.slot_start,
    table: String(m.table_number),
  });
  const input: SchedulingInput = {
    slots: slots.map(({ id, start, end }) => ({ id, start, end })),
    tables: tableIds(settings.table_count).map((id) => ({ id })),
    people: rows.map((r) => ({
      id: r.registration_id,
      ...(r.available_slots === null
        ? {}
        : { available: parseList(r.available_slots).filter((s) => slotIds.has(s)) }),
    })),
    meetings: meetingsInput,
    pins: meetings.filter((m) => m.pinned === 1).map(place),
  };
  return { settings, slots, input, people, requests, meetings, previous: meetings.map(place) };
}

/**
 * Pins that no longer hold (their slot or table is gone, a person's slots changed) are unpinned: the
 * meeting is planned like the others, from where it was. Returns the input without them.
 */
function withoutBrokenPins(input: SchedulingInput): SchedulingInput {
  let pins = [...(input.pins ?? [])];
  for (let tries = 0; tries <= pins.length; tries++) {
    const compiled = compile({ ...input, pins });
    if (compiled.ok) {
      return { ...input, pins };
    }
    const broken = new Set(compiled.errors.filter((e) => e.field === 'pins').map((e) => e.id));
    if (broken.size === 0) {
      throw new Error(`b2b: engine refused the input: ${JSON.stringify(compiled.errors.slice(0, 3))}`);
    }
    pins = pins.filter((p) => !broken.has(p.meeting));
  }
  return { ...input, pins: [] };
}

function tellPeople(
  trx: DbOrTrx,
  access: EventAccess,
  plan: Plan,
  requestId: string,
  kind: 'placed' | 'unplaced',
  place: { slot: string; table: string } | null,
) {
  const request = plan.requests.get(requestId);
  if (!request) {
    return Promise.resolve();
  }
  const sides = [request.requester_id, request.recipient_id];
  return Promise.all(
    sides.map(async (id, i) => {
      const person = plan.people.get(id);
      const other = plan.people.get(sides[1 - i] ?? '');
      if (!person?.user_id || !other) {
        return;
      }
      await notify(trx, {
        userId: person.user_id,
        kind: `b2b.${kind}`,
        payload: {
          name: other.name,
          eventKo: access.event.title_ko,
          eventEn: access.event.title_en,
          slot: place?.slot ?? '',
          table: place?.table ?? '',
          link: `/events/${access.organization.slug}/${access.event.id}/meetings`,
        },
      });
    }),
  );
}

/** Replaces the event's meetings with the schedule, keeps what stays pinned, tells whoever's meeting changed. */
async function write(
  trx: DbOrTrx,
  access: EventAccess,
  plan: Plan,
  result: Schedule,
  pins: SchedulingInput['pins'],
  at: string,
) {
  const pinned = new Set((pins ?? []).map((p) => p.meeting));
  const before = new Map(plan.previous.map((p) => [p.meeting, p]));
  await trx.deleteFrom('b2b_meetings').where('event_id', '=', access.event.id).execute();
  if (result.placements.length > 0) {
    await trx
      .insertInto('b2b_meetings')
      .values(
        result.placements.map((p) => ({
          request_id: p.meeting,
          event_id: access.event.id,
          slot_start: p.slot,
          table_number: Number(p.table),
          pinned: pinned.has(p.meeting) ? 1 : 0,
          updated_at: at,
        })),
      )
      .execute();
  }
  for (const m of plan.input.meetings) {
    const request = plan.requests.get(m.id);
    if (request && request.priority !== (m.priority ?? 1)) {
      await trx
        .updateTable('b2b_requests')
        .set({ priority: m.priority ?? 1 })
        .where('id', '=', m.id)
        .execute();
    }
  }
  for (const p of result.placements) {
    const was = before.get(p.meeting);
    if (!was || was.slot !== p.slot || was.table !== p.table) {
      await tellPeople(trx, access, plan, p.meeting, 'placed', p);
    }
  }
  const now = new Set(result.placements.map((p) => p.meeting));
  for (const p of plan.previous) {
    if (!now.has(p.meeting)) {
      await tellPeople(trx, access, plan, p.meeting, 'unplaced', null);
    }
  }
}

/**
 * The organizer's "run the scheduler": claims `version` first (a stale one is a 409 and nothing changes), then
 * plans every accepted request around the pins — from scratch the first time, afterwards with `replan`, so
 * that meetings people already have stay at their slot and table.
 */
export async function runSchedule(trx: DbOrTrx, access: EventAccess, version: number, at: Date) {
  const { event } = access;
  const existing = await queries.settingsOf(trx, event.id);
  if (!existing) {
    throw new AppError('conflict', { fields: { version: b2bError('notConfigured') } });
  }
  const stamp = at.toISOString();
  if ((await queries.bumpVersion(trx, event.id, stamp, version, true)) === null) {
    throw new AppError('stale_version');
  }
  const plan = await planOf(trx, event);
  if (plan) {
    const input = withoutBrokenPins(plan.input);
    const result = existing.scheduled_at
      ? replan(input, plan.previous, { timeBudgetMs: BUDGET_MS })
      : schedule(input, { timeBudgetMs: BUDGET_MS });
    if (!result.ok) {
      throw new Error(`b2b: engine refused the input: ${JSON.stringify(result.errors.slice(0, 3))}`);
    }
    await write(trx, access, plan, result.schedule, input.pins, stamp);
  }
  return grid(trx, access);
}

/**
 * After a cancellation or a change of settings or of someone's slots (the caller bumped the version): the
 * schedule is re-planned incrementally — every meeting that still fits stays at its slot and table.
 */
export async function replanAfterChange(trx: DbOrTrx, access: EventAccess, at: string): Promise<void> {
  const plan = await planOf(trx, access.event);
  if (!plan?.settings.scheduled_at) {
    return;
  }
  const input = withoutBrokenPins(plan.input);
  const result = replan(input, plan.previous, { timeBudgetMs: BUDGET_MS });
  if (!result.ok) {
    throw new Error(`b2b: engine refused the input: ${JSON.stringify(result.errors.slice(0, 3))}`);
  }
  await write(trx, access, plan, result.schedule, input.pins, at);
}

/**
 * Someone's registration was cancelled: their meetings leave the schedule (the others keep their slot and
 * table, the people they were to meet are told), and the version moves so an organizer's open grid is stale.
 * Nothing happens at an event without B2B settings.
 */
export async function afterRegistrationCancelled(trx: DbOrTrx, access: EventAccess, at: Date): Promise<void> {
  const stamp = at.toISOString();
  if ((await queries.bumpVersion(trx, access.event.id, stamp)) !== null) {
    await replanAfterChange(trx, access, stamp);
  }
}

function claimOrStale(trx: DbOrTrx, eventId: string, at: string, version: number) {
  return queries.bumpVersion(trx, eventId, at, version).then((v) => {
    if (v === null) {
      throw new AppError('stale_version');
    }
  });
}

/**
 * The organizer moves a meeting by hand: it is pinned at that slot and table. Refused (400) when the table
 * or one of its people is busy then, or someone is not available: the engine's pin checks decide, with every
 * other meeting of the schedule held where it is.
 */
export async function placeByHand(
  trx: DbOrTrx,
  access: EventAccess,
  requestId: string,
  body: PlacementBody,
  at: Date,
) {
  const { event } = access;
  const plan = await planOf(trx, event);
  if (!plan) {
    throw new AppError('conflict', { fields: { version: b2bError('notConfigured') } });
  }
  const request = plan.requests.get(requestId);
  if (!request) {
    if (!(await queries.requestById(trx, event.id, requestId))) {
      throw new AppError('not_found');
    }
    throw new AppError('validation_failed', { fields: { requestId: b2bError('notAccepted') } });
  }
  const { slot, table } = body;
  if (!plan.slots.some((s) => s.id === slot)) {
    throw new AppError('validation_failed', { fields: { slot: b2bError('unknownSlot', { slot }) } });
  }
  if (table > plan.settings.table_count) {
    const count = plan.settings.table_count;
    throw new AppError('validation_failed', { fields: { table: b2bError('noTable', { table, count }) } });
  }
  const stamp = at.toISOString();
  await claimOrStale(trx, event.id, stamp, body.version);
  const others = plan.previous.filter((p) => p.meeting !== requestId);
  const mine = { meeting: requestId, slot, table: String(table) };
  // This meeting last, so a clash is reported against it rather than against the meeting already there.
  const meetings = [
    ...plan.input.meetings.filter((m) => m.id !== requestId),
    ...plan.input.meetings.filter((m) => m.id === requestId),
  ];
  const compiled = compile({ ...plan.input, meetings, pins: [...others, mine] });
  const mistake = compiled.ok ? undefined : compiled.errors.find((e) => e.id === requestId);
  if (mistake) {
    throw new AppError('validation_failed', { fields: whyNotThere(plan, request, mine, mistake.code) });
  }
  await trx.deleteFrom('b2b_meetings').where('request_id', '=', requestId).execute();
  await trx
    .insertInto('b2b_meetings')
    .values({
      request_id: requestId,
      event_id: event.id,
      slot_start: slot,
      table_number: table,
      pinned: 1,
      updated_at: stamp,
    })
    .execute();
  await tellPeople(trx, access, plan, requestId, 'placed', mine);
  return grid(trx, access);
}

function whyNotThere(plan: Plan, request: RequestRow, place: Placement, code: string): FieldErrors {
  const names = [request.requester_id, request.recipient_id].map((id) => plan.people.get(id));
  const { slot, table } = place;
  if (code === 'pin_unavailable') {
    const absent = names.find((p) => {
      const available = p?.available_slots ? parseList(p.available_slots) : null;
      return available !== null && !available.includes(slot);
    });
    return { slot: b2bError('personUnavailable', { name: absent?.name ?? '', slot }) };
  }
  if (plan.previous.some((p) => p.meeting !== place.meeting && p.slot === slot && p.table === table)) {
    return { table: b2bError('tableBusy', { table, slot }) };
  }
  const busy = names.find((p) =>
    plan.previous.some((q) => {
      const other = plan.requests.get(q.meeting);
      return (
        q.meeting !== place.meeting &&
        q.slot === slot &&
        other !== undefined &&
        p !== undefined &&
        [other.requester_id, other.recipient_id].includes(p.registration_id)
      );
    }),
  );
  return { slot: b2bError('personBusy', { name: busy?.name ?? '', slot }) };
}

/** Takes the meeting off the schedule (and so unpins it); a later run may place it again. */
export async function unplace(
  trx: DbOrTrx,
  access: EventAccess,
  requestId: string,
  version: number,
  at: Date,
) {
  const { event } = access;
  const plan = await planOf(trx, event);
  if (!(await queries.requestById(trx, event.id, requestId))) {
    throw new AppError('not_found');
  }
  if (!plan) {
    throw new AppError('conflict', { fields: { version: b2bError('notConfigured') } });
  }
  await claimOrStale(trx, event.id, at.toISOString(), version);
  const removed = await trx
    .deleteFrom('b2b_meetings')
    .where('request_id', '=', requestId)
    .where('event_id', '=', event.id)
    .executeTakeFirst();
  if (Number(removed.numDeletedRows) > 0) {
    await tellPeople(trx, access, plan, requestId, 'unplaced', null);
  }
  return grid(trx, access);
}

/** The organizer's grid: slots × tables with their meetings, the accepted requests left out and why, the numbers. */
export async function grid(db: DbOrTrx, access: EventAccess) {
  const { event } = access;
  const plan = await planOf(db, event);
  if (!plan) {
    return {
      version: 0,
      scheduledAt: null,
      timeZone: event.time_zone,
      slots: [],
      tableCount: 0,
      meetings: [],
      unplaced: [],
      accepted: 0,
      placed: 0,
      weight: 0,
      bound: null,
    };
  }
  const peopleOf = (r: RequestRow) =>
    [r.requester_id, r.recipient_id].flatMap((id) => {
      const p = plan.people.get(id);
      return p ? [presentPerson(p)] : [];
    });
  const priority = new Map(plan.input.meetings.map((m) => [m.id, m.priority ?? 1]));
  const placed = new Map(plan.meetings.map((m) => [m.request_id, m]));
  const compiled = compile(withoutBrokenPins(plan.input));
  const model = compiled.ok ? compiled.model : null;
  const feasible = (id: string) => {
    const m = model?.meetingIds.indexOf(id) ?? -1;
    return m >= 0 && (model?.feasibleStart[m + 1] ?? 0) > (model?.feasibleStart[m] ?? 0);
  };
  const scheduledAt = plan.settings.scheduled_at;
  const meetings = plan.meetings.flatMap((m) => {
    const r = plan.requests.get(m.request_id);
    return r
      ? [
          {
            requestId: r.id,
            slot: m.slot_start,
            table: m.table_number,
            pinned: m.pinned === 1,
            priority: priority.get(r.id) ?? 1,
            people: peopleOf(r),
          },
        ]
      : [];
  });
  const unplaced = [...plan.requests.values()]
    .filter((r) => !placed.has(r.id))
    .map((r) => ({
      requestId: r.id,
      priority: priority.get(r.id) ?? 1,
      people: peopleOf(r),
      reason: !feasible(r.id)
        ? ('no_common_slot' as const)
        : !scheduledAt || (r.answered_at ?? '') > scheduledAt
          ? ('waiting' as const)
          : ('crowded' as const),
    }));
  return {
    version: plan.settings.schedule_version,
    scheduledAt,
    timeZone: event.time_zone,
    slots: plan.slots.map(presentSlot),
    tableCount: plan.settings.table_count,
    meetings,
    unplaced,
    accepted: plan.requests.size,
    placed: meetings.length,
    weight: meetings.reduce((sum, m) => sum + m.priority, 0),
    bound: model ? upperBound(model) : null,
  };
}
