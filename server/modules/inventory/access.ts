import type { FastifyRequest } from 'fastify';
import type { DbOrTrx } from '../../platform/db/database.ts';
import type { Business } from '../../platform/db/schema.ts';
import { authorize } from '../../platform/http.ts';
import { accessBusiness } from '../businesses/service.ts';

/**
 * The store behind :slug, if the caller is one of its own people (inventory.manage): 404 unknown,
 * 401 anonymous, 403 everyone else — organization admins and API tokens included, as these are the
 * store's own books.
 */
export async function inventoryBusiness(
  db: DbOrTrx,
  request: FastifyRequest,
  slug: string,
): Promise<Business> {
  const access = await accessBusiness(db, request.caller, slug);
  authorize(request, 'inventory.manage', access.scope);
  return access.business;
}
