import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMembership, createBusiness, createUser, sessionHeaders } from '../../../test/fixtures.ts';
import { createTestApp, dialects, type TestApp } from '../../../test/harness.ts';
import { createWorld, type World } from '../../../test/world.ts';
import { newId } from '../../platform/auth/secrets.ts';
import { addOffer, pillarId } from '../matching/matching.fixture.ts';
import { reindexBusinesses } from '../search/indexing.ts';
import { cyber } from './checklists/cyber.ts';
import type { BusinessAssessments, Definition, Result } from './schema.ts';

const allYes = () => Object.fromEntries(cyber.questions.map((q) => [q.id, 'yes']));

describe.each(dialects)('self-assessments on %s', (dialect) => {
  let t: TestApp;
  let world: World;
  let store: { id: string; slug: string };
  let owner: Record<string, string>;
  let ownerKo: Record<string, string>;
  let partnerSlug: string;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    const db = t.handle.db;
    world = await createWorld(db);
    const user = await createUser(db, { name: '한상우', locale: 'ko' });
    await addMembership(db, world.org.id, user.id, 'member');
    store = await createBusiness(db, {
      organizationIds: [world.org.id],
      ownerId: user.id,
      nameEn: 'Han Mart',
    });
    ownerKo = await sessionHeaders(db, user.id);
    const english = await createUser(db, { locale: 'en' });
    await db
      .insertInto('business_users')
      .values({ business_id: store.id, user_id: english.id, role: 'staff' })
      .execute();
    owner = await sessionHeaders(db, english.id);
    // A partner offering cyber security, and one offering safe-city help: the next steps name them.
    const partner = await createBusiness(db, {
      organizationIds: [world.org.id],
      kind: 'partner',
      nameEn: 'Shield IT',
    });
    partnerSlug = partner.slug;
    await addOffer(db, partner.id, await pillarId(db, 'cyber-security'), {
      ko: '소상공인 보안 점검과 다단계 인증 설정',
      en: 'Security check-ups and MFA set-up for small businesses',
    });
    await reindexBusinesses(db, [partner.id]);
  });
  afterAll(() => t.close());

  const submit = (headers: Record<string, string>, payload: object, slug = store.slug) =>
    t.app.inject({ method: 'POST', url: `/api/v1/businesses/${slug}/assessments`, headers, payload });
  const count = async () =>
    Number(
      (
        await t.handle.db
          .selectFrom('safety_assessments')
          .select((eb) => eb.fn.countAll().as('n'))
          .where('business_id', '=', store.id)
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('serves the three checklists in the caller’s language', async () => {
    const ko = await t.app.inject({
      method: 'GET',
      url: '/api/v1/assessments/definitions',
      headers: ownerKo,
    });
    const en = await t.app.inject({ method: 'GET', url: '/api/v1/assessments/definitions?lang=en' });
    const [koDefs, enDefs] = [ko.json<Definition[]>(), en.json<Definition[]>()];
    expect(koDefs.map((d) => d.kind)).toEqual(['dallas_ordinance', 'store_safety', 'cyber']);
    expect(koDefs[2]?.title).toBe('소상공인 사이버 보안 점검표');
    expect(enDefs[2]?.title).toBe('Small-business cyber-security checklist');
    const mfa = enDefs[2]?.questions.find((q) => q.id === 'mfa');
    expect(mfa).toMatchObject({ maxPoints: 6, pillar: 'cyber-security', required: false });
    expect(mfa?.options.map((o) => [o.id, o.points])).toEqual([
      ['yes', 6],
      ['partly', 3],
      ['no', 0],
      ['unsure', 0],
    ]);
    expect(koDefs[0]?.questions[0]?.reference).toContain('ch. 12B');
  });

  it('scores a submission, stores it and lists next steps with partners offering the pillar', async () => {
    const res = await submit(ownerKo, { kind: 'cyber', answers: { ...allYes(), mfa: 'no', website: 'na' } });
    expect(res.statusCode, res.body).toBe(201);
    const result = res.json<Result>();
    // 52 − 2 (website does not apply) = 50; 50 − 6 = 44 → 88 % → good.
    expect(result).toMatchObject({ kind: 'cyber', score: 44, maxScore: 50, percent: 88, level: 'good' });
    expect(result.completedBy).toBe('한상우');
    expect(result.nextSteps).toHaveLength(1);
    const step = result.nextSteps[0];
    expect(step?.step).toContain('다단계 인증');
    expect(step?.answer).toBe('아니요');
    expect(step?.pillar).toMatchObject({ key: 'cyber-security', nameKo: '사이버 보안' });
    expect(step?.partnersUrl).toBe('/search?pillar=cyber-security&side=offers&near=75201');
    expect(step?.partners.map((p) => p.slug)).toEqual([partnerSlug]);
  });

  it('keeps the score history, newest first, with the latest result of each checklist', async () => {
    await submit(owner, { kind: 'cyber', answers: allYes() });
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/v1/businesses/${store.slug}/assessments`,
      headers: owner,
    });
    expect(res.statusCode).toBe(200);
    const body = res.json<BusinessAssessments>();
    expect(body.history.map((h) => h.percent)).toEqual([100, 88]);
    expect(body.latest).toHaveLength(1);
    expect(body.latest[0]).toMatchObject({ kind: 'cyber', level: 'excellent', nextSteps: [] });
    expect(body.latest[0]?.title).toBe('Small-business cyber-security checklist');

    const past = await t.app.inject({
      method: 'GET',
      url: `/api/v1/businesses/${store.slug}/assessments/${body.history[1]?.id}`,
      headers: owner,
    });
    expect(past.json<Result>().nextSteps.map((s) => s.questionId)).toEqual(['mfa']);
    const missing = await t.app.inject({
      method: 'GET',
      url: `/api/v1/businesses/${store.slug}/assessments/${newId()}`,
      headers: owner,
    });
    expect(missing.statusCode).toBe(404);
  });

  it('refuses unknown questions and answers, and missing ones, in the caller’s language, storing nothing', async () => {
    const before = await count();
    const withoutBackups = Object.fromEntries(Object.entries(allYes()).filter(([id]) => id !== 'backups'));
    const ko = await submit(ownerKo, {
      kind: 'cyber',
      answers: { ...withoutBackups, mfa: 'maybe', pets: 'yes' },
    });
    expect(ko.statusCode).toBe(400);
    expect(ko.json()).toMatchObject({
      error: {
        code: 'validation_failed',
        fields: {
          'answers.mfa': '“maybe”은(는) 이 질문의 답이 아닙니다.',
          'answers.pets': '이 점검표에는 “pets” 질문이 없습니다.',
          'answers.backups': '이 질문의 답을 골라 주세요.',
        },
      },
    });
    const en = await submit(owner, { kind: 'cyber', answers: { ...allYes(), wifi: 'na' } });
    expect(en.json()).toMatchObject({
      error: { fields: { 'answers.wifi': '“na” is not one of the answers to this question.' } },
    });
    const kind = await submit(owner, { kind: 'fire', answers: allYes() });
    expect(kind.statusCode).toBe(400);
    expect(kind.json<{ error: { fields: Record<string, string> } }>().error.fields).toHaveProperty('kind');
    const extra = await submit(owner, { kind: 'cyber', answers: allYes(), score: 100 });
    expect(extra.statusCode).toBe(400);
    expect(await count()).toBe(before);
  });

  it('answers 404 for an unknown business and 403 for a member who does not run it', async () => {
    expect((await submit(owner, { kind: 'cyber', answers: allYes() }, 'no-such-shop')).statusCode).toBe(404);
    const member = await submit(world.headers.member, { kind: 'cyber', answers: allYes() });
    expect(member.statusCode).toBe(403);
  });
});
