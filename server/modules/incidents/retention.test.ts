import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, dialects, type TestApp } from '../../../test/harness.ts';
import { sweeps } from '../../platform/sweeps.ts';
import { blockOf } from './geo.ts';
import { monthsBefore, purgeExpiredIncidents } from './retention.ts';
import {
  createSafetyScene,
  freshCamera,
  freshFootageRequest,
  freshIncident,
  multipart,
  testPhoto,
  type SafetyScene,
} from './scene.ts';

/** The controlled clock: "now" for every purge in these tests. */
const NOW = new Date('2026-11-28T12:00:00.000Z');

describe('retention cut-off', () => {
  it('counts whole calendar months back', () => {
    expect(monthsBefore(NOW, 24)).toBe('2024-11-28T12:00:00.000Z');
    expect(monthsBefore(NOW, 1)).toBe('2026-10-28T12:00:00.000Z');
  });
});

describe.each(dialects)('purging personal details after the retention period on %s', (dialect) => {
  let t: TestApp;
  let s: SafetyScene;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(async () => {
    await t.close();
  });
  beforeEach(async () => {
    s = await createSafetyScene(t.handle.db);
  });

  const row = (id: string) =>
    t.handle.db.selectFrom('incidents').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

  async function withPhotoAndComment(id: string) {
    const upload = multipart(await testPhoto(), 'p.png', 'image/png');
    const photo = await t.app.inject({
      method: 'POST',
      url: `/api/v1/incidents/${id}/photos`,
      headers: { ...s.headers.liaison, ...upload.headers },
      payload: upload.payload,
    });
    expect(photo.statusCode, photo.body).toBe(201);
    const comment = await t.app.inject({
      method: 'POST',
      url: `/api/v1/incidents/${id}/comments`,
      headers: s.headers.liaison,
      payload: { body: 'Spoke with the owner, Mr. Han.' },
    });
    expect(comment.statusCode, comment.body).toBe(201);
  }

  it('purges incidents older than the organization’s period and keeps the anonymous statistics', async () => {
    const db = t.handle.db;
    await db
      .updateTable('organizations')
      .set({ safety_retention_months: 12 })
      .where('id', '=', s.org.id)
      .execute();
    const old = await freshIncident(db, {
      organizationId: s.org.id,
      businessId: s.store.id,
      reporterId: s.users.owner.id,
      occurredAt: '2025-11-27T12:00:00.000Z',
      latitude: 32.79123,
      longitude: -96.80456,
    });
    const recent = await freshIncident(db, {
      organizationId: s.org.id,
      reporterId: s.users.owner.id,
      occurredAt: '2025-11-29T12:00:00.000Z',
    });
    // The other organization keeps the default 24 months.
    const elsewhere = await freshIncident(db, {
      organizationId: s.other.id,
      occurredAt: '2025-01-01T00:00:00.000Z',
    });
    await withPhotoAndComment(old);
    const footage = await freshFootageRequest(db, old, await freshCamera(db, s.neighbourStore.id));
    expect(fs.readdirSync(path.join(t.uploadDir, 'incidents', old))).toHaveLength(1);

    expect(await purgeExpiredIncidents(db, t.uploadDir, NOW)).toBe(1);

    const purged = await row(old);
    const block = blockOf({ latitude: 32.79123, longitude: -96.80456 });
    expect(purged).toMatchObject({
      type: 'robbery',
      occurred_at: '2025-11-27T12:00:00.000Z',
      status: 'open',
      reporter_user_id: null,
      business_id: null,
      address: null,
      contact_phone: null,
      description: '',
      suspects: '[]',
      vehicles: '[]',
      police_case_number: null,
      latitude: block.latitude,
      longitude: block.longitude,
      block_latitude: block.latitude,
      block_longitude: block.longitude,
      purged_at: NOW.toISOString(),
    });
    expect(
      await db.selectFrom('incident_photos').selectAll().where('incident_id', '=', old).execute(),
    ).toEqual([]);
    expect(
      await db.selectFrom('incident_comments').selectAll().where('incident_id', '=', old).execute(),
    ).toEqual([]);
    expect(fs.existsSync(path.join(t.uploadDir, 'incidents', old))).toBe(false);
    expect(
      await db
        .selectFrom('footage_requests')
        .select(['note', 'status'])
        .where('id', '=', footage)
        .executeTakeFirst(),
    ).toEqual({
      note: '',
      status: 'requested',
    });
    expect((await row(recent)).purged_at).toBeNull();
    expect((await row(recent)).contact_phone).toBe('214-555-0199');
    expect((await row(elsewhere)).purged_at).toBeNull();

    // The desk still counts it, at the block; the reporter no longer finds it among their reports.
    const heat = await t.app.inject({
      method: 'GET',
      url: `/api/v1/organizations/${s.org.slug}/incidents/heat`,
      headers: s.headers.liaison,
    });
    expect(heat.json().total).toBe(2);
    const view = await t.app.inject({
      method: 'GET',
      url: `/api/v1/incidents/${old}`,
      headers: s.headers.liaison,
    });
    expect(view.json()).toMatchObject({
      purged: true,
      reporter: null,
      photos: [],
      comments: [],
      location: { precision: 'block' },
    });
    const mine = await t.app.inject({
      method: 'GET',
      url: '/api/v1/incidents/mine',
      headers: s.headers.owner,
    });
    expect(mine.json().map((i: { id: string }) => i.id)).toEqual([recent]);
    const photo = multipart(await testPhoto(), 'p.png', 'image/png');
    const late = await t.app.inject({
      method: 'POST',
      url: `/api/v1/incidents/${old}/photos`,
      headers: { ...s.headers.liaison, ...photo.headers },
      payload: photo.payload,
    });
    expect(late.statusCode).toBe(409);

    // A second run finds nothing more to do.
    expect(await purgeExpiredIncidents(db, t.uploadDir, NOW)).toBe(0);
  });

  it('runs as the incident-retention sweep with the clock it is given', async () => {
    const id = await freshIncident(t.handle.db, {
      organizationId: s.org.id,
      occurredAt: '2024-11-01T00:00:00.000Z',
    });
    const sweep = sweeps.find((candidate) => candidate.name === 'incident-retention');
    expect(sweep).toBeDefined();
    await sweep?.run(t.app, new Date('2026-10-31T00:00:00.000Z'));
    expect((await row(id)).purged_at).toBeNull();
    await sweep?.run(t.app, NOW);
    expect((await row(id)).purged_at).toBe(NOW.toISOString());
  });
});
