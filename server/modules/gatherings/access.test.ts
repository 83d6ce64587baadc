import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrganization } from '../../../test/fixtures.ts';
import { createTestApp, dialects, type TestApp } from '../../../test/harness.ts';
import { freshEvent, freshRegistration } from './scene.ts';

describe.each(dialects)('a members-only event on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t.close());

  it('opens to a signed-out visitor holding one of its tickets, and to no one else', async () => {
    const org = await createOrganization(t.handle.db);
    const eventId = await freshEvent(t.handle.db, org.id, { audience: 'members', kind: 'roundtable' });
    const otherId = await freshEvent(t.handle.db, org.id, { audience: 'members', kind: 'roundtable' });
    const mine = await freshRegistration(t.handle.db, eventId);
    const elsewhere = await freshRegistration(t.handle.db, otherId);
    const get = (query: string) =>
      t.app.inject({ method: 'GET', url: `/api/v1/organizations/${org.slug}/events/${eventId}${query}` });

    expect((await get('')).statusCode).toBe(404);
    expect((await get('?ticket=not-a-ticket')).statusCode).toBe(404);
    expect((await get(`?ticket=${elsewhere.ticketCode}`)).statusCode).toBe(404);
    const opened = await get(`?ticket=${mine.ticketCode}`);
    expect(opened.statusCode, opened.body).toBe(200);
    expect(opened.json()).toMatchObject({ id: eventId, canAttend: true, canManage: false });
  });
});
