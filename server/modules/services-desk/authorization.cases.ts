import { createBusiness } from '../../../test/fixtures.ts';
import type { MatrixWorld, RouteCase } from '../../../test/world.ts';
import type { Db } from '../../platform/db/database.ts';
import {
  PDF_BYTES,
  freshAttachment,
  freshRequest,
  freshRouting,
  multipartFile,
  vetPartner,
} from './scene.ts';

/**
 * Services desk: who may call each route. A business's requests (filing, reading, attaching, picking,
 * withdrawing, rating): its own people (owner, staff) — not org admins, it is their business's affair.
 * A partner's inbox: anyone signed in (it lists their own businesses' requests); opting in: the people
 * of the business the request was routed to. Attachments: the request's business, the partners it went
 * to, the desk. The desk: the organization's admins (and API tokens, platform admins); action-team
 * leads of a pillar are tested in services-desk.test.ts.
 */
const own = ['owner', 'staff'] as const;
const desk = ['admin', 'platformAdmin', 'token'] as const;
const signedIn = [
  'member',
  'partner',
  'liaison',
  'owner',
  'staff',
  'suspendedAdmin',
  'admin',
  'otherAdmin',
  'platformAdmin',
] as const;

const requests = (w: MatrixWorld, store: 'business' | 'otherBusiness' = 'business') =>
  `/api/v1/businesses/${w[store].slug}/service-requests`;
const deskUrl = (w: MatrixWorld) => `/api/v1/organizations/${w.org.slug}/service-desk`;

/** The upload folder of the app under test, for attachments' files. */
export const matrixUploads = { dir: '' };

/** Another business of the organization, asking (so the world's business can answer as a partner). */
async function asker(db: Db, w: MatrixWorld) {
  return createBusiness(db, { organizationIds: [w.org.id], nameEn: 'Asking Store' });
}

const newRequest = {
  pillarKey: 'legal',
  title: 'Lease review',
  description: 'Please review our lease before Friday.',
  language: 'ko',
  businessSize: 'small',
};

const memberCases = (store: 'business' | 'otherBusiness'): RouteCase[] => {
  const allowed = store === 'business' ? own : [];
  const target = store === 'business' ? 'own business' : 'business of another organization';
  const org = (w: MatrixWorld) => (store === 'business' ? w.org.id : w.other.id);
  const one = async (db: Db, w: MatrixWorld, status: 'open' | 'in_progress' = 'open') =>
    `${requests(w, store)}/${await freshRequest(db, org(w), w[store].id, { status })}`;
  return [
    {
      route: 'GET /businesses/:slug/service-desk',
      target,
      allowed,
      request: async (_db, w) => ({ method: 'GET', url: `/api/v1/businesses/${w[store].slug}/service-desk` }),
    },
    {
      route: 'GET /businesses/:slug/service-requests',
      target,
      allowed,
      request: async (_db, w) => ({ method: 'GET', url: requests(w, store) }),
    },
    {
      route: 'POST /businesses/:slug/service-requests',
      target,
      allowed,
      request: async (_db, w) => ({ method: 'POST', url: requests(w, store), payload: newRequest }),
    },
    {
      route: 'GET /businesses/:slug/service-requests/:id',
      target,
      allowed,
      request: async (db, w) => ({ method: 'GET', url: await one(db, w) }),
    },
    {
      route: 'POST /businesses/:slug/service-requests/:id/attachments',
      target,
      allowed,
      request: async (db, w) => ({
        method: 'POST',
        url: `${await one(db, w)}/attachments`,
        ...multipartFile(PDF_BYTES),
      }),
    },
    {
      route: 'POST /businesses/:slug/service-requests/:id/pick',
      target,
      allowed,
      request: async (db, w) => {
        const id = await freshRequest(db, org(w), w[store].id, { status: 'proposals' });
        const partner = await createBusiness(db, { organizationIds: [org(w)], nameEn: 'Law Office' });
        await freshRouting(db, id, partner.id, 'proposed');
        return {
          method: 'POST',
          url: `${requests(w, store)}/${id}/pick`,
          payload: { businessSlugs: [partner.slug] },
        };
      },
    },
    {
      route: 'POST /businesses/:slug/service-requests/:id/withdraw',
      target,
      allowed,
      request: async (db, w) => ({ method: 'POST', url: `${await one(db, w)}/withdraw` }),
    },
    {
      route: 'POST /businesses/:slug/service-requests/:id/outcome',
      target,
      allowed,
      request: async (db, w) => ({
        method: 'POST',
        url: `${await one(db, w, 'in_progress')}/outcome`,
        payload: { rating: 5, outcome: 'saved_money', savedDollars: 1200 },
      }),
    },
  ];
};

