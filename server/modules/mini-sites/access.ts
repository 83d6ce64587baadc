import type { FastifyRequest } from 'fastify';
import { can, type Action } from '../../platform/auth/policies.ts';
import { now } from '../../platform/auth/secrets.ts';
import type { DbOrTrx } from '../../platform/db/database.ts';
import type { Business } from '../../platform/db/schema.ts';
import { authorize } from '../../platform/http.ts';
import { accessBusiness } from '../businesses/service.ts';
import { runningInvitation } from './queries.ts';

export interface SiteAccess {
  business: Business;
  canInvite: boolean;
}

/**
 * The business behind :slug if the caller may do `action` to its mini-site: 404 unknown, 401 anonymous, 403
 * others. A web designer counts only while the invitation of their e-mail address runs.
 */
export async function siteAccess(
  db: DbOrTrx,
  request: FastifyRequest,
  slug: string,
  action: Extract<Action, 'miniSite.edit' | 'miniSite.invite'>,
): Promise<SiteAccess> {
  const { business, scope } = await accessBusiness(db, request.caller, slug);
  const caller = request.caller;
  const isSiteEditor =
    caller.kind === 'user' && (await runningInvitation(db, business.id, caller.email, now())) !== undefined;
  const siteScope = { ...scope, isSiteEditor };
  authorize(request, action, siteScope);
  return { business, canInvite: can(caller, 'miniSite.invite', siteScope) };
}
