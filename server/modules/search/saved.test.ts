import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrganization, createUser, sessionHeaders } from '../../../test/fixtures.ts';
import { createTestApp, dialects, type TestApp } from '../../../test/harness.ts';
import { addDirectoryBusiness, directory } from './directory.fixture.ts';
import { sweepSavedSearches } from './saved.ts';

describe.each(dialects)('saved searches on %s', (dialect) => {
  let t: TestApp;
  let orgId: string;
  let me: { id: string };
  let headers: Record<string, string>;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    orgId = (await createOrganization(t.handle.db)).id;
    me = await createUser(t.handle.db, { name: 'Searcher' });
    headers = await sessionHeaders(t.handle.db, me.id);
    // Matches the saved search below, but existed before it: never announced.
    await addDirectoryBusiness(t.handle.db, directory.cyber, orgId);
  });
  afterAll(() => t.close());

  const notifications = () =>
    t.handle.db.selectFrom('notifications').selectAll().where('user_id', '=', me.id).execute();

  it('saves, lists and deletes a search', async () => {
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/saved-searches',
      headers,
      payload: { name: '재고 컨설팅', query: { q: '재고', side: 'offers' } },
    });
    expect(created.statusCode, created.body).toBe(201);
    const saved = created.json<{ id: string; query: unknown }>();
    expect(saved.query).toEqual({ q: '재고', side: 'offers' });
    const list = await t.app.inject({ method: 'GET', url: '/api/v1/saved-searches', headers });
    expect(list.json<{ id: string }[]>().map((s) => s.id)).toEqual([saved.id]);
    const removed = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/saved-searches/${saved.id}`,
      headers,
    });
    expect(removed.statusCode).toBe(204);
    const again = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/saved-searches/${saved.id}`,
      headers,
    });
    expect(again.statusCode).toBe(404);
  });

  it("cannot delete someone else's saved search", async () => {
    const other = await createUser(t.handle.db);
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/saved-searches',
      headers: await sessionHeaders(t.handle.db, other.id),
      payload: { name: 'Theirs', query: { q: 'law' } },
    });
    const res = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/saved-searches/${created.json<{ id: string }>().id}`,
      headers,
    });
    expect(res.statusCode).toBe(404);
  });

  it.each([
    [{ name: 'x', query: { pillar: 'nope' } }, 'pillar'],
    [{ name: 'x', query: { q: 'a', extra: 1 } }, 'query'],
    [{ name: '', query: {} }, 'name'],
  ])('refuses %o', async (payload, field) => {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/saved-searches', headers, payload });
    expect(res.statusCode).toBe(400);
    expect(JSON.stringify(res.json())).toContain(field);
  });

  it('announces a new matching business once, in a notification', async () => {
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/saved-searches',
      headers,
      payload: { name: '보안', query: { q: '보안' } },
    });
    expect(created.statusCode).toBe(201);
    expect(await sweepSavedSearches(t.handle.db)).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 5));
    const mart = await addDirectoryBusiness(t.handle.db, directory.mart, orgId);
    await addDirectoryBusiness(t.handle.db, directory.law, orgId);
    // The mart for this search, and the law firm for the other user's saved "law" search.
    expect(await sweepSavedSearches(t.handle.db)).toBe(2);
    const [note] = await notifications();
    expect(note?.kind).toBe('search.match');
    expect(JSON.parse(note?.payload ?? '{}')).toMatchObject({
      name: '보안',
      count: 1,
      firstEn: 'Hanbit Mart',
    });
    expect(await sweepSavedSearches(t.handle.db)).toBe(0);
    expect(await notifications()).toHaveLength(1);
    const list = await t.app.inject({ method: 'GET', url: '/api/v1/notifications', headers });
    if (list.statusCode === 200) {
      expect(list.body).toContain('Hanbit Mart');
    }
    expect(mart.slug).toBeTruthy();
  });
});
