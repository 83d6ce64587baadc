import type { DbOrTrx } from '../../platform/db/database.ts';
import type { Business, IntroductionStage } from '../../platform/db/schema.ts';
import { newId } from '../../platform/auth/secrets.ts';
import { AppError } from '../../platform/errors.ts';
import { notify } from '../notifications/service.ts';
import type { IntroductionAccess, IntroductionRow } from './access.ts';
import * as queries from './queries.ts';
import type { CloseBody, CreateBody } from './schema.ts';
import './messages.ts';

export const DAILY_REQUEST_LIMIT = 10;
export const EXPIRY_DAYS = 14;
export const REMINDER_DAYS = 3;
const DAY_MS = 86_400_000;

/** Who did it, when: the clock is an argument so sweeps and tests can set it. */
export interface Act {
  userId: string | null;
  at: Date;
}

function conflict(key: string, params: Record<string, unknown>): AppError {
  return new AppError('conflict', { fields: { stage: { key: `introductions:errors.${key}`, params } } });
}

/** Tells every owner/staff of `businessId` what the other business did. */
export async function tellBusiness(
  trx: DbOrTrx,
  businessId: string,
  kind: string,
  introductionId: string,
  about: { name_ko: string; name_en: string },
  extra: Record<string, unknown> = {},
): Promise<void> {
  const payload = {
    introductionId,
    link: `/introductions/${introductionId}`,
    businessKo: about.name_ko,
    businessEn: about.name_en,
    ...extra,
  };
  for (const userId of await queries.businessUserIds(trx, businessId)) {
    await notify(trx, { userId, kind: `introduction.${kind}`, payload });
  }
}

async function checkRequestAllowed(trx: DbOrTrx, from: Business, to: Business, at: Date): Promise<void> {
  if ((await queries.isBlocked(trx, to.id, from.id)) || (await queries.isBlocked(trx, from.id, to.id))) {
    throw new AppError('forbidden', { fields: { toSlug: { key: 'introductions:errors.blocked' } } });
  }
  const since = new Date(at.getTime() - DAY_MS).toISOString();
  if ((await queries.sentSince(trx, from.id, since)) >= DAILY_REQUEST_LIMIT) {
    throw new AppError('rate_limited', {
      fields: {
        fromSlug: { key: 'introductions:errors.dailyLimit', params: { limit: DAILY_REQUEST_LIMIT } },
      },
    });
  }
  const capacity = (await queries.businessSummary(trx, to.id)).weekly_intro_capacity;
  if (capacity !== null && (await queries.receivedThisWeek(trx, to.id, at)) >= capacity) {
    throw new AppError('conflict', {
      fields: { toSlug: { key: 'introductions:errors.atCapacity', params: { capacity } } },
    });
  }
}

async function checkItems(trx: DbOrTrx, from: Business, to: Business, body: CreateBody): Promise<void> {
  const owners = [from.id, to.id];
  for (const [table, id] of [
    ['needs', body.needId],
    ['offers', body.offerId],
  ] as const) {
    if (id === undefined) {
      continue;
    }
    const row = await trx.selectFrom(table).select('business_id').where('id', '=', id).executeTakeFirst();
    if (!row || !owners.includes(row.business_id)) {
      const field = table === 'needs' ? 'needId' : 'offerId';
      throw new AppError('validation_failed', {
        fields: { [field]: { key: 'introductions:errors.notTheirs' } },
      });
    }
  }
}

/**
 * Asks `to` for an introduction on behalf of `from`. An introduction already open between the two (a
 * double click, or the other side asking first) is returned instead of a second one; the business row
 * locks make that re-check hold under concurrent requests too.
 */
export async function requestIntroduction(
  trx: DbOrTrx,
  from: Business,
  to: Business,
  body: CreateBody,
  act: Act,
): Promise<{ id: string; created: boolean }> {
  if (from.id === to.id) {
    throw new AppError('validation_failed', { fields: { toSlug: { key: 'introductions:errors.self' } } });
  }
  await queries.lockBusinesses(trx, [from.id, to.id]);
  const open = await queries.openIntroductionBetween(trx, from.id, to.id);
  if (open) {
    return { id: open.id, created: false };
  }
  await checkRequestAllowed(trx, from, to, act.at);
  await checkItems(trx, from, to, body);
  const id = newId();
  const at = act.at.toISOString();
  await trx
    .insertInto('introductions')
    .values({
      id,
      requester_business_id: from.id,
      recipient_business_id: to.id,
      requested_by: act.userId,
      need_id: body.needId ?? null,
      offer_id: body.offerId ?? null,
      message: body.message,
      stage: 'requested',
      outcome: null,
      value_cents: null,
      close_note: null,
      responded_at: null,
      reminded_at: null,
      expires_at: new Date(act.at.getTime() + EXPIRY_DAYS * DAY_MS).toISOString(),
      created_at: at,
      updated_at: at,
    })
    .execute();
  await queries.addEvent(trx, { introductionId: id, actorUserId: act.userId, stage: 'requested', at });
  await tellBusiness(trx, to.id, 'requested', id, from, { message: body.message });
  return { id, created: true };
}

/**
 * Moves the introduction to `stage` only if it is still in one of `from` — one conditional UPDATE,
 * so of two racing answers exactly one wins and the other gets a 409.
 */
