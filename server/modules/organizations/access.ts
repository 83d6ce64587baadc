import type { FastifyRequest } from 'fastify';
import type { DbOrTrx } from '../../platform/db/database.ts';
import type { Organization } from '../../platform/db/schema.ts';
import { authorize } from '../../platform/http.ts';
import type { Action } from '../../platform/auth/policies.ts';
import { organizationBySlug } from './service.ts';

/** Resolves the organization in the URL (404 if none), then checks the caller may act on it. */
export async function organizationFor(
  db: DbOrTrx,
  request: FastifyRequest,
  slug: string,
  action: Action,
): Promise<Organization> {
  const organization = await organizationBySlug(db, slug);
  authorize(request, action, { organizationId: organization.id });
  return organization;
}

/** Who to record as the actor: the signed-in user, or nobody for an API token. */
export function actorId(request: FastifyRequest): string | null {
  return request.caller.kind === 'user' ? request.caller.userId : null;
}
