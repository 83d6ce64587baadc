import type { Caller } from '../../platform/auth/caller.ts';
import { can, type Scope } from '../../platform/auth/policies.ts';
import type { DbOrTrx } from '../../platform/db/database.ts';
import { AppError } from '../../platform/errors.ts';
import { businessOrganizations, isBusinessUser } from '../businesses/queries.ts';
import * as queries from './queries.ts';

export type IntroductionRow = NonNullable<Awaited<ReturnType<typeof queries.introductionById>>>;

export interface IntroductionAccess {
  introduction: IntroductionRow;
  /** The caller is an owner/staff of the requesting business. */
  asRequester: boolean;
  /** The caller is an owner/staff of the receiving business. */
  asRecipient: boolean;
}

async function scopeOf(db: DbOrTrx, caller: Caller, businessId: string): Promise<Scope> {
  const organizations = await businessOrganizations(db, businessId);
  const isBusinessMember = caller.kind === 'user' && (await isBusinessUser(db, businessId, caller.userId));
  return { isBusinessMember, businessOrganizationIds: organizations.map((o) => o.id) };
}

function denied(caller: Caller): AppError {
  return new AppError(caller.kind === 'anonymous' ? 'unauthenticated' : 'forbidden');
}

/** The introduction (404 if none) if the caller may read it: editors of either business. */
export async function readableIntroduction(
  db: DbOrTrx,
  caller: Caller,
  id: string,
): Promise<IntroductionAccess> {
  const introduction = await queries.introductionById(db, id);
  if (!introduction) {
    throw new AppError('not_found');
  }
  const requester = await scopeOf(db, caller, introduction.requester_business_id);
  const recipient = await scopeOf(db, caller, introduction.recipient_business_id);
  if (!can(caller, 'introductions.read', requester) && !can(caller, 'introductions.read', recipient)) {
    throw denied(caller);
  }
  return {
    introduction,
    asRequester: can(caller, 'introductions.act', requester),
    asRecipient: can(caller, 'introductions.act', recipient),
  };
}

/** As readableIntroduction, and the caller must act for a side: 'recipient', or either ('party'). */
export async function actionableIntroduction(
  db: DbOrTrx,
  caller: Caller,
  id: string,
  side: 'recipient' | 'party',
): Promise<IntroductionAccess> {
  const access = await readableIntroduction(db, caller, id);
  const allowed = side === 'recipient' ? access.asRecipient : access.asRecipient || access.asRequester;
  if (!allowed) {
    throw denied(caller);
  }
  return access;
}
