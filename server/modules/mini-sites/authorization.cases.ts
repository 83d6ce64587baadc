import { inDays, newId } from '../../platform/auth/secrets.ts';
import type { Db } from '../../platform/db/database.ts';
import type { MatrixWorld, RoleName, RouteCase } from '../../../test/world.ts';
import { logoUpload } from '../businesses/authorization.cases.ts';
import { photoPath } from './photos.ts';
import * as queries from './queries.ts';

/**
 * Mini-sites: editing texts, hours, theme and photos is for whoever edits the business (its owner and staff,
 * its organizations' admins and their API tokens, platform admins) and for an invited web designer (tested in
 * mini-sites.test.ts: not a matrix role). Inviting and revoking designers: the business's own people and
 * platform admins. The public page (/b/<slug>) is outside /api/v1 and open to anyone on purpose.
 */
type Target = 'business' | 'otherBusiness';
const editors: Record<Target, readonly RoleName[]> = {
  business: ['owner', 'staff', 'admin', 'platformAdmin', 'token'],
  otherBusiness: ['otherAdmin', 'platformAdmin', 'otherToken'],
};
const inviters: Record<Target, readonly RoleName[]> = {
  business: ['owner', 'staff', 'platformAdmin'],
  otherBusiness: ['platformAdmin'],
};

async function freshPhoto(db: Db, businessId: string): Promise<string> {
  const id = newId();
  await queries.insertPhoto(db, businessId, id, photoPath(businessId, id));
  return id;
}

async function freshInvitation(db: Db, businessId: string): Promise<string> {
  return queries.insertEditor(db, {
    businessId,
    email: `designer-${newId().slice(0, 8)}@example.test`,
    invitedBy: null,
    expiresAt: inDays(7),
  });
}

function siteCases(target: Target): RouteCase[] {
  const site = (w: MatrixWorld) => `/api/v1/businesses/${w[target].slug}/site`;
  const label = target === 'business' ? 'own org business' : 'business of another organization';
  const cases: RouteCase[] = [
    {
      route: 'GET /businesses/:slug/site',
      allowed: editors[target],
      request: async (_db, w) => ({ method: 'GET', url: site(w) }),
    },
    {
      route: 'PUT /businesses/:slug/site',
      allowed: editors[target],
      request: async (_db, w) => ({ method: 'PUT', url: site(w), payload: { taglineEn: 'Fresh every day' } }),
    },
    {
      route: 'POST /businesses/:slug/site/photos',
      allowed: editors[target],
      request: async (_db, w) => ({ method: 'POST', url: `${site(w)}/photos`, ...(await logoUpload()) }),
    },
    {
      route: 'DELETE /businesses/:slug/site/photos/:id',
      allowed: editors[target],
      request: async (db, w) => ({
        method: 'DELETE',
        url: `${site(w)}/photos/${await freshPhoto(db, w[target].id)}`,
      }),
    },
    {
      route: 'GET /businesses/:slug/site/editors',
      allowed: inviters[target],
      request: async (_db, w) => ({ method: 'GET', url: `${site(w)}/editors` }),
    },
    {
      route: 'POST /businesses/:slug/site/editors',
      allowed: inviters[target],
      request: async (_db, w) => ({
        method: 'POST',
        url: `${site(w)}/editors`,
        payload: { email: `designer-${newId().slice(0, 8)}@example.test`, days: 14 },
      }),
    },
    {
      route: 'DELETE /businesses/:slug/site/editors/:id',
      allowed: inviters[target],
      request: async (db, w) => ({
        method: 'DELETE',
        url: `${site(w)}/editors/${await freshInvitation(db, w[target].id)}`,
      }),
    },
  ];
  return cases.map((c) => ({ ...c, target: label }));
}

export const miniSiteRouteCases: RouteCase[] = [...siteCases('business'), ...siteCases('otherBusiness')];
