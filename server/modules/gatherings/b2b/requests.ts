import type { DbOrTrx } from '../../../platform/db/database.ts';
import { newId } from '../../../platform/auth/secrets.ts';
import { AppError } from '../../../platform/errors.ts';
import { t } from '../../../platform/i18n/index.ts';
import type { Locale } from '../../../platform/db/schema.ts';
import { EXPIRY_DAYS, tellBusiness } from '../../introductions/service.ts';
import * as introductions from '../../introductions/queries.ts';
import { notify } from '../../notifications/service.ts';
import type { EventAccess } from '../access.ts';
import { b2bError } from './messages.ts';
import { formerPerson, presentPerson, presentSlot } from './presenter.ts';
import * as queries from './queries.ts';
import { replanAfterChange } from './schedule-service.ts';
import type { RequestBody, RequestShape } from './schema.ts';
import type { Static } from 'typebox';
import { slotsFor } from './service.ts';

/**
 * Meeting requests with double opt-in: an attendee asks, the other accepts or declines; either may cancel.
 * One request per pair of attendees (pair_key). An accepted meeting between two businesses is also an
 * introduction between them, from this event.
 */

type Me = queries.ParticipantRow;
type RequestItem = Static<typeof RequestShape>;
const DAY_MS = 86_400_000;

export const pairKey = (a: string, b: string) => [a, b].sort().join(':');

async function tell(trx: DbOrTrx, access: EventAccess, to: string, kind: string, from: Me, message = '') {
  const userId = await queries.userOfRegistration(trx, to);
  if (!userId) {
    return;
  }
  await notify(trx, {
    userId,
    kind: `b2b.${kind}`,
    payload: {
      name: from.name,
      message,
      eventKo: access.event.title_ko,
      eventEn: access.event.title_en,
      link: `/events/${access.organization.slug}/${access.event.id}/meetings`,
    },
  });
}

export async function createRequest(trx: DbOrTrx, access: EventAccess, me: Me, body: RequestBody, at: Date) {
  const { event } = access;
  const field = 'recipientRegistrationId';
  if (body.recipientRegistrationId === me.registration_id) {
    throw new AppError('validation_failed', { fields: { [field]: b2bError('self') } });
  }
  const rows = await queries.participantRows(trx, event);
  const recipient = rows.find((r) => r.registration_id === body.recipientRegistrationId);
  if (!recipient) {
    throw new AppError('validation_failed', { fields: { [field]: b2bError('notParticipant') } });
  }
  const key = pairKey(me.registration_id, recipient.registration_id);
  const id = newId();
  // The unique (event, pair) index decides under concurrency; ON CONFLICT DO NOTHING keeps the transaction usable.
  const inserted = await trx
    .insertInto('b2b_requests')
    .values({
      id,
      event_id: event.id,
      requester_id: me.registration_id,
      recipient_id: recipient.registration_id,
      pair_key: key,
      message: body.message,
      status: 'pending',
      created_at: at.toISOString(),
      answered_at: null,
    })
    .onConflict((oc) => oc.columns(['event_id', 'pair_key']).doNothing())
    .returning('id')
    .executeTakeFirst();
  if (!inserted) {
    throw new AppError('conflict', { fields: { [field]: b2bError('alreadyRequested') } });
  }
  await tell(trx, access, recipient.registration_id, 'requested', me, body.message);
  return id;
}

async function mine(trx: DbOrTrx, access: EventAccess, requestId: string) {
  const request = await queries.requestById(trx, access.event.id, requestId);
  if (!request) {
    throw new AppError('not_found');
  }
  return request;
}

function statusText(locale: Locale, status: string) {
  return t(locale, `b2b:status.${status}`);
}

/** The recipient's answer; accepting between two businesses records their introduction (reused if open). */
export async function answer(
  trx: DbOrTrx,
  access: EventAccess,
  me: Me,
  requestId: string,
  to: 'accepted' | 'declined',
  act: { userId: string; at: Date; locale: Locale },
) {
  const request = await mine(trx, access, requestId);
  if (request.recipient_id !== me.registration_id) {
    throw new AppError('forbidden', { fields: { requestId: b2bError('notRecipient') } });
  }
  const stamp = act.at.toISOString();
  if (!(await queries.setStatus(trx, request.id, ['pending'], to, stamp))) {
    const now = await mine(trx, access, requestId);
    throw new AppError('conflict', {
      fields: { requestId: b2bError('notPending', { status: statusText(act.locale, now.status) }) },
    });
  }
  if (to === 'accepted') {
    await introduce(trx, access, request, me, act);
  }
  await tell(trx, access, request.requester_id, to, me);
}

