import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMembership, createBusiness, createUser, sessionHeaders } from '../../../test/fixtures.ts';
import { createTestApp, dialects, type TestApp } from '../../../test/harness.ts';
import { createWorld, type World } from '../../../test/world.ts';
import { newId } from '../../platform/auth/secrets.ts';
import type { Db } from '../../platform/db/database.ts';
import type { AssessmentKind, IncidentType } from '../../platform/db/schema.ts';
import type { Dashboard } from './schema.ts';
import { lastMonths, median } from './service.ts';

/** Day 10 at noon UTC of the month `months` before the current one, plus some minutes. */
function monthsAgo(months: number, minutes = 0): string {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - months, 10, 12, minutes)).toISOString();
}
const plus = (iso: string, minutes: number) => new Date(Date.parse(iso) + minutes * 60_000).toISOString();

async function incident(db: Db, organizationId: string, type: IncidentType, at: string): Promise<string> {
  const id = newId();
  await db
    .insertInto('incidents')
    .values({
      id,
      organization_id: organizationId,
      business_id: null,
      reporter_user_id: null,
      type,
      occurred_at: at,
      location_kind: 'point',
      address: null,
      latitude: 32.79,
      longitude: -96.8,
      block_latitude: 32.79,
      block_longitude: -96.8,
      description: 'Fixture',
      police_case_number: null,
      contact_phone: null,
      closed_at: null,
      closed_by_user_id: null,
      purged_at: null,
      created_at: at,
      updated_at: at,
    })
    .execute();
  return id;
}

interface Reach {
  userId: string;
  seenAfter?: number;
  sawToo?: boolean;
}

async function alert(
  db: Db,
  organizationId: string,
  at: string,
  reach: Reach[],
  incidentId: string | null = null,
) {
  const id = newId();
  await db
    .insertInto('alerts')
    .values({
      id,
      organization_id: organizationId,
      incident_id: incidentId,
      raised_by_user_id: null,
      incident_type: 'robbery',
      message: 'Fixture',
      latitude: 32.79,
      longitude: -96.8,
      radius_miles: 2,
      expires_at: plus(at, 600),
      all_clear_at: null,
      all_clear_message: null,
      retracted_at: null,
      retracted_by_user_id: null,
      delivered_at: at,
      created_at: at,
    })
    .execute();
  for (const r of reach) {
    await db
      .insertInto('alert_recipients')
      .values({
        alert_id: id,
        user_id: r.userId,
        business_id: null,
        distance_miles: 1,
        seen_at: r.seenAfter === undefined ? null : plus(at, r.seenAfter),
        saw_too_at: r.sawToo ? plus(at, 30) : null,
        sighting_note: null,
        reported_false_at: null,
        created_at: at,
      })
      .execute();
  }
}

async function assessment(db: Db, businessId: string, kind: AssessmentKind, percent: number, at: string) {
  await db
    .insertInto('safety_assessments')
    .values({
      id: newId(),
      business_id: businessId,
      kind,
      answers: '{}',
      score: percent,
      max_score: 100,
      completed_by_user_id: null,
      created_at: at,
    })
    .execute();
}

describe('median and months', () => {
  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([])).toBeNull();
    expect(median([4])).toBe(4);
    expect(median([20, 3, 7])).toBe(7);
    expect(median([10, 1, 3, 2])).toBe(2.5);
    expect(median([1, 2])).toBe(1.5);
  });

  it('lists the twelve months ending with the current one, across a year boundary', () => {
    expect(lastMonths(new Date('2026-02-15T08:00:00Z'))).toEqual([
      '2025-03',
      '2025-04',
      '2025-05',
      '2025-06',
      '2025-07',
      '2025-08',
      '2025-09',
      '2025-10',
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
    ]);
  });
});

