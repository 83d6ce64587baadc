import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, dialects, type TestApp } from '../../../test/harness.ts';
import { createBusiness } from '../../../test/fixtures.ts';
import { newId, now } from '../../platform/auth/secrets.ts';
import { createWorld, type World } from '../../../test/world.ts';

describe.each(dialects)('organizations on %s', (dialect) => {
  let t: TestApp;
  let world: World;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    world = await createWorld(t.handle.db);
  });
  afterAll(() => t.close());

  it('lists every organization publicly with only public fields', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/organizations' });
    expect(res.statusCode).toBe(200);
    const mine = res.json().find((o: { slug: string }) => o.slug === world.org.slug);
    expect(Object.keys(mine).sort()).toEqual(
      ['descriptionEn', 'descriptionKo', 'id', 'kind', 'nameEn', 'nameKo', 'slug'].sort(),
    );
  });

  it('shows a public landing page with active member count and businesses with pillar keys', async () => {
    const db = t.handle.db;
    const business = await createBusiness(db, {
      organizationIds: [world.org.id],
      ownerId: world.users.member.id,
    });
    await createBusiness(db, { organizationIds: [world.other.id], nameEn: 'Elsewhere Shop' });
    const pillar = await db
      .selectFrom('pillars')
      .selectAll()
      .where('key', '=', 'safe-city')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('offers')
      .values({
        id: newId(),
        business_id: business.id,
        pillar_id: pillar.id,
        description_ko: 'CCTV 설치',
        description_en: 'CCTV installation',
        radius_miles: 10,
        languages: '["ko"]',
        price_hint: '',
        created_at: now(),
      })
      .execute();
    const res = await t.app.inject({ method: 'GET', url: `/api/v1/organizations/${world.org.slug}` });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    // member, partner, liaison and admin are active; the suspended admin does not count.
    expect(body.memberCount).toBe(4);
    expect(body.businesses).toEqual([
      {
        slug: business.slug,
        kind: 'member',
        nameKo: '테스트 상점',
        nameEn: 'Test Store',
        industry: 'retail',
        city: 'Dallas',
        pillarKeys: ['safe-city'],
      },
    ]);
    expect(res.body).not.toContain('214-555-0100');
  });

  it('answers an unknown slug with 404', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/organizations/nobody-here' });
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('not_found');
  });

  it('lets a platform admin create an organization, once per slug', async () => {
    const payload = {
      slug: 'intl-concierge',
      kind: 'committee',
      nameKo: '국제 컨시어지 위원회',
      nameEn: 'International Concierge Committee',
    };
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/organizations',
      headers: world.headers.platformAdmin,
      payload,
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      slug: 'intl-concierge',
      kind: 'committee',
      website: null,
      descriptionEn: '',
    });
    const again = await t.app.inject({
      method: 'POST',
      url: '/api/v1/organizations',
      headers: world.headers.platformAdmin,
      payload,
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.fields.slug).toBeTruthy();
  });

  it.each([
    [{ slug: 'Bad Slug!', kind: 'chamber', nameKo: '가', nameEn: 'A' }, 'slug'],
    [{ slug: 'ok-slug', kind: 'club', nameKo: '가', nameEn: 'A' }, 'kind'],
    [{ slug: 'ok-slug', kind: 'chamber', nameKo: '   ', nameEn: 'A' }, 'nameKo'],
    [{ slug: 'ok-slug', kind: 'chamber', nameKo: '가', nameEn: 'A', extra: 1 }, 'extra'],
    [
      { slug: 'ok-slug', kind: 'chamber', nameKo: '가', nameEn: 'A', website: 'javascript:alert(1)' },
      'website',
    ],
  ])('rejects a bad new organization (%j)', async (payload, field) => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/organizations',
      headers: world.headers.platformAdmin,
      payload,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields[field]).toBeTruthy();
    const row = await t.handle.db
      .selectFrom('organizations')
      .select('id')
      .where('slug', '=', 'ok-slug')
      .executeTakeFirst();
    expect(row).toBeUndefined();
  });

  it('lets the org admin edit names, descriptions and website', async () => {
    const res = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/organizations/${world.org.slug}`,
      headers: world.headers.admin,
      payload: { nameEn: 'Richardson Chamber', descriptionKo: '소개', website: 'https://chamber.example' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      nameEn: 'Richardson Chamber',
      descriptionKo: '소개',
      website: 'https://chamber.example',
    });
    const cleared = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/organizations/${world.org.slug}`,
      headers: world.headers.admin,
      payload: { website: '' },
    });
    expect(cleared.json().website).toBeNull();
  });

  it('rejects a bad edit in the caller language and changes nothing', async () => {
    const res = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/organizations/${world.org.slug}`,
      headers: { ...world.headers.admin, 'accept-language': 'ko' },
      payload: { nameEn: '', slug: 'renamed' },
    });
    expect(res.statusCode).toBe(400);
    expect(Object.keys(res.json().error.fields).sort()).toEqual(['nameEn', 'slug']);
    const row = await t.handle.db
      .selectFrom('organizations')
      .selectAll()
      .where('id', '=', world.org.id)
      .executeTakeFirstOrThrow();
    expect(row.slug).toBe(world.org.slug);
  });
});
