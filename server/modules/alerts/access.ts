import type { Caller } from '../../platform/auth/caller.ts';
import { can } from '../../platform/auth/policies.ts';
import type { DbOrTrx } from '../../platform/db/database.ts';
import { AppError } from '../../platform/errors.ts';
import * as queries from './queries.ts';

type Receipt = NonNullable<Awaited<ReturnType<typeof queries.recipientOf>>>;

export interface AlertAccess {
  alert: queries.AlertRow;
  /** The caller's receipt, when the alert was sent to them. */
  receipt: Receipt | undefined;
  isRaiser: boolean;
  /** Liaisons and admins of the alert's organization (and platform admins, and its API tokens). */
  isDesk: boolean;
  canRetract: boolean;
}

function denied(caller: Caller): AppError {
  return new AppError(caller.kind === 'anonymous' ? 'unauthenticated' : 'forbidden');
}

/**
 * The alert (404 if none) if the caller may read it: its recipients, its raiser, and the people of its
 * organization. Members read it without the record or the exact point (see presenter.ts).
 */
export async function readableAlert(db: DbOrTrx, caller: Caller, id: string): Promise<AlertAccess> {
  const alert = await queries.alertById(db, id);
  if (!alert) {
    throw new AppError('not_found');
  }
  const scope = { organizationId: alert.organization_id };
  const userId = caller.kind === 'user' ? caller.userId : null;
  const receipt = userId ? await queries.recipientOf(db, alert.id, userId) : undefined;
  const isRaiser = userId !== null && alert.raised_by_user_id === userId;
  if (!receipt && !isRaiser && !can(caller, 'incidents.read', scope)) {
    throw denied(caller);
  }
  return {
    alert,
    receipt,
    isRaiser,
    isDesk: can(caller, 'incidents.desk', scope),
    canRetract: can(caller, 'alerts.retract', scope),
  };
}

/** As readableAlert, and the caller must be one of its recipients (seen, saw it too, false). */
export async function receivedAlert(
  db: DbOrTrx,
  caller: Caller,
  id: string,
): Promise<AlertAccess & { receipt: Receipt; userId: string }> {
  const access = await readableAlert(db, caller, id);
  if (!access.receipt || caller.kind !== 'user') {
    throw denied(caller);
  }
  return { ...access, receipt: access.receipt, userId: caller.userId };
}

/** As readableAlert, and the caller must be its raiser or a liaison/admin (all-clear). */
export async function ownedAlert(db: DbOrTrx, caller: Caller, id: string): Promise<AlertAccess> {
  const access = await readableAlert(db, caller, id);
  if (!access.isRaiser && !access.isDesk) {
    throw denied(caller);
  }
  return access;
}
