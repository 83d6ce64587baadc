import type { FastifyRequest } from 'fastify';
import { can } from '../../platform/auth/policies.ts';
import type { DbOrTrx } from '../../platform/db/database.ts';
import type { Business, Organization } from '../../platform/db/schema.ts';
import { AppError } from '../../platform/errors.ts';
import { belongsToOrganization } from '../businesses/queries.ts';
import { inventoryBusiness } from '../inventory/access.ts';
import { actorId } from '../organizations/access.ts';
import { groupBuyingError } from './messages.ts';

/** Who is asking, as group buying sees them in one organization. */
export interface Viewer {
  userId: string | null;
  /** Organization admins (platform admins, the organization's API tokens): every order's pooled view. */
  organizationAdmin: boolean;
  canOrganize: boolean;
}

export function viewerOf(request: FastifyRequest, organization: Organization): Viewer {
  const scope = { organizationId: organization.id };
  return {
    userId: actorId(request),
    organizationAdmin: can(request.caller, 'organization.manage', scope),
    canOrganize: can(request.caller, 'groupOrders.organize', scope),
  };
}

/**
 * A store acting in the organization's group buying: one of the caller's own stores (inventory.manage:
 * 401, 403, 404 as for its books) that is a member of the organization (400 otherwise).
 */
export async function organizationStore(
  db: DbOrTrx,
  request: FastifyRequest,
  organization: Organization,
  businessSlug: string,
): Promise<Business> {
  const business = await inventoryBusiness(db, request, businessSlug);
  if (!(await belongsToOrganization(db, business.id, organization.id))) {
    const name = request.locale === 'ko' ? organization.name_ko : organization.name_en;
    throw new AppError('validation_failed', {
      fields: { businessSlug: groupBuyingError('storeNotInOrganization', { organization: name }) },
    });
  }
  return business;
}