describe.each(dialects)('safety dashboard on %s', (dialect) => {
  let t: TestApp;
  let w: World;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    const db = t.handle.db;
    w = await createWorld(db);
    const u = w.users;
    // Incidents: two robberies this month, a shoplifting two months ago; older and other-org ones left out.
    const reported = monthsAgo(0);
    const robbery = await incident(db, w.org.id, 'robbery', reported);
    await incident(db, w.org.id, 'robbery', monthsAgo(0, 30));
    await incident(db, w.org.id, 'shoplifting', monthsAgo(2));
    await incident(db, w.org.id, 'robbery', monthsAgo(13));
    await incident(db, w.other.id, 'burglary', monthsAgo(0));
    // Alerts: first "seen" after 3, 7 and 20 minutes (median 7); one never seen; the first raised
    // 5 minutes after its report (report → first seen: 8 minutes).
    await alert(
      db,
      w.org.id,
      plus(reported, 5),
      [
        { userId: u.member.id, seenAfter: 3 },
        { userId: u.partner.id, seenAfter: 10 },
        { userId: u.liaison.id },
      ],
      robbery,
    );
    await alert(db, w.org.id, monthsAgo(1), [
      { userId: u.member.id, seenAfter: 7, sawToo: true },
      { userId: u.partner.id },
    ]);
    await alert(db, w.org.id, monthsAgo(3), [{ userId: u.member.id, seenAfter: 20 }]);
    await alert(db, w.org.id, monthsAgo(4), [{ userId: u.admin.id }]);
    await alert(db, w.org.id, monthsAgo(14), [{ userId: u.admin.id, seenAfter: 1 }]);
    await alert(db, w.other.id, monthsAgo(0), [{ userId: u.otherAdmin.id, seenAfter: 1 }]);
    // Checklists: the latest result per business counts; partners and other organizations do not.
    const [a, b] = [
      await createBusiness(db, { organizationIds: [w.org.id] }),
      await createBusiness(db, { organizationIds: [w.org.id] }),
      await createBusiness(db, { organizationIds: [w.org.id] }),
    ];
    const partner = await createBusiness(db, { organizationIds: [w.org.id], kind: 'partner' });
    const elsewhere = await createBusiness(db, { organizationIds: [w.other.id] });
    await assessment(db, a!.id, 'cyber', 50, monthsAgo(3));
    await assessment(db, a!.id, 'cyber', 100, monthsAgo(1));
    await assessment(db, b!.id, 'cyber', 60, monthsAgo(1));
    await assessment(db, a!.id, 'store_safety', 30, monthsAgo(1));
    await assessment(db, partner.id, 'cyber', 10, monthsAgo(1));
    await assessment(db, elsewhere.id, 'cyber', 10, monthsAgo(1));
  });
  afterAll(() => t.close());

  const dashboard = async (headers: Record<string, string>) => {
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/v1/organizations/${w.org.slug}/safety-dashboard`,
      headers,
    });
    expect(res.statusCode, res.body).toBe(200);
    return res.json<Dashboard>();
  };

  it('counts incidents by type and month over the last twelve months', async () => {
    const d = await dashboard(w.headers.liaison);
    expect(d.months).toHaveLength(12);
    expect(d.incidents.total).toBe(3);
    expect(d.incidents.byType).toMatchObject({ robbery: 2, shoplifting: 1, burglary: 0 });
    const month = (ago: number) => d.incidents.byMonth.find((m) => m.month === monthsAgo(ago).slice(0, 7));
    expect(month(0)).toMatchObject({ total: 2, byType: { robbery: 2 } });
    expect(month(2)).toMatchObject({ total: 1, byType: { shoplifting: 1 } });
    expect(month(1)?.total).toBe(0);
    expect(d.canManageRetention).toBe(false);
  });

  it('measures alert reach and the median time to the first "seen"', async () => {
    const d = await dashboard(w.headers.admin);
    expect(d.alerts).toEqual({
      raised: 4,
      recipients: 7,
      seen: 4,
      seenShare: 4 / 7,
      sightings: 1,
      medianMinutesToFirstSeen: 7,
      medianMinutesFromReportToFirstSeen: 8,
    });
    expect(d.canManageRetention).toBe(true);
  });

  it('shows the spread of the latest checklist results over the member businesses', async () => {
    const d = await dashboard(w.headers.admin);
    expect(d.checklists).toEqual([
      expect.objectContaining({
        kind: 'dallas_ordinance',
        businesses: 3,
        assessed: 0,
        averagePercent: null,
        levels: { excellent: 0, good: 0, fair: 0, poor: 0 },
      }),
      expect.objectContaining({
        kind: 'store_safety',
        assessed: 1,
        averagePercent: 30,
        levels: { excellent: 0, good: 0, fair: 0, poor: 1 },
      }),
      expect.objectContaining({
        kind: 'cyber',
        title: 'Small-business cyber-security checklist',
        assessed: 2,
        averagePercent: 80,
        levels: { excellent: 1, good: 0, fair: 1, poor: 0 },
      }),
    ]);
  });

  it('exports CSV with a BOM and headers in the caller’s language that parses back to the same numbers', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/v1/organizations/${w.org.slug}/safety-dashboard/export?lang=ko`,
      headers: { ...w.headers.token, 'accept-language': 'ko' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename="${w.org.slug}-safety-dashboard.csv"`,
    );
    expect(res.body.startsWith('\uFEFF')).toBe(true);
    const parsed = Papa.parse<Record<string, string>>(res.body.slice(1), {
      header: true,
      skipEmptyLines: true,
    });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual(['지표', '기간', '구분', '값']);
    const value = (measure: string, category: string, period?: string) =>
      parsed.data.find(
        (r) =>
          r['지표'] === measure && r['구분'] === category && (period === undefined || r['기간'] === period),
      )?.['값'];
    expect(value('월별 사건 수', '강도', monthsAgo(0).slice(0, 7))).toBe('2');
    expect(value('최근 12개월 사건 수', '전체 유형')).toBe('3');
    expect(value('경보 발령부터 첫 확인까지 중간값(분)', '')).toBe('7');
    expect(value('경보를 확인한 수신자 비율(%)', '')).toBe('57.1');
    expect(value('이 등급의 사업체', '소상공인 사이버 보안 점검표 — 우수')).toBe('1');
    expect(value('개인정보 보관 기간(개월)', '')).toBe('24');

    const en = await t.app.inject({
      method: 'GET',
      url: `/api/v1/organizations/${w.org.slug}/safety-dashboard/export?lang=en`,
      headers: w.headers.token,
    });
    const english = Papa.parse<Record<string, string>>(en.body.slice(1), {
      header: true,
      skipEmptyLines: true,
    });
    expect(english.meta.fields).toEqual(['Measure', 'Period', 'Category', 'Value']);
    expect(english.data.find((r) => r.Measure === 'Alerts raised')?.Value).toBe('4');
  });

  it('lets admins set the retention period within 1–120 months, with a translated 400 outside it', async () => {
    const patch = (headers: Record<string, string>, retentionMonths: unknown) =>
      t.app.inject({
        method: 'PATCH',
        url: `/api/v1/organizations/${w.org.slug}/safety-retention`,
        headers,
        payload: { retentionMonths },
      });
    const ok = await patch(w.headers.admin, 36);
    expect(ok.json()).toEqual({ retentionMonths: 36 });
    const korean = await createUser(t.handle.db, { locale: 'ko' });
    await addMembership(t.handle.db, w.org.id, korean.id, 'admin');
    const koreanAdmin = await sessionHeaders(t.handle.db, korean.id);
    for (const bad of [0, 121, 12.5, 'two years']) {
      const res = await patch(koreanAdmin, bad);
      expect(res.statusCode).toBe(400);
      expect(res.json<{ error: { fields: Record<string, string> } }>().error.fields.retentionMonths).toMatch(
        /[가-힣]/,
      );
    }
    expect((await patch(w.headers.liaison, 12)).statusCode).toBe(403);
    expect((await dashboard(w.headers.liaison)).retentionMonths).toBe(36);
  });
});
