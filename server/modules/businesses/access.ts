import type { FastifyRequest } from 'fastify';
import type { DbOrTrx } from '../../platform/db/database.ts';
import { authorize } from '../../platform/http.ts';
import { accessBusiness, type BusinessAccess } from './service.ts';

/** The business behind :slug, if the caller may edit it: 404 unknown, 401 anonymous, 403 others. */
export async function editableBusiness(
  db: DbOrTrx,
  request: FastifyRequest,
  slug: string,
): Promise<BusinessAccess> {
  const access = await accessBusiness(db, request.caller, slug);
  authorize(request, 'business.edit', access.scope);
  return access;
}
