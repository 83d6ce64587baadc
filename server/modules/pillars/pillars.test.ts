import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, dialects, type TestApp } from '../../../test/harness.ts';
import { createWorld, type World } from '../../../test/world.ts';

describe.each(dialects)('pillars on %s', (dialect) => {
  let t: TestApp;
  let world: World;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    world = await createWorld(t.handle.db);
  });
  afterAll(() => t.close());

  const list = async (query = '') =>
    (await t.app.inject({ method: 'GET', url: `/api/v1/pillars${query}` })).json();
  const create = (payload: Record<string, unknown>, headers = world.headers.admin) =>
    t.app.inject({ method: 'POST', url: '/api/v1/pillars', headers, payload });

  it('lists the eight seeded pillars in order, publicly', async () => {
    const pillars = await list();
    expect(pillars.map((p: { key: string }) => p.key)).toEqual([
      'safe-city',
      'cyber-security',
      'digitization',
      'smart-store',
      'inventory',
      'legal',
      'finance',
      'web-design',
    ]);
    expect(pillars[0]).toMatchObject({ nameKo: '안전한 도시', nameEn: 'Safe City', retired: false });
  });

  it('lets an org admin add a pillar at the end; the key is unique', async () => {
    const res = await create({
      key: 'expo',
      nameKo: '스마트 비즈니스 엑스포',
      nameEn: 'Smart Business Expo',
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ key: 'expo', position: 9, retired: false });
    const again = await create(
      { key: 'expo', nameKo: '엑스포', nameEn: 'Expo' },
      world.headers.platformAdmin,
    );
    expect(again.statusCode).toBe(409);
    expect(again.json().error.fields.key).toBeTruthy();
  });

  it.each([
    [{ key: 'Bad Key', nameKo: '가', nameEn: 'A' }, 'key'],
    [{ key: 'x', nameKo: '가', nameEn: 'A' }, 'key'],
    [{ key: 'a'.repeat(41), nameKo: '가', nameEn: 'A' }, 'key'],
    [{ key: 'fine-key', nameKo: '', nameEn: 'A' }, 'nameKo'],
    [{ key: 'fine-key', nameKo: '가' }, 'nameEn'],
    [{ key: 'fine-key', nameKo: '가', nameEn: 'A', position: 1 }, 'position'],
  ])('rejects a bad pillar %j', async (payload, field) => {
    const res = await create(payload);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields[field]).toBeTruthy();
    expect((await list('?includeRetired=true')).some((p: { key: string }) => p.key === 'fine-key')).toBe(
      false,
    );
  });

  it('renames, retires and restores a pillar; retired ones are hidden unless asked for', async () => {
    const [first] = await list();
    const renamed = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/pillars/${first.id}`,
      headers: world.headers.otherAdmin,
      payload: { nameEn: 'Safe Cities', retired: true },
    });
    expect(renamed.statusCode).toBe(200);
    expect(renamed.json()).toMatchObject({
      key: 'safe-city',
      nameEn: 'Safe Cities',
      nameKo: '안전한 도시',
      retired: true,
    });
    expect((await list()).some((p: { id: string }) => p.id === first.id)).toBe(false);
    expect((await list('?includeRetired=true')).some((p: { id: string }) => p.id === first.id)).toBe(true);
    const restored = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/pillars/${first.id}`,
      headers: world.headers.admin,
      payload: { retired: false },
    });
    expect(restored.json().retired).toBe(false);
  });

  it('rejects a bad edit and answers 404 for an unknown pillar', async () => {
    const [first] = await list();
    const bad = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/pillars/${first.id}`,
      headers: world.headers.admin,
      payload: { key: 'renamed-key' },
    });
    expect(bad.statusCode).toBe(400);
    const missing = await t.app.inject({
      method: 'PATCH',
      url: '/api/v1/pillars/missing',
      headers: world.headers.admin,
      payload: { nameEn: 'X' },
    });
    expect(missing.statusCode).toBe(404);
  });

  it('reorders with the full list of ids', async () => {
    const all = await list('?includeRetired=true');
    const ids = all.map((p: { id: string }) => p.id).reverse();
    const res = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/pillars/order',
      headers: world.headers.admin,
      payload: { ids },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().map((p: { id: string }) => p.id)).toEqual(ids);
    expect(res.json().map((p: { position: number }) => p.position)).toEqual(
      ids.map((_: string, i: number) => i + 1),
    );
  });

  it('refuses a partial, padded or repeated order and changes nothing', async () => {
    const before = await list('?includeRetired=true');
    const ids: string[] = before.map((p: { id: string }) => p.id);
    for (const bad of [ids.slice(1), [...ids.slice(1), 'unknown'], [...ids, ids[0]]]) {
      const res = await t.app.inject({
        method: 'PUT',
        url: '/api/v1/pillars/order',
        headers: world.headers.admin,
        payload: { ids: bad },
      });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.fields.ids).toBeTruthy();
    }
    expect(await list('?includeRetired=true')).toEqual(before);
  });

  it('is managed by signed-in admins only: not members, not API tokens', async () => {
    for (const role of ['member', 'partner', 'liaison', 'suspendedAdmin', 'token'] as const) {
      expect((await create({ key: 'nope', nameKo: '가', nameEn: 'A' }, world.headers[role])).statusCode).toBe(
        403,
      );
    }
    expect((await create({ key: 'nope', nameKo: '가', nameEn: 'A' }, {})).statusCode).toBe(401);
  });
});
