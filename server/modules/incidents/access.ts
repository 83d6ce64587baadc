import type { Caller } from '../../platform/auth/caller.ts';
import { can } from '../../platform/auth/policies.ts';
import type { DbOrTrx } from '../../platform/db/database.ts';
import { AppError } from '../../platform/errors.ts';
import * as queries from './queries.ts';

export type IncidentView = 'full' | 'neighbour';

export interface IncidentAccess {
  incident: queries.IncidentRow;
  view: IncidentView;
  /** Liaisons and admins of the incident's organization (and platform admins): comments, footage, close. */
  canWorkDesk: boolean;
  /** The reporter, the store's people and the desk may add photos until the details are purged. */
  canAddPhotos: boolean;
}

function denied(caller: Caller): AppError {
  return new AppError(caller.kind === 'anonymous' ? 'unauthenticated' : 'forbidden');
}

/**
 * Which view of an incident a caller gets. In full: the desk, the reporter, and the owner/staff of the
 * store it happened at (it is their own incident). Other readers of the organization: the neighbour view.
 */
export function viewOf(
  caller: Caller,
  row: { organization_id: string; reporter_user_id: string | null; business_id: string | null },
  ownBusinessIds: ReadonlySet<string>,
): IncidentView | undefined {
  if (can(caller, 'incidents.desk', { organizationId: row.organization_id })) {
    return 'full';
  }
  if (caller.kind === 'user') {
    if (row.reporter_user_id === caller.userId) {
      return 'full';
    }
    if (row.business_id !== null && ownBusinessIds.has(row.business_id)) {
      return 'full';
    }
  }
  if (can(caller, 'incidents.read', { organizationId: row.organization_id })) {
    return 'neighbour';
  }
  return undefined;
}

export async function ownBusinessIds(db: DbOrTrx, caller: Caller): Promise<Set<string>> {
  return caller.kind === 'user' ? queries.businessIdsOfUser(db, caller.userId) : new Set();
}

/** The incident (404 if none) with the caller's view of it; 401/403 for callers with none. */
export async function readableIncident(db: DbOrTrx, caller: Caller, id: string): Promise<IncidentAccess> {
  const incident = await queries.incidentById(db, id);
  if (!incident) {
    throw new AppError('not_found');
  }
  const view = viewOf(caller, incident, await ownBusinessIds(db, caller));
  if (!view) {
    throw denied(caller);
  }
  const canWorkDesk = can(caller, 'incidents.desk', { organizationId: incident.organization_id });
  return {
    incident,
    view,
    canWorkDesk,
    canAddPhotos: view === 'full' && incident.purged_at === null,
  };
}

/** As readableIncident, for the desk's own actions. */
export async function deskIncident(db: DbOrTrx, caller: Caller, id: string): Promise<IncidentAccess> {
  const access = await readableIncident(db, caller, id);
  if (!access.canWorkDesk) {
    throw denied(caller);
  }
  return access;
}

/** As readableIncident, for adding photos. */
export async function photoIncident(db: DbOrTrx, caller: Caller, id: string): Promise<IncidentAccess> {
  const access = await readableIncident(db, caller, id);
  if (access.view !== 'full') {
    throw denied(caller);
  }
  if (!access.canAddPhotos) {
    throw new AppError('conflict', { fields: { id: { key: 'incidents:errors.purged' } } });
  }
  return access;
}