async function transition(
  trx: DbOrTrx,
  introduction: IntroductionRow,
  from: readonly IntroductionStage[],
  to: IntroductionStage,
  at: string,
  extra: {
    responded_at?: string;
    outcome?: 'won' | 'lost';
    value_cents?: number | null;
    close_note?: string;
  },
): Promise<boolean> {
  let update = trx
    .updateTable('introductions')
    .set({ stage: to, updated_at: at, ...extra })
    .where('id', '=', introduction.id)
    .where('stage', 'in', from);
  if (from.includes('requested')) {
    // Past its expiry a request cannot be answered, even before the expiry sweep has marked it.
    update = update.where('expires_at', '>', at);
  }
  const result = await update.executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

async function currentStage(trx: DbOrTrx, id: string): Promise<IntroductionStage> {
  return (await queries.introductionById(trx, id))?.stage ?? 'expired';
}

/** The other side of the caller's side, and the caller's business (named in the notification). */
async function sides(trx: DbOrTrx, access: IntroductionAccess) {
  const { introduction } = access;
  const actingForRequester = access.asRequester;
  const mine = actingForRequester ? introduction.requester_business_id : introduction.recipient_business_id;
  const theirs = actingForRequester ? introduction.recipient_business_id : introduction.requester_business_id;
  return { mine: await queries.businessSummary(trx, mine), theirs };
}

export async function respond(
  trx: DbOrTrx,
  access: IntroductionAccess,
  answer: 'accepted' | 'declined',
  act: Act,
  note = '',
): Promise<void> {
  const { introduction } = access;
  const at = act.at.toISOString();
  if (!(await transition(trx, introduction, ['requested'], answer, at, { responded_at: at }))) {
    const stage = await currentStage(trx, introduction.id);
    throw conflict('notRequested', { stage: stage === 'requested' ? 'expired' : stage });
  }
  await queries.addEvent(trx, {
    introductionId: introduction.id,
    actorUserId: act.userId,
    stage: answer,
    note,
    at,
  });
  const recipient = await queries.businessSummary(trx, introduction.recipient_business_id);
  await tellBusiness(trx, introduction.requester_business_id, answer, introduction.id, recipient);
}

/**
 * The timeline note of a request ended by a block. Stored as this marker (not as text in one
 * language) so each reader sees it in their own language; see presenter.ts.
 */
export const BLOCKED_NOTE = 'introductions:timeline.blocked';

/**
 * After `blockerId` blocks `targetId`, requests still waiting between the two (either direction) are
 * declined with a timeline note, in the block's transaction; a requester that was blocked hears of it as a
 * decline.
 * Introductions already accepted are left to the two sides to close.
 */
export async function declineRequestsOnBlock(
  trx: DbOrTrx,
  blockerId: string,
  targetId: string,
  act: Act,
): Promise<number> {
  const at = act.at.toISOString();
  const blocker = await queries.businessSummary(trx, blockerId);
  let declined = 0;
  for (const introduction of await queries.requestedBetween(trx, blockerId, targetId)) {
    const changed = await transition(trx, introduction, ['requested'], 'declined', at, { responded_at: at });
    if (!changed) {
      continue;
    }
    declined += 1;
    await queries.addEvent(trx, {
      introductionId: introduction.id,
      actorUserId: act.userId,
      stage: 'declined',
      note: BLOCKED_NOTE,
      at,
    });
    if (introduction.requester_business_id === targetId) {
      await tellBusiness(trx, targetId, 'declined', introduction.id, blocker);
    }
  }
  return declined;
}

const ADVANCES_FROM: Record<'met' | 'active', readonly IntroductionStage[]> = {
  met: ['accepted'],
  active: ['met'],
};
const CLOSES_FROM: readonly IntroductionStage[] = ['accepted', 'met', 'active'];

export async function advance(
  trx: DbOrTrx,
  access: IntroductionAccess,
  stage: 'met' | 'active',
  act: Act,
): Promise<void> {
  const { introduction } = access;
  const at = act.at.toISOString();
  if (!(await transition(trx, introduction, ADVANCES_FROM[stage], stage, at, {}))) {
    throw conflict('wrongStage', { stage: await currentStage(trx, introduction.id), target: stage });
  }
  await queries.addEvent(trx, { introductionId: introduction.id, actorUserId: act.userId, stage, at });
  const { mine, theirs } = await sides(trx, access);
  await tellBusiness(trx, theirs, 'stage', introduction.id, mine, { stage });
}

export async function close(
  trx: DbOrTrx,
  access: IntroductionAccess,
  body: CloseBody,
  act: Act,
): Promise<void> {
  const { introduction } = access;
  const at = act.at.toISOString();
  const note = body.note ?? '';
  const changed = await transition(trx, introduction, CLOSES_FROM, 'closed', at, {
    outcome: body.outcome,
    value_cents: body.valueCents ?? null,
    close_note: note,
  });
  if (!changed) {
    throw conflict('wrongStage', { stage: await currentStage(trx, introduction.id), target: 'closed' });
  }
  await queries.addEvent(trx, {
    introductionId: introduction.id,
    actorUserId: act.userId,
    stage: 'closed',
    note,
    at,
  });
  const { mine, theirs } = await sides(trx, access);
  await tellBusiness(trx, theirs, 'closed', introduction.id, mine, { outcome: body.outcome, note });
}
