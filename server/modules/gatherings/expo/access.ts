import type { FastifyRequest } from 'fastify';
import type { DbOrTrx } from '../../../platform/db/database.ts';
import { AppError, notFound } from '../../../platform/errors.ts';
import { authorize } from '../../../platform/http.ts';
import { isBusinessUser } from '../../businesses/queries.ts';
import { organizationBySlug } from '../../organizations/service.ts';
import { accessTo, type EventAccess } from '../access.ts';
import * as queries from './queries.ts';

export interface ExhibitorAccess extends EventAccess {
  exhibitor: queries.ExhibitorRow;
  /** The caller is an owner or staff of the exhibitor's business. */
  isExhibitorMember: boolean;
}

/**
 * An exhibitor of an expo, for its leads. The exhibitor's own people reach it even at a members-only expo
 * of an organization they do not belong to (they have a booth there); 'capture' is for them only
 * (expo.leads), 'read' lets the expo's organizers look too.
 */
export async function exhibitorFor(
  db: DbOrTrx,
  request: FastifyRequest,
  params: { slug: string; id: string; exhibitorId: string },
  need: 'capture' | 'read',
): Promise<ExhibitorAccess> {
  const organization = await organizationBySlug(db, params.slug);
  const event = await db
    .selectFrom('events')
    .selectAll()
    .where('id', '=', params.id)
    .where('organization_id', '=', organization.id)
    .executeTakeFirst();
  if (!event || event.kind !== 'expo') {
    throw notFound();
  }
  const access = accessTo(request, organization, event);
  const exhibitor = await queries.exhibitorById(db, event.id, params.exhibitorId);
  const caller = request.caller;
  const businessId = exhibitor?.business_id ?? null;
  const isExhibitorMember =
    businessId !== null && caller.kind === 'user' && (await isBusinessUser(db, businessId, caller.userId));
  if (!access.canAttend && !access.canManage && !isExhibitorMember) {
    throw notFound();
  }
  if (!exhibitor) {
    throw notFound();
  }
  if (need === 'read' && access.canManage) {
    return { ...access, exhibitor, isExhibitorMember };
  }
  authorize(request, 'expo.leads', { isBusinessMember: isExhibitorMember });
  return { ...access, exhibitor, isExhibitorMember };
}

/** The signed-in caller (a session, not an API token): badges and leads belong to people. */
export function callerUserId(request: FastifyRequest): string | null {
  return request.caller.kind === 'user' ? request.caller.userId : null;
}

export const noBadge = () =>
  new AppError('not_found', { fields: { ticket: { key: 'expo:errors.noBadge' } } });
