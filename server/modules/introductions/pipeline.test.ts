import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBusiness, createOrganization } from '../../../test/fixtures.ts';
import { createTestApp, dialects, type TestApp } from '../../../test/harness.ts';
import { newId } from '../../platform/auth/secrets.ts';
import type { IntroductionStage } from '../../platform/db/schema.ts';
import { createScene, type Scene } from './scene.ts';

const HOUR = 3_600_000;
const T0 = Date.parse('2026-11-02T15:00:00.000Z');

describe.each(dialects)('organization pipeline on %s', (dialect) => {
  let t: TestApp;
  let s: Scene;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    s = await createScene(t.handle.db);
    const outsider = await createOrganization(t.handle.db);
    const elsewhere = await createBusiness(t.handle.db, { organizationIds: [outsider.id] });
    const elsewhereToo = await createBusiness(t.handle.db, { organizationIds: [outsider.id] });
    const insert = async (
      from: string,
      to: string,
      stage: IntroductionStage,
      answeredAfterHours: number | null,
      closed: { outcome: 'won' | 'lost'; valueCents: number } | null = null,
    ) =>
      t.handle.db
        .insertInto('introductions')
        .values({
          id: newId(),
          requester_business_id: from,
          recipient_business_id: to,
          requested_by: null,
          need_id: null,
          offer_id: null,
          message: '',
          stage,
          outcome: closed?.outcome ?? null,
          value_cents: closed?.valueCents ?? null,
          close_note: null,
          responded_at:
            answeredAfterHours === null ? null : new Date(T0 + answeredAfterHours * HOUR).toISOString(),
          reminded_at: null,
          expires_at: new Date(T0 + 14 * 24 * HOUR).toISOString(),
          created_at: new Date(T0).toISOString(),
          updated_at: new Date(T0).toISOString(),
        })
        .execute();
    const a = s.businessA.id;
    const b = s.businessB.id;
    await insert(a, b, 'accepted', 2);
    await insert(b, a, 'declined', 4);
    await insert(a, elsewhere.id, 'closed', 10, { outcome: 'won', valueCents: 500_000 });
    await insert(elsewhere.id, b, 'closed', 1, { outcome: 'lost', valueCents: 90_000 });
    await insert(a, b, 'expired', null);
    await insert(b, a, 'requested', null);
    await insert(a, b, 'met', 30);
    // Neither side in the organization: not in its pipeline.
    await insert(elsewhere.id, elsewhereToo.id, 'closed', 3, { outcome: 'won', valueCents: 7_000_000 });
  });
  afterAll(() => t.close());

  it('shows the board by stage and hand-checked numbers', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/v1/organizations/${s.org.slug}/pipeline`,
      headers: s.headers.admin,
    });
    expect(res.statusCode, res.body).toBe(200);
    const { board, stats } = res.json();
    const counts = Object.fromEntries(Object.entries(board).map(([k, v]) => [k, (v as unknown[]).length]));
    expect(counts).toEqual({ requested: 1, accepted: 1, met: 1, active: 0, closed: 2 });
    expect(board.accepted[0]).toMatchObject({
      requester: { slug: s.businessA.slug, nameEn: 'Han Mart' },
      recipient: { slug: s.businessB.slug, nameKo: '시큐어 코리아' },
    });
    // 7 introductions; accepted ones (accepted, met, 2 closed) = 4 of 6 answered or expired;
    // response hours 1, 2, 4, 10, 30 → median 4; one won, worth $5,000.00.
    expect(stats).toEqual({
      introductions: 7,
      acceptanceRate: 0.667,
      medianResponseHours: 4,
      won: 1,
      valueCents: 500_000,
    });
  });

  it('is for organization admins only', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/v1/organizations/${s.org.slug}/pipeline`,
      headers: s.headers.a,
    });
    expect(res.statusCode).toBe(403);
  });
});
