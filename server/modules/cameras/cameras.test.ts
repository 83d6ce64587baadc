import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, dialects, type TestApp } from '../../../test/harness.ts';
import {
  createSafetyScene,
  freshCamera,
  freshFootageRequest,
  freshIncident,
  type SafetyScene,
} from '../incidents/scene.ts';

describe.each(dialects)('the camera registry on %s', (dialect) => {
  let t: TestApp;
  let s: SafetyScene;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    s = await createSafetyScene(t.handle.db);
  });

  const call = (
    method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
    url: string,
    payload?: object,
    headers = s.headers.owner,
  ) =>
    t.app.inject({
      method,
      url: `/api/v1/businesses/${s.store.slug}/cameras${url}`,
      headers,
      ...(payload ? { payload } : {}),
    });

  it('registers a camera at the store by default, changes and removes it', async () => {
    const created = await call('POST', '', {
      label: ' Register ',
      directionDegrees: 270,
      retentionDays: 30,
      shareable: true,
    });
    expect(created.statusCode, created.body).toBe(201);
    const camera = created.json();
    expect(camera).toMatchObject({
      label: 'Register',
      latitude: 32.79,
      longitude: -96.8,
      directionDegrees: 270,
      retentionDays: 30,
      shareable: true,
    });
    const placed = await call('POST', '', {
      label: 'Parking lot',
      latitude: 32.7903,
      longitude: -96.8004,
      retentionDays: 14,
    });
    expect(placed.json()).toMatchObject({
      latitude: 32.7903,
      longitude: -96.8004,
      directionDegrees: null,
      shareable: false,
    });

    const changed = await call('PATCH', `/${camera.id}`, {
      retentionDays: 60,
      directionDegrees: null,
      shareable: false,
    });
    expect(changed.json()).toMatchObject({
      retentionDays: 60,
      directionDegrees: null,
      shareable: false,
      label: 'Register',
    });
    expect((await call('GET', '')).json().map((c: { label: string }) => c.label)).toEqual([
      'Register',
      'Parking lot',
    ]);

    expect((await call('DELETE', `/${camera.id}`)).statusCode).toBe(204);
    expect((await call('DELETE', `/${camera.id}`)).statusCode).toBe(404);
    expect((await call('GET', '')).json()).toHaveLength(1);
  });

  it.each([
    ['a direction of 360°', { label: 'Door', directionDegrees: 360, retentionDays: 30 }, 'directionDegrees'],
    ['a negative retention', { label: 'Door', retentionDays: -1 }, 'retentionDays'],
    [
      'a latitude outside the earth',
      { label: 'Door', latitude: 95, longitude: 0, retentionDays: 30 },
      'latitude',
    ],
    ['a latitude without longitude', { label: 'Door', latitude: 32.8, retentionDays: 30 }, 'longitude'],
    ['a blank label', { label: '  ', retentionDays: 30 }, 'label'],
    [
      'a stream URL (no such field)',
      { label: 'Door', retentionDays: 30, streamUrl: 'rtsp://x' },
      'streamUrl',
    ],
  ])('refuses %s with a 400 in the caller’s language', async (_name, payload, field) => {
    const res = await call('POST', '', payload);
    expect(res.statusCode, res.body).toBe(400);
    expect(Object.keys(res.json().error.fields)).toContain(field);
    expect(res.json().error.fields[field]).toMatch(/[가-힣]/);
    expect((await call('GET', '')).json()).toEqual([]);
  });

  it('does not touch another business’s camera under this slug', async () => {
    const foreign = await freshCamera(t.handle.db, s.neighbourStore.id);
    expect((await call('PATCH', `/${foreign}`, { retentionDays: 1 })).statusCode).toBe(404);
    expect((await call('DELETE', `/${foreign}`)).statusCode).toBe(404);
    expect((await call('GET', '', undefined, s.headers.neighbour)).statusCode).toBe(403);
  });

  it('takes the footage requests of a removed camera with it', async () => {
    const camera = await freshCamera(t.handle.db, s.store.id);
    const incident = await freshIncident(t.handle.db, { organizationId: s.org.id });
    const request = await freshFootageRequest(t.handle.db, incident, camera);
    expect((await call('DELETE', `/${camera}`)).statusCode).toBe(204);
    expect(
      await t.handle.db.selectFrom('footage_requests').selectAll().where('id', '=', request).execute(),
    ).toEqual([]);
  });
});