export const servicesDeskRouteCases: RouteCase[] = [
  ...memberCases('business'),
  ...memberCases('otherBusiness'),
  {
    route: 'GET /service-requests/inbox',
    allowed: signedIn,
    request: async () => ({ method: 'GET', url: '/api/v1/service-requests/inbox' }),
  },
  {
    route: 'POST /service-requests/:id/proposals',
    target: 'routed to own business',
    allowed: own,
    request: async (db, w) => {
      const id = await freshRequest(db, w.org.id, (await asker(db, w)).id);
      await freshRouting(db, id, w.business.id);
      return {
        method: 'POST',
        url: `/api/v1/service-requests/${id}/proposals`,
        payload: { businessSlug: w.business.slug, proposal: 'We can help.', hasInterest: false },
      };
    },
  },
  {
    route: 'GET /service-requests/:id/attachments/:attachmentId',
    target: "own business's request",
    allowed: [...own, ...desk],
    request: async (db, w) => {
      const id = await freshRequest(db, w.org.id, w.business.id);
      const file = await freshAttachment(db, matrixUploads.dir, id);
      return { method: 'GET', url: `/api/v1/service-requests/${id}/attachments/${file}` };
    },
  },
  {
    route: 'GET /service-requests/:id/attachments/:attachmentId',
    target: 'request routed to own business',
    allowed: [...own, ...desk],
    request: async (db, w) => {
      const id = await freshRequest(db, w.org.id, (await asker(db, w)).id);
      await freshRouting(db, id, w.business.id);
      const file = await freshAttachment(db, matrixUploads.dir, id);
      return { method: 'GET', url: `/api/v1/service-requests/${id}/attachments/${file}` };
    },
  },
  {
    route: 'GET /organizations/:slug/service-desk',
    allowed: desk,
    request: async (_db, w) => ({ method: 'GET', url: deskUrl(w) }),
  },
  {
    route: 'PUT /organizations/:slug/service-desk/pillars/:pillarKey/questions',
    allowed: desk,
    request: async (_db, w) => ({
      method: 'PUT',
      url: `${deskUrl(w)}/pillars/legal/questions`,
      payload: {
        questions: [
          {
            id: 'lease',
            labelKo: '임대 기간',
            labelEn: 'Lease term',
            kind: 'text',
            options: [],
            required: false,
          },
        ],
      },
    }),
  },
  {
    route: 'PUT /organizations/:slug/service-desk/pillars/:pillarKey/partners/:businessSlug',
    allowed: desk,
    request: async (_db, w) => ({
      method: 'PUT',
      url: `${deskUrl(w)}/pillars/legal/partners/${w.business.slug}`,
      payload: { weeklyCapacity: 5, zips: ['75201'], radiusMiles: null, languages: ['ko'], sizes: ['small'] },
    }),
  },
  {
    route: 'DELETE /organizations/:slug/service-desk/pillars/:pillarKey/partners/:businessSlug',
    allowed: desk,
    request: async (_db, w) => ({
      method: 'DELETE',
      url: `${deskUrl(w)}/pillars/finance/partners/${w.business.slug}`,
    }),
  },
  {
    route: 'POST /organizations/:slug/service-desk/requests/:id/assign',
    allowed: desk,
    request: async (db, w) => {
      const partner = await createBusiness(db, { organizationIds: [w.org.id], nameEn: 'Vetted Law' });
      await vetPartner(db, w.org.id, partner.id);
      const id = await freshRequest(db, w.org.id, (await asker(db, w)).id, {
        escalated_at: new Date().toISOString(),
      });
      return {
        method: 'POST',
        url: `${deskUrl(w)}/requests/${id}/assign`,
        payload: { businessSlug: partner.slug },
      };
    },
  },
];
