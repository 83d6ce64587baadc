import type { MatrixWorld, RouteCase } from '../../../test/world.ts';
import type { Db } from '../../platform/db/database.ts';
import type { IntroductionStage } from '../../platform/db/schema.ts';
import { inDays, newId, now } from '../../platform/auth/secrets.ts';

/**
 * The authorization matrix of the introduction, block and pipeline routes (run by
 * authorization.test.ts). `business` (own org; owner + staff) and `otherBusiness` (other org) are the
 * two sides; the matrix has no role on the other business's side, so its answers are tested in
 * introductions.test.ts.
 */

const sides = ['owner', 'staff'] as const;
/** Who may read an introduction between the two businesses: editors of either business. */
const readers = [...sides, 'admin', 'platformAdmin', 'token', 'otherAdmin', 'otherToken'] as const;

/** An introduction written straight to the database, so every request gets a fresh one. */
export async function freshIntroduction(
  db: Db,
  requesterId: string,
  recipientId: string,
  stage: IntroductionStage = 'requested',
): Promise<string> {
  const id = newId();
  await db
    .insertInto('introductions')
    .values({
      id,
      requester_business_id: requesterId,
      recipient_business_id: recipientId,
      requested_by: null,
      need_id: null,
      offer_id: null,
      message: 'Hello',
      stage,
      outcome: null,
      value_cents: null,
      close_note: null,
      responded_at: stage === 'requested' ? null : now(),
      reminded_at: null,
      expires_at: inDays(14),
      created_at: now(),
      updated_at: now(),
    })
    .execute();
  return id;
}

const sent = (db: Db, w: MatrixWorld, stage?: IntroductionStage) =>
  freshIntroduction(db, w.business.id, w.otherBusiness.id, stage);
const received = (db: Db, w: MatrixWorld) => freshIntroduction(db, w.otherBusiness.id, w.business.id);

export const introductionRoutes: RouteCase[] = [
  {
    route: 'POST /introductions',
    allowed: sides,
    request: async (_db, w) => ({
      method: 'POST',
      url: '/api/v1/introductions',
      payload: { fromSlug: w.business.slug, toSlug: w.otherBusiness.slug, message: 'Can we talk?' },
    }),
  },
  {
    route: 'GET /introductions',
    allowed: [...sides, 'admin', 'platformAdmin', 'token'],
    request: async (_db, w) => ({ method: 'GET', url: `/api/v1/introductions?business=${w.business.slug}` }),
  },
  {
    route: 'GET /introductions/:id',
    allowed: readers,
    request: async (db, w) => ({ method: 'GET', url: `/api/v1/introductions/${await sent(db, w)}` }),
  },
  {
    route: 'POST /introductions/:id/accept',
    target: 'received',
    allowed: sides,
    request: async (db, w) => ({
      method: 'POST',
      url: `/api/v1/introductions/${await received(db, w)}/accept`,
    }),
  },
  {
    route: 'POST /introductions/:id/accept',
    target: 'sent',
    allowed: [],
    request: async (db, w) => ({ method: 'POST', url: `/api/v1/introductions/${await sent(db, w)}/accept` }),
  },
  {
    route: 'POST /introductions/:id/decline',
    target: 'received',
    allowed: sides,
    request: async (db, w) => ({
      method: 'POST',
      url: `/api/v1/introductions/${await received(db, w)}/decline`,
    }),
  },
  {
    route: 'POST /introductions/:id/stage',
    allowed: sides,
    request: async (db, w) => ({
      method: 'POST',
      url: `/api/v1/introductions/${await sent(db, w, 'accepted')}/stage`,
      payload: { stage: 'met' },
    }),
  },
  {
    route: 'POST /introductions/:id/close',
    allowed: sides,
    request: async (db, w) => ({
      method: 'POST',
      url: `/api/v1/introductions/${await sent(db, w, 'active')}/close`,
      payload: { outcome: 'won', valueCents: 120000, note: 'Signed' },
    }),
  },
  {
    route: 'POST /businesses/:slug/blocks',
    allowed: sides,
    request: async (_db, w) => ({
      method: 'POST',
      url: `/api/v1/businesses/${w.business.slug}/blocks`,
      payload: { targetSlug: w.otherBusiness.slug },
    }),
  },
  {
    route: 'DELETE /businesses/:slug/blocks/:targetSlug',
    allowed: sides,
    request: async (_db, w) => ({
      method: 'DELETE',
      url: `/api/v1/businesses/${w.business.slug}/blocks/${w.otherBusiness.slug}`,
    }),
  },
  {
    route: 'GET /organizations/:slug/pipeline',
    allowed: ['admin', 'platformAdmin', 'token'],
    request: async (_db, w) => ({ method: 'GET', url: `/api/v1/organizations/${w.org.slug}/pipeline` }),
  },
];
