import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, dialects, type TestApp } from '../../../test/harness.ts';
import { blockOf } from './geo.ts';
import { createSafetyScene, multipart, testPhoto, type SafetyScene } from './scene.ts';

type Role = keyof SafetyScene['headers'];

/** Who sees a robbery at the store, reported by its owner, in which view. */
const views: Record<Role, 'full' | 'neighbour' | 403> = {
  owner: 'full',
  staff: 'full',
  liaison: 'full',
  admin: 'full',
  neighbour: 'neighbour',
  outsider: 403,
};

describe.each(dialects)('redaction of incidents by role on %s', (dialect) => {
  let t: TestApp;
  let s: SafetyScene;
  let id: string;
  let photoUrl: string;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    s = await createSafetyScene(t.handle.db);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/incidents',
      headers: s.headers.owner,
      payload: {
        business: s.store.slug,
        type: 'robbery',
        occurredAt: new Date().toISOString(),
        place: { kind: 'point', latitude: 32.79123, longitude: -96.80456 },
        description: 'Armed robbery at the register.',
        suspects: [{ clothing: 'Red cap', build: 'heavy' }],
        vehicles: [{ make: 'Ford', color: 'white', plate: 'XYZ9876', direction: 'South' }],
        policeCalled: true,
        policeCaseNumber: '26-555',
        contactPhone: '972-555-0120',
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    id = res.json().incident.id;
    const upload = multipart(await testPhoto(), 'p.png', 'image/png');
    const photo = await t.app.inject({
      method: 'POST',
      url: `/api/v1/incidents/${id}/photos`,
      headers: { ...s.headers.owner, ...upload.headers },
      payload: upload.payload,
    });
    expect(photo.statusCode, photo.body).toBe(201);
    photoUrl = photo.json().photo.url;
    const comment = await t.app.inject({
      method: 'POST',
      url: `/api/v1/incidents/${id}/comments`,
      headers: s.headers.liaison,
      payload: { body: 'Detective assigned.' },
    });
    expect(comment.statusCode, comment.body).toBe(201);
  });
  afterAll(async () => {
    await t.close();
  });

  it.each(Object.entries(views) as [Role, (typeof views)[Role]][])('%s gets %s', async (role, expected) => {
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/v1/incidents/${id}`,
      headers: s.headers[role],
    });
    const photo = await t.app.inject({ method: 'GET', url: photoUrl, headers: s.headers[role] });
    if (expected === 403) {
      expect(res.statusCode).toBe(403);
      expect(photo.statusCode).toBe(403);
      return;
    }
    expect(res.statusCode, res.body).toBe(200);
    const incident = res.json();
    expect(incident.view).toBe(expected);
    expect(incident.description).toBe('Armed robbery at the register.');
    expect(incident.suspects).toEqual([{ clothing: 'Red cap', build: 'heavy' }]);
    if (expected === 'full') {
      expect(incident).toMatchObject({
        reporter: { name: 'Store Owner' },
        business: { slug: s.store.slug },
        contactPhone: '972-555-0120',
        policeCaseNumber: '26-555',
        location: { latitude: 32.79123, longitude: -96.80456, precision: 'exact' },
      });
      expect(incident.vehicles[0].plate).toBe('XYZ9876');
      expect(incident.photos).toHaveLength(1);
      expect(photo.statusCode).toBe(200);
      expect(photo.headers['content-type']).toBe('image/png');
      // Desk comments are for the desk only.
      expect(incident.comments).toHaveLength(role === 'liaison' || role === 'admin' ? 1 : 0);
      return;
    }
    const block = blockOf({ latitude: 32.79123, longitude: -96.80456 });
    expect(incident).toMatchObject({
      reporter: null,
      business: null,
      address: null,
      contactPhone: null,
      policeCaseNumber: null,
      policeCalled: true,
      photos: [],
      comments: [],
      footageRequests: [],
      location: { ...block, precision: 'block' },
    });
    expect(incident.vehicles).toEqual([{ make: 'Ford', color: 'white', direction: 'South' }]);
    expect(JSON.stringify(incident)).not.toMatch(/XYZ9876|972-555-0120|26-555|Store Owner|32\.79123/);
    expect(photo.statusCode).toBe(403);
  });

  it.each(Object.entries(views) as [Role, (typeof views)[Role]][])(
    'the organization list gives %s the same view',
    async (role, expected) => {
      const res = await t.app.inject({
        method: 'GET',
        url: `/api/v1/organizations/${s.org.slug}/incidents`,
        headers: s.headers[role],
      });
      if (expected === 403) {
        expect(res.statusCode).toBe(403);
        return;
      }
      const { items } = res.json();
      expect(items).toHaveLength(1);
      expect(items[0].view).toBe(expected);
      expect(items[0].location.precision).toBe(expected === 'full' ? 'exact' : 'block');
      expect(items[0].business === null).toBe(expected === 'neighbour');
      expect(items[0].commentCount).toBe(role === 'liaison' || role === 'admin' ? 1 : 0);
    },
  );
});
