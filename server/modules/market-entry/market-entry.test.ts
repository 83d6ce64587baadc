import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createBusiness } from '../../../test/fixtures.ts';
import { createTestApp, dialects, type TestApp } from '../../../test/harness.ts';
import { createWorld, type World } from '../../../test/world.ts';
import { newId, now } from '../../platform/auth/secrets.ts';
import type { Db } from '../../platform/db/database.ts';
import { standardSteps } from './checklist.ts';
import { addDays, dallasToday } from './dates.ts';
import { REMIND_DAYS_BEFORE, sendMarketEntryReminders } from './reminders.ts';

interface Step {
  id: string;
  key: string | null;
  titleKo: string;
  pillar: { key: string } | null;
  partner: { slug: string; reasonKo: string; reasonEn: string } | null;
  owner: { id: string } | null;
  dueOn: string;
  status: string;
  overdue: boolean;
  internalNote: string;
  partnerChoices: { slug: string }[];
}
interface Detail {
  id: string;
  status: string;
  acceptedOn: string | null;
  casePath: string;
  steps: Step[];
  progress: { done: number; total: number; overdue: number };
}
interface CaseView {
  companyName: string;
  locale: string;
  organization: { name: string };
  steps: {
    title: string;
    partner: { slug: string; name: string; reason: string } | null;
    dueOn: string;
    overdue: boolean;
    note: string;
    status: string;
  }[];
}

const today = () => dallasToday(new Date());
const application = (overrides: Record<string, unknown> = {}) => ({
  companyNameKo: '서울바이오',
  companyNameEn: 'Seoul Bio',
  country: 'KR',
  industry: 'cosmetics',
  contactName: '박지민',
  contactEmail: 'jimin@seoulbio.example',
  targetDate: addDays(today(), 120),
  needs: ['entity-formation', 'lease'],
  message: '달라스에 첫 매장을 열고 싶습니다.',
  ...overrides,
});

async function addOffer(
  db: Db,
  businessId: string,
  pillar: string,
  en: string,
  ko: string,
  languages = '[]',
) {
  const row = await db.selectFrom('pillars').select('id').where('key', '=', pillar).executeTakeFirstOrThrow();
  await db
    .insertInto('offers')
    .values({
      id: newId(),
      business_id: businessId,
      pillar_id: row.id,
      description_ko: ko,
      description_en: en,
      radius_miles: 100,
      languages,
      price_hint: '',
      created_at: now(),
    })
    .execute();
}

