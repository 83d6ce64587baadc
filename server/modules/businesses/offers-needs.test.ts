import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, dialects, type TestApp } from '../../../test/harness.ts';
import {
  addMembership,
  createBusiness,
  createOrganization,
  createUser,
  sessionHeaders,
} from '../../../test/fixtures.ts';

describe.each(dialects)('offers and needs on %s', (dialect) => {
  let t: TestApp;
  let slug: string;
  let owner: Record<string, string>;
  let stranger: Record<string, string>;
  let pillarId: string;
  let retiredPillarId: string;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    const db = t.handle.db;
    const org = await createOrganization(db);
    const ownerUser = await createUser(db);
    const strangerUser = await createUser(db);
    await addMembership(db, org.id, ownerUser.id, 'member');
    await addMembership(db, org.id, strangerUser.id, 'member');
    slug = (await createBusiness(db, { organizationIds: [org.id], ownerId: ownerUser.id })).slug;
    owner = await sessionHeaders(db, ownerUser.id);
    stranger = await sessionHeaders(db, strangerUser.id);
    const pillars = await db.selectFrom('pillars').select(['id', 'key']).orderBy('position').execute();
    pillarId = pillars[0]!.id;
    retiredPillarId = pillars[1]!.id;
    await db.updateTable('pillars').set({ retired: 1 }).where('id', '=', retiredPillarId).execute();
  });
  afterAll(() => t.close());

  const send = (
    method: 'POST' | 'PATCH' | 'DELETE',
    url: string,
    headers: Record<string, string>,
    payload?: object,
  ) =>
    t.app.inject({
      method,
      url: `/api/v1/businesses/${slug}${url}`,
      headers,
      ...(payload ? { payload } : {}),
    });

  it('creates, changes and deletes an offer', async () => {
    const created = await send('POST', '/offers', owner, {
      pillarId,
      descriptionKo: '매장 보안 카메라 설치',
      descriptionEn: 'Store security camera installation',
      radiusMiles: 30,
      languages: ['ko', 'en'],
      priceHint: 'from $500',
    });
    expect(created.statusCode).toBe(201);
    const offer = created.json();
    expect(offer).toMatchObject({ radiusMiles: 30, languages: ['ko', 'en'], priceHint: 'from $500' });
    expect(offer.pillar).toMatchObject({ id: pillarId, key: expect.any(String), nameKo: expect.any(String) });

    const changed = await send('PATCH', `/offers/${offer.id}`, owner, { radiusMiles: 10 });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({
      radiusMiles: 10,
      descriptionEn: 'Store security camera installation',
    });

    const profile = (await t.app.inject({ method: 'GET', url: `/api/v1/businesses/${slug}` })).json();
    expect(profile.offers).toHaveLength(1);

    expect((await send('DELETE', `/offers/${offer.id}`, owner)).statusCode).toBe(204);
    expect((await send('DELETE', `/offers/${offer.id}`, owner)).statusCode).toBe(404);
  });

  it('creates, changes and deletes a need', async () => {
    const created = await send('POST', '/needs', owner, {
      pillarId,
      descriptionEn: 'Need a website',
      urgency: 'high',
    });
    expect(created.statusCode).toBe(201);
    const need = created.json();
    expect(need).toMatchObject({ urgency: 'high', descriptionKo: '', descriptionEn: 'Need a website' });
    const changed = await send('PATCH', `/needs/${need.id}`, owner, { urgency: 'low' });
    expect(changed.json().urgency).toBe('low');
    expect((await send('PATCH', `/needs/${need.id}`, owner, { urgency: 'urgent' })).statusCode).toBe(400);
    expect((await send('DELETE', `/needs/${need.id}`, owner)).statusCode).toBe(204);
  });

  it('refuses a retired or unknown pillar with fields.pillarId', async () => {
    const retired = await send('POST', '/offers', owner, { pillarId: retiredPillarId, descriptionEn: 'x' });
    expect(retired.statusCode).toBe(400);
    expect(retired.json().error.fields.pillarId).toContain('retired');
    const need = await send(
      'POST',
      '/needs',
      { ...owner, 'accept-language': 'ko' },
      { pillarId: retiredPillarId, descriptionEn: 'x' },
    );
    expect(need.statusCode).toBe(400);
    expect(need.json().error.fields).toHaveProperty('pillarId');
    const unknown = await send('POST', '/needs', owner, { pillarId: 'nope', descriptionEn: 'x' });
    expect(unknown.json().error.fields).toHaveProperty('pillarId');
    const profile = (await t.app.inject({ method: 'GET', url: `/api/v1/businesses/${slug}` })).json();
    expect(profile.needs).toHaveLength(0);
  });

  it('requires a description and rejects unknown fields', async () => {
    const empty = await send('POST', '/offers', owner, { pillarId });
    expect(empty.json().error.fields).toHaveProperty('descriptionKo');
    const extra = await send('POST', '/offers', owner, { pillarId, descriptionEn: 'x', businessId: 'other' });
    expect(extra.statusCode).toBe(400);
    expect(extra.json().error.fields).toHaveProperty('businessId');
  });

  it('keeps other members and anonymous callers out', async () => {
    const created = (await send('POST', '/offers', owner, { pillarId, descriptionEn: 'Bookkeeping' })).json();
    expect((await send('POST', '/offers', stranger, { pillarId, descriptionEn: 'x' })).statusCode).toBe(403);
    expect((await send('PATCH', `/offers/${created.id}`, stranger, { radiusMiles: 1 })).statusCode).toBe(403);
    expect((await send('DELETE', `/offers/${created.id}`, stranger)).statusCode).toBe(403);
    expect((await send('DELETE', `/offers/${created.id}`, {})).statusCode).toBe(401);
  });
});
