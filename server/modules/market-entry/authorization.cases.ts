import type { Db } from '../../platform/db/database.ts';
import type { MatrixWorld, RouteCase } from '../../../test/world.ts';
import { everyone } from '../../../test/world.ts';
import { addDays, dallasToday } from './dates.ts';
import { freshApplication } from './scene.ts';

/**
 * Market entry concierge: who may call each route. Applying: anyone (a company abroad has no account;
 * API tokens may file for it). The case page: whoever holds its private token. Everything else — the list,
 * an application with its internal notes, accepting, declining, adding and changing steps — the admins of
 * the organization receiving the applications (marketEntry.manage: its admins, platform admins, its API
 * tokens). Another organization's admin gets 403 on this organization's applications.
 */
const committee = ['admin', 'platformAdmin', 'token'] as const;

const applications = (w: MatrixWorld) => `/api/v1/organizations/${w.org.slug}/market-entry/applications`;
const applied = async (db: Db, w: MatrixWorld) =>
  `${applications(w)}/${(await freshApplication(db, w.org.id)).id}`;
const accepted = async (db: Db, w: MatrixWorld) => {
  const { id, stepId } = await freshApplication(db, w.org.id, 'accepted');
  return { url: `${applications(w)}/${id}`, stepId: stepId ?? '' };
};

const application = {
  companyNameKo: '서울바이오',
  companyNameEn: 'Seoul Bio',
  country: 'KR',
  industry: 'cosmetics',
  contactName: '박지민',
  contactEmail: 'jimin@seoulbio.example',
  targetDate: addDays(dallasToday(new Date()), 90),
  needs: ['entity-formation'],
  message: '',
};

export const marketEntryRouteCases: RouteCase[] = [
  {
    route: 'POST /organizations/:slug/market-entry/applications',
    allowed: everyone,
    request: async (_db, w) => ({ method: 'POST', url: applications(w), payload: application }),
  },
  {
    route: 'GET /organizations/:slug/market-entry/applications',
    allowed: committee,
    request: async (_db, w) => ({ method: 'GET', url: applications(w) }),
  },
  {
    route: 'GET /organizations/:slug/market-entry/applications/:id',
    allowed: committee,
    request: async (db, w) => ({ method: 'GET', url: await applied(db, w) }),
  },
  {
    route: 'POST /organizations/:slug/market-entry/applications/:id/accept',
    allowed: committee,
    request: async (db, w) => ({ method: 'POST', url: `${await applied(db, w)}/accept` }),
  },
  {
    route: 'POST /organizations/:slug/market-entry/applications/:id/decline',
    allowed: committee,
    request: async (db, w) => ({ method: 'POST', url: `${await applied(db, w)}/decline` }),
  },
  {
    route: 'POST /organizations/:slug/market-entry/applications/:id/steps',
    allowed: committee,
    request: async (db, w) => ({
      method: 'POST',
      url: `${(await accepted(db, w)).url}/steps`,
      payload: { titleKo: '통관', titleEn: 'Customs', dueOn: addDays(dallasToday(new Date()), 30) },
    }),
  },
  {
    route: 'PATCH /organizations/:slug/market-entry/applications/:id/steps/:stepId',
    allowed: committee,
    request: async (db, w) => {
      const { url, stepId } = await accepted(db, w);
      return { method: 'PATCH', url: `${url}/steps/${stepId}`, payload: { status: 'done' } };
    },
  },
  {
    route: 'GET /market-entry/cases/:token',
    allowed: everyone,
    request: async (db, w) => ({
      method: 'GET',
      url: `/api/v1/market-entry/cases/${(await freshApplication(db, w.org.id)).token}`,
    }),
  },
];