describe.each(dialects)('market entry concierge on %s', (dialect) => {
  let t: TestApp;
  let w: World;
  const base = () => `/api/v1/organizations/${w.org.slug}/market-entry/applications`;
  const count = async (table: 'market_entry_applications' | 'outbox') =>
    Number(
      (
        await t.handle.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  async function apply(overrides: Record<string, unknown> = {}) {
    const res = await t.app.inject({ method: 'POST', url: base(), payload: application(overrides) });
    expect(res.statusCode, res.body).toBe(201);
    return res.json<{ id: string; casePath: string }>();
  }
  async function accept(id: string) {
    const res = await t.app.inject({
      method: 'POST',
      url: `${base()}/${id}/accept`,
      headers: w.headers.admin,
    });
    expect(res.statusCode, res.body).toBe(200);
    return res.json<Detail>();
  }
  const patch = (id: string, stepId: string, payload: Record<string, unknown>) =>
    t.app.inject({
      method: 'PATCH',
      url: `${base()}/${id}/steps/${stepId}`,
      headers: w.headers.admin,
      payload,
    });
  const openCase = (path: string) => t.app.inject({ method: 'GET', url: `/api/v1${path}` });

  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    w = await createWorld(t.handle.db);
  });

  describe('applying', () => {
    it.each([
      ['companyNameKo', { companyNameKo: '' }],
      ['contactEmail', { contactEmail: 'not-an-address' }],
      ['country', { country: 'XX' }],
      ['targetDate', { targetDate: '2020-01-01' }],
      ['targetDate', { targetDate: '2027-02-30' }],
      ['needs.0', { needs: ['moon-base'] }],
    ])('refuses a bad %s with a translated message, storing nothing', async (field, overrides) => {
      const [applications, mails] = [await count('market_entry_applications'), await count('outbox')];
      const res = await t.app.inject({
        method: 'POST',
        url: base(),
        headers: { 'accept-language': 'ko' },
        payload: application(overrides),
      });
      expect(res.statusCode).toBe(400);
      const body = res.json<{ error: { code: string; fields: Record<string, string> } }>();
      expect(body.error.code).toBe('validation_failed');
      expect(body.error.fields[field]).toMatch(/[가-힣]/);
      expect(await count('market_entry_applications')).toBe(applications);
      expect(await count('outbox')).toBe(mails);
    });

    it('stores it and e-mails the contact in Korean (the default for Korea) with the private link', async () => {
      const { casePath } = await apply();
      expect(casePath).toMatch(/^\/market-entry\/cases\/[\w-]{40,}$/);
      const mail = await t.handle.db
        .selectFrom('outbox')
        .selectAll()
        .where('to_address', '=', 'jimin@seoulbio.example')
        .orderBy('created_at', 'desc')
        .executeTakeFirstOrThrow();
      expect(mail.locale).toBe('ko');
      expect(mail.subject).toContain('서울바이오');
      expect(mail.body_text).toContain(casePath);
    });

    it('writes in English to a company from elsewhere unless it chose Korean', async () => {
      const { casePath } = await apply({ country: 'DE', contactEmail: 'anna@berlin.example' });
      const view = (await openCase(casePath)).json<CaseView>();
      expect(view.locale).toBe('en');
      expect(view.companyName).toBe('Seoul Bio');
      const chosen = await apply({ country: 'DE', locale: 'ko' });
      expect((await openCase(chosen.casePath)).json<CaseView>().locale).toBe('ko');
    });
  });

  describe('accepting', () => {
    it('makes the eight steps with pillars, due dates and a suggested partner with its reason', async () => {
      const law = await createBusiness(t.handle.db, {
        organizationIds: [w.org.id],
        kind: 'partner',
        nameEn: 'Hangang Law',
        nameKo: '한강 법률',
      });
      await addOffer(
        t.handle.db,
        law.id,
        'legal',
        'Entity formation (LLC or corporation) and commercial lease review',
        '법인 설립(LLC)과 상가 임대차 계약 검토',
        '["ko","en"]',
      );
      const englishOnly = await createBusiness(t.handle.db, {
        organizationIds: [],
        kind: 'partner',
        nameEn: 'Plain Legal',
      });
      await addOffer(t.handle.db, englishOnly.id, 'legal', 'Trademark filing', '상표 출원', '["en"]');
      const member = await createBusiness(t.handle.db, {
        organizationIds: [w.org.id],
        nameEn: 'Not A Partner',
      });
      await addOffer(
        t.handle.db,
        member.id,
        'finance',
        'Business accounts for companies abroad',
        '사업자 계좌',
      );

      const { id } = await apply();
      const detail = await accept(id);
      expect(detail.status).toBe('accepted');
      expect(detail.acceptedOn).toBe(today());
      expect(detail.steps.map((s) => s.key)).toEqual(standardSteps.map((s) => s.key));
      for (const [index, step] of detail.steps.entries()) {
        const standard = standardSteps[index];
        expect(step.pillar?.key).toBe(standard?.pillar);
        expect(step.dueOn).toBe(addDays(today(), standard?.dueAfterDays ?? 0));
        expect(step.status).toBe('open');
      }
      const formation = detail.steps.find((s) => s.key === 'entity-formation');
      expect(formation?.partner?.slug).toBe(law.slug);
      expect(formation?.partner?.reasonEn).toContain('Entity formation');
      expect(formation?.partner?.reasonEn).toContain('speaks Korean');
      expect(formation?.partner?.reasonKo).toContain('한국어 상담 가능');
      // Only partner businesses are suggested: the member's finance offer is not.
      expect(detail.steps.find((s) => s.key === 'bank-account')?.partner).toBeNull();
      // The committee picks among the ranked choices; a suggested partner keeps its reason.
      expect(formation?.partnerChoices.map((c) => c.slug)).toEqual([law.slug, englishOnly.slug]);
      const picked = await patch(id, formation?.id ?? '', { partnerSlug: englishOnly.slug });
      const pickedStep = picked.json<Detail>().steps.find((s) => s.key === 'entity-formation');
      expect(pickedStep?.partner?.reasonEn).toContain('Trademark filing');
      const again = await t.app.inject({
        method: 'POST',
        url: `${base()}/${id}/accept`,
        headers: w.headers.admin,
      });
      expect(again.statusCode).toBe(409);
    });

    it('lets the committee assign, re-date, change partners, mark and add steps; the company sees only its part', async () => {
      const partner = await createBusiness(t.handle.db, {
        organizationIds: [],
        kind: 'partner',
        nameKo: '달라스 은행',
      });
      const { id, casePath } = await apply();
      const [first, second] = (await accept(id)).steps;
      expect(first && second).toBeTruthy();
      const firstId = first?.id ?? '';
      const newDue = addDays(today(), -2);
      const res = await patch(id, firstId, {
        ownerId: w.users.admin.id,
        dueOn: newDue,
        partnerSlug: partner.slug,
        noteForCompany: '여권 사본을 준비해 주세요.',
        internalNote: 'Fee negotiated',
      });
      expect(res.statusCode, res.body).toBe(200);
      const step = res.json<Detail>().steps[0];
      expect(step).toMatchObject({ owner: { id: w.users.admin.id }, dueOn: newDue, overdue: true });
      expect(step?.partner?.reasonKo).toBe('위원회가 선택함');
      expect((await patch(id, second?.id ?? '', { status: 'blocked' })).statusCode).toBe(200);
      expect((await patch(id, firstId, { ownerId: w.users.member.id })).statusCode).toBe(400);
      expect((await patch(id, firstId, { partnerSlug: 'nobody' })).statusCode).toBe(400);
      expect((await patch(id, firstId, { status: 'finished' })).statusCode).toBe(400);
      const added = await t.app.inject({
        method: 'POST',
        url: `${base()}/${id}/steps`,
        headers: w.headers.admin,
        payload: { titleKo: '통관 절차', titleEn: 'Customs clearance', dueOn: addDays(today(), 40) },
      });
      expect(added.json<Detail>().steps).toHaveLength(9);

      const view = (await openCase(casePath)).json<CaseView>();
      expect(view.companyName).toBe('서울바이오');
      expect(view.steps).toHaveLength(9);
      expect(view.steps[0]).toMatchObject({
        title: '법인 설립',
        overdue: true,
        note: '여권 사본을 준비해 주세요.',
        partner: { slug: partner.slug, name: '달라스 은행' },
      });
      expect(view.steps[1]?.status).toBe('blocked');
      expect(JSON.stringify(view)).not.toContain('Fee negotiated');
      expect(JSON.stringify(view)).not.toContain(w.users.admin.id);
    });

    it('refuses step changes before acceptance and in another organization', async () => {
      const { id } = await apply();
      const step = await t.app.inject({
        method: 'POST',
        url: `${base()}/${id}/steps`,
        headers: w.headers.admin,
        payload: { titleKo: '통관', titleEn: 'Customs', dueOn: addDays(today(), 40) },
      });
      expect(step.statusCode).toBe(409);
      const other = await t.app.inject({
        method: 'GET',
        url: `/api/v1/organizations/${w.other.slug}/market-entry/applications/${id}`,
        headers: w.headers.otherAdmin,
      });
      expect(other.statusCode).toBe(404);
    });
  });

  describe('the private link', () => {
    it('shows one case in Korean and answers 404 to a wrong token', async () => {
      const { casePath } = await apply();
      await apply({ companyNameKo: '부산푸드', companyNameEn: 'Busan Food' });
      const res = await openCase(casePath);
      expect(res.statusCode).toBe(200);
      const view = res.json<CaseView>();
      expect(view.companyName).toBe('서울바이오');
      expect(view.organization.name).toContain('상공회의소');
      expect(res.body).not.toContain('부산푸드');
      expect(res.body).not.toContain('jimin@');
      expect((await openCase('/market-entry/cases/not-the-token')).statusCode).toBe(404);
      expect((await openCase(`${casePath}x`)).statusCode).toBe(404);
    });
  });

  describe('due-soon reminders', () => {
    it('e-mails each step once when due soon, catching up after downtime, never twice', async () => {
      const { id } = await apply({ contactEmail: 'reminders@seoulbio.example' });
      const detail = await accept(id);
      const mails = () =>
        t.handle.db
          .selectFrom('outbox')
          .select(['subject', 'locale'])
          .where('to_address', '=', 'reminders@seoulbio.example')
          .where('subject', 'like', '%마감%')
          .execute();
      const before = (await mails()).length;
      const first = detail.steps[0];
      const firstDue = first?.dueOn ?? '';
      // The day before the reminder window: nothing of this case is sent.
      const early = new Date(`${addDays(firstDue, -REMIND_DAYS_BEFORE - 1)}T18:00:00Z`);
      await sendMarketEntryReminders(t.app, early);
      expect((await mails()).length).toBe(before);
      // In the window: the first step only (the others are weeks later).
      const inWindow = new Date(`${addDays(firstDue, -REMIND_DAYS_BEFORE)}T18:00:00Z`);
      await sendMarketEntryReminders(t.app, inWindow);
      await sendMarketEntryReminders(t.app, inWindow);
      const sent = await mails();
      expect(sent.length - before).toBe(1);
      expect(sent.at(-1)?.subject).toContain('법인 설립');
      // Mark the second step done, then sweep long after every date (downtime): the rest once each.
      await patch(id, detail.steps[1]?.id ?? '', { status: 'done' });
      const late = new Date(`${addDays(today(), 365)}T18:00:00Z`);
      await Promise.all([sendMarketEntryReminders(t.app, late), sendMarketEntryReminders(t.app, late)]);
      await sendMarketEntryReminders(t.app, late);
      expect((await mails()).length - before).toBe(detail.steps.length - 1);
      // A new due date re-arms the step's reminder.
      await patch(id, first?.id ?? '', { dueOn: addDays(today(), 400) });
      await sendMarketEntryReminders(t.app, new Date(`${addDays(today(), 399)}T18:00:00Z`));
      expect((await mails()).length - before).toBe(detail.steps.length);
    });
  });
});
