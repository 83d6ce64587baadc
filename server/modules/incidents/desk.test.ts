import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createBusiness } from '../../../test/fixtures.ts';
import { createTestApp, dialects, type TestApp } from '../../../test/harness.ts';
import { blockOf } from './geo.ts';
import { createSafetyScene, freshCamera, freshIncident, type SafetyScene } from './scene.ts';

describe.each(dialects)('the liaison desk on %s', (dialect) => {
  let t: TestApp;
  let s: SafetyScene;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    s = await createSafetyScene(t.handle.db);
  });

  const get = (url: string, headers = s.headers.liaison) =>
    t.app.inject({ method: 'GET', url: `/api/v1${url}`, headers });
  const post = (url: string, payload?: object, headers = s.headers.liaison) =>
    t.app.inject({ method: 'POST', url: `/api/v1${url}`, headers, ...(payload ? { payload } : {}) });
  const setType = (id: string, type: 'burglary' | 'fraud') =>
    t.handle.db.updateTable('incidents').set({ type }).where('id', '=', id).execute();

  it('filters by type, status, dates and map box, and pages newest first', async () => {
    const db = t.handle.db;
    const a = await freshIncident(db, { organizationId: s.org.id, occurredAt: '2026-10-01T03:00:00.000Z' });
    const b = await freshIncident(db, { organizationId: s.org.id, occurredAt: '2026-10-05T03:00:00.000Z' });
    const c = await freshIncident(db, {
      organizationId: s.org.id,
      occurredAt: '2026-10-09T03:00:00.000Z',
      latitude: 33.2,
      longitude: -97.1,
      status: 'closed',
    });
    await setType(b, 'burglary');
    await freshIncident(db, { organizationId: s.other.id });
    const ids = async (query: string) => {
      const res = await get(`/organizations/${s.org.slug}/incidents${query}`);
      expect(res.statusCode, res.body).toBe(200);
      return (res.json() as { items: { id: string }[] }).items.map((i) => i.id);
    };
    expect(await ids('')).toEqual([c, b, a]);
    expect(await ids('?type=burglary')).toEqual([b]);
    expect(await ids('?type=burglary&type=robbery')).toEqual([c, b, a]);
    expect(await ids('?status=closed')).toEqual([c]);
    expect(await ids('?from=2026-10-02T00:00:00Z&to=2026-10-06T00:00:00Z')).toEqual([b]);
    expect(await ids('?south=33&north=33.5&west=-97.5&east=-97')).toEqual([c]);
    expect(await ids('?pageSize=2&page=2')).toEqual([a]);
    const page = await get(`/organizations/${s.org.slug}/incidents?pageSize=2`);
    expect(page.json()).toMatchObject({ total: 3, page: 1, pageSize: 2 });

    const badBox = await get(`/organizations/${s.org.slug}/incidents?south=33`);
    expect(badBox.statusCode).toBe(400);
    const badRange = await get(
      `/organizations/${s.org.slug}/incidents?from=2026-10-06T00:00:00Z&to=2026-10-01T00:00:00Z`,
    );
    expect(badRange.statusCode).toBe(400);
    expect((await get(`/organizations/${s.org.slug}/incidents?type=riot`)).statusCode).toBe(400);
  });

  it('counts by block cell and by hour of the week in the asked time zone', async () => {
    const db = t.handle.db;
    // Saturday 03:30 UTC is Friday 22:30 in Dallas (CDT, UTC−5) in October.
    await freshIncident(db, { organizationId: s.org.id, occurredAt: '2026-10-03T03:30:00.000Z' });
    await freshIncident(db, {
      organizationId: s.org.id,
      occurredAt: '2026-10-10T03:10:00.000Z',
      latitude: 32.79001,
    });
    await freshIncident(db, {
      organizationId: s.org.id,
      occurredAt: '2026-10-06T15:00:00.000Z',
      latitude: 32.9,
    });
    const res = await get(`/organizations/${s.org.slug}/incidents/heat?timeZone=America/Chicago`);
    expect(res.statusCode, res.body).toBe(200);
    const heat = res.json();
    expect(heat.total).toBe(3);
    expect(heat.hourOfWeek).toHaveLength(7);
    expect(heat.hourOfWeek[5][22]).toBe(2);
    expect(heat.hourOfWeek[2][10]).toBe(1);
    expect(heat.cells[0]).toEqual({ ...blockOf({ latitude: 32.79, longitude: -96.8 }), count: 2 });
    expect(heat.cells).toHaveLength(2);
    const utc = (await get(`/organizations/${s.org.slug}/incidents/heat`)).json();
    expect(utc.hourOfWeek[6][3]).toBe(2);
    expect((await get(`/organizations/${s.org.slug}/incidents/heat?timeZone=Mars/Olympus`)).statusCode).toBe(
      400,
    );
    expect((await get(`/organizations/${s.org.slug}/incidents/heat`, s.headers.neighbour)).statusCode).toBe(
      403,
    );
  });

  it('comments, closes and reopens, refusing to close twice', async () => {
    const id = await freshIncident(t.handle.db, { organizationId: s.org.id, reporterId: s.users.owner.id });
    const commented = await post(`/incidents/${id}/comments`, {
      body: 'Patrol added on Belt Line at night.',
    });
    expect(commented.statusCode, commented.body).toBe(201);
    expect(commented.json().comments).toEqual([
      expect.objectContaining({ author: 'Officer Park', body: 'Patrol added on Belt Line at night.' }),
    ]);
    const closed = await post(`/incidents/${id}/close`);
    expect(closed.json()).toMatchObject({ status: 'closed', closedAt: expect.any(String) });
    expect((await post(`/incidents/${id}/close`)).statusCode).toBe(409);
    expect((await post(`/incidents/${id}/reopen`)).json()).toMatchObject({ status: 'open', closedAt: null });
    // The reporter sees the status but not the desk's notes; neither may they close.
    const reporterView = (await get(`/incidents/${id}`, s.headers.owner)).json();
    expect(reporterView).toMatchObject({ status: 'open', comments: [], canWorkDesk: false });
    expect((await post(`/incidents/${id}/close`, undefined, s.headers.owner)).statusCode).toBe(403);
    expect((await post(`/incidents/${id}/comments`, { body: '' })).statusCode).toBe(400);
  });

  it('finds cameras nearby and runs a footage request both ways, with notifications', async () => {
    const db = t.handle.db;
    const id = await freshIncident(db, { organizationId: s.org.id, businessId: s.store.id });
    const near = await freshCamera(db, s.neighbourStore.id, { latitude: 32.7905, longitude: -96.8 });
    await freshCamera(db, s.neighbourStore.id, { latitude: 32.81, longitude: -96.8 });
    // A camera of a business in another organization is not the desk's to ask.
    const foreign = await createBusiness(db, { organizationIds: [s.other.id] });
    const foreignCamera = await freshCamera(db, foreign.id);

    const cameras = await get(`/incidents/${id}/cameras`);
    expect(cameras.statusCode, cameras.body).toBe(200);
    expect(cameras.json()).toEqual([
      expect.objectContaining({
        id: near,
        distanceMeters: 56,
        directionDegrees: 180,
        retentionDays: 30,
        shareable: true,
        request: null,
        business: expect.objectContaining({ slug: s.neighbourStore.slug }),
      }),
    ]);
    expect((await get(`/incidents/${id}/cameras?radiusMeters=3000`)).json()).toHaveLength(2);

    expect((await post(`/incidents/${id}/footage-requests`, { cameraId: foreignCamera })).statusCode).toBe(
      400,
    );
    const asked = await post(`/incidents/${id}/footage-requests`, {
      cameraId: near,
      note: 'Friday 10–11 pm.',
    });
    expect(asked.statusCode, asked.body).toBe(201);
    const requestId = asked.json().footageRequest.id;
    expect((await post(`/incidents/${id}/footage-requests`, { cameraId: near })).statusCode).toBe(409);
    const told = await db
      .selectFrom('notifications')
      .selectAll()
      .where('user_id', '=', s.users.neighbour.id)
      .execute();
    expect(told.map((n) => n.kind)).toEqual(['footage.requested']);

    const inbox = await get(`/businesses/${s.neighbourStore.slug}/footage-requests`, s.headers.neighbour);
    expect(inbox.json()).toEqual([
      expect.objectContaining({ id: requestId, status: 'requested', note: 'Friday 10–11 pm.' }),
    ]);
    // The store owner of the incident is not the camera's business.
    expect(
      (await post(`/footage-requests/${requestId}/answer`, { status: 'shared' }, s.headers.owner)).statusCode,
    ).toBe(403);
    const answered = await post(
      `/footage-requests/${requestId}/answer`,
      { status: 'shared', note: 'USB stick ready at the counter.' },
      s.headers.neighbour,
    );
    expect(answered.statusCode, answered.body).toBe(200);
    expect(answered.json().footageRequest).toMatchObject({
      status: 'shared',
      responseNote: 'USB stick ready at the counter.',
    });
    expect(
      (await post(`/footage-requests/${requestId}/answer`, { status: 'declined' }, s.headers.neighbour))
        .statusCode,
    ).toBe(409);
    const liaisonTold = await db
      .selectFrom('notifications')
      .selectAll()
      .where('user_id', '=', s.users.liaison.id)
      .execute();
    expect(liaisonTold.map((n) => n.kind)).toEqual(['footage.shared']);
    expect(JSON.parse(liaisonTold[0]?.payload ?? '{}')).toMatchObject({ link: `/safety/incidents/${id}` });

    const detail = (await get(`/incidents/${id}`)).json();
    expect(detail.footageRequests).toEqual([expect.objectContaining({ id: requestId, status: 'shared' })]);
    expect((await get(`/incidents/${id}/cameras`)).json()[0].request).toEqual({
      id: requestId,
      status: 'shared',
    });
  });
});