/**
 * The two businesses' introduction, stage 'accepted', from this event: both sides opted in to meet. An
 * introduction already open between them is reused (the matchmaking never suggests them to each other again
 * either way).
 */
async function introduce(
  trx: DbOrTrx,
  access: EventAccess,
  request: { requester_id: string; message: string },
  me: Me,
  act: { userId: string; at: Date },
) {
  const requester = (await queries.participantRows(trx, access.event)).find(
    (r) => r.registration_id === request.requester_id,
  );
  const from = requester?.business_id;
  const to = me.business_id;
  if (!from || !to || from === to) {
    return;
  }
  await introductions.lockBusinesses(trx, [from, to]);
  if (await introductions.openIntroductionBetween(trx, from, to)) {
    return;
  }
  const id = newId();
  const at = act.at.toISOString();
  await trx
    .insertInto('introductions')
    .values({
      id,
      requester_business_id: from,
      recipient_business_id: to,
      requested_by: requester.user_id,
      need_id: null,
      offer_id: null,
      message: request.message,
      stage: 'accepted',
      outcome: null,
      value_cents: null,
      close_note: null,
      responded_at: at,
      reminded_at: null,
      expires_at: new Date(act.at.getTime() + EXPIRY_DAYS * DAY_MS).toISOString(),
      event_id: access.event.id,
      created_at: at,
      updated_at: at,
    })
    .execute();
  await introductions.addEvent(trx, { introductionId: id, actorUserId: act.userId, stage: 'accepted', at });
  await tellBusiness(trx, from, 'accepted', id, await introductions.businessSummary(trx, to));
}

/** Either side cancels; a meeting on the schedule frees its place and the schedule is re-planned around it. */
export async function cancel(
  trx: DbOrTrx,
  access: EventAccess,
  me: Me,
  requestId: string,
  locale: Locale,
  at: Date,
) {
  const request = await mine(trx, access, requestId);
  const sides = [request.requester_id, request.recipient_id];
  if (!sides.includes(me.registration_id)) {
    throw new AppError('forbidden');
  }
  const stamp = at.toISOString();
  if (!(await queries.setStatus(trx, request.id, ['pending', 'accepted'], 'cancelled', stamp))) {
    throw new AppError('conflict', {
      fields: { requestId: b2bError('notOpen', { status: statusText(locale, request.status) }) },
    });
  }
  const removed = await trx
    .deleteFrom('b2b_meetings')
    .where('request_id', '=', request.id)
    .executeTakeFirst();
  if (Number(removed.numDeletedRows) > 0) {
    await queries.bumpVersion(trx, access.event.id, stamp);
    await replanAfterChange(trx, access, stamp);
  }
  const other = sides.find((id) => id !== me.registration_id) ?? '';
  await tell(trx, access, other, 'cancelled', me);
}

/** The caller's requests, both ways, with the meeting's place when it is on the schedule. */
export async function listRequests(trx: DbOrTrx, access: EventAccess, me: Me) {
  const { event } = access;
  const people = new Map((await queries.participantRows(trx, event)).map((r) => [r.registration_id, r]));
  const { slots } = await slotsFor(trx, event);
  const slotById = new Map(slots.map((s) => [s.id, presentSlot(s)]));
  const places = new Map((await queries.meetingsOf(trx, event.id)).map((m) => [m.request_id, m]));
  const names = new Map(
    (
      await trx
        .selectFrom('event_registrations')
        .select(['id', 'name'])
        .where('event_id', '=', event.id)
        .execute()
    ).map((r) => [r.id, r.name]),
  );
  const incoming: RequestItem[] = [];
  const outgoing: RequestItem[] = [];
  for (const r of await queries.requestsOfEvent(trx, event.id)) {
    const direction =
      r.recipient_id === me.registration_id
        ? 'incoming'
        : r.requester_id === me.registration_id
          ? 'outgoing'
          : null;
    if (!direction) {
      continue;
    }
    const otherId = direction === 'incoming' ? r.requester_id : r.recipient_id;
    const otherRow = people.get(otherId);
    const place = places.get(r.id);
    const slot = place ? slotById.get(place.slot_start) : undefined;
    const item: RequestItem = {
      id: r.id,
      direction,
      other: otherRow ? presentPerson(otherRow) : formerPerson(otherId, names.get(otherId) ?? ''),
      message: r.message,
      status: r.status,
      createdAt: r.created_at,
      answeredAt: r.answered_at,
      meeting:
        place && slot
          ? {
              slot: slot.id,
              endLabel: slot.endLabel,
              startsAt: slot.startsAt,
              endsAt: slot.endsAt,
              table: place.table_number,
              pinned: place.pinned === 1,
            }
          : null,
    };
    (direction === 'incoming' ? incoming : outgoing).push(item);
  }
  return { incoming, outgoing };
}
