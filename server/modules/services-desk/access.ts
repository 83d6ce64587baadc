import type { FastifyRequest } from 'fastify';
import { can } from '../../platform/auth/policies.ts';
import type { DbOrTrx } from '../../platform/db/database.ts';
import type { Business, Organization } from '../../platform/db/schema.ts';
import { AppError } from '../../platform/errors.ts';
import { authorize } from '../../platform/http.ts';
import { accessBusiness } from '../businesses/service.ts';
import { organizationBySlug } from '../organizations/service.ts';
import * as queries from './queries.ts';

/**
 * The business behind :slug when the caller is one of its own people (owner or staff): they file and
 * follow its requests, and answer the requests routed to it. 404 unknown, 401 anonymous, 403 others.
 */
export async function ownBusiness(db: DbOrTrx, request: FastifyRequest, slug: string): Promise<Business> {
  const access = await accessBusiness(db, request.caller, slug);
  authorize(request, 'serviceRequests.act', access.scope);
  return access.business;
}

/** Who works the organization's desk: its admins every pillar, an action-team lead the pillars they lead. */
export interface DeskViewer {
  organization: Organization;
  userId: string | null;
  admin: boolean;
  /** Pillar ids the viewer may work on (every pillar for admins). */
  pillarIds: Set<string> | 'all';
}

export async function deskViewer(db: DbOrTrx, request: FastifyRequest, slug: string): Promise<DeskViewer> {
  const organization = await organizationBySlug(db, slug);
  const caller = request.caller;
  const userId = caller.kind === 'user' ? caller.userId : null;
  if (can(caller, 'serviceDesk.manage', { organizationId: organization.id })) {
    return { organization, userId, admin: true, pillarIds: 'all' };
  }
  const led = userId ? await queries.ledPillars(db, organization.id, userId) : [];
  if (led.length === 0) {
    throw new AppError(caller.kind === 'anonymous' ? 'unauthenticated' : 'forbidden');
  }
  return { organization, userId, admin: false, pillarIds: new Set(led) };
}

export function requireDeskAdmin(viewer: DeskViewer): void {
  if (!viewer.admin) {
    throw new AppError('forbidden');
  }
}

export const worksOn = (viewer: DeskViewer, pillarId: string) =>
  viewer.pillarIds === 'all' || viewer.pillarIds.has(pillarId);
