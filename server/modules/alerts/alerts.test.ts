import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMembership, createUser, sessionHeaders } from '../../../test/fixtures.ts';
import { createTestApp, dialects, type TestApp } from '../../../test/harness.ts';
import { createWorld, type World } from '../../../test/world.ts';
import { redeliverAlerts, REDELIVERY_GRACE_MS } from './fanout.ts';
import { createIncident, freshCenter, placeBusiness } from './scene.ts';
import { toBlock } from './geo.ts';
import type { Detail } from './schema.ts';
import { expireAlerts } from './service.ts';

describe.each(dialects)('alerts on %s', (dialect) => {
  let t: TestApp;
  let w: World;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    w = await createWorld(t.handle.db);
  });
  afterAll(() => t.close());

  const raise = (headers: Record<string, string>, payload: Record<string, unknown>) =>
    t.app.inject({ method: 'POST', url: '/api/v1/alerts', headers, payload });
  const post = (headers: Record<string, string>, url: string, payload: Record<string, unknown> = {}) =>
    t.app.inject({ method: 'POST', url: `/api/v1/alerts/${url}`, headers, payload });
  const get = (headers: Record<string, string>, id: string) =>
    t.app.inject({ method: 'GET', url: `/api/v1/alerts/${id}`, headers });
  const notificationsOf = (userId: string) =>
    t.handle.db.selectFrom('notifications').selectAll().where('user_id', '=', userId).execute();
  const recipientsOf = (alertId: string) =>
    t.handle.db.selectFrom('alert_recipients').selectAll().where('alert_id', '=', alertId).execute();

  /** A fresh organization with a reporter store at the center, so caps from other tests do not bite. */
  async function neighbourhood() {
    const world = await createWorld(t.handle.db);
    const db = t.handle.db;
    const center = freshCenter();
    const reporter = await placeBusiness(db, world.org.id, {
      center,
      milesNorth: 0,
      industry: 'convenience-store',
    });
    const incident = await createIncident(db, world.org.id, {
      center,
      businessId: reporter.id,
      reporterId: reporter.ownerId,
    });
    return { world, reporter, incident, center };
  }

  it('reaches the businesses within the radius and of the chosen industries, and opted-in areas, once each', async () => {
    const { world, reporter, incident, center } = await neighbourhood();
    const db = t.handle.db;
    const near = await placeBusiness(db, world.org.id, {
      center,
      milesNorth: 1,
      industry: 'convenience-store',
      locale: 'ko',
    });
    const nearOtherKind = await placeBusiness(db, world.org.id, {
      center,
      milesNorth: 1.2,
      industry: 'restaurant',
    });
    const partner = await placeBusiness(db, world.org.id, {
      center,
      milesNorth: 0.5,
      industry: 'convenience-store',
      kind: 'partner',
    });
    const far = await placeBusiness(db, world.org.id, {
      center,
      milesNorth: 3,
      industry: 'convenience-store',
    });
    const otherOrg = await placeBusiness(db, world.other.id, {
      center,
      milesNorth: 0.2,
      industry: 'convenience-store',
    });
    // Opted in for an area around the center though their own store is far away; the near owner's own
    // area (5 miles off) also holds the point, but they are counted once, at their store's distance.
    await t.app.inject({
      method: 'POST',
      url: '/api/v1/account/alert-areas',
      headers: far.headers,
      payload: { label: 'Home', latitude: center.latitude, longitude: center.longitude, radiusMiles: 1 },
    });
    await t.app.inject({
      method: 'POST',
      url: '/api/v1/account/alert-areas',
      headers: near.headers,
      payload: {
        label: 'Work',
        latitude: center.latitude + 5 / 69,
        longitude: center.longitude,
        radiusMiles: 10,
      },
    });

    const res = await raise(reporter.headers, {
      incidentId: incident,
      industries: ['convenience-store'],
      message: 'Two men, black hoodies, left on foot toward Elm St.',
    });
    expect(res.statusCode, res.body).toBe(201);
    const alert = res.json<Detail>();
    expect(alert).toMatchObject({ type: 'robbery', radiusMiles: 2, delivered: true, status: 'active' });
    const recipients = await recipientsOf(alert.id);
    const byUser = new Map(recipients.map((r) => [r.user_id, r]));
    expect([...byUser.keys()].sort()).toEqual([near.ownerId, partner.ownerId, far.ownerId].sort());
    expect(byUser.get(near.ownerId)).toMatchObject({ business_id: near.id, distance_miles: 1 });
    expect(byUser.get(far.ownerId)).toMatchObject({ business_id: null, distance_miles: 0 });
    expect(byUser.has(reporter.ownerId)).toBe(false);
    expect(byUser.has(nearOtherKind.ownerId)).toBe(false);
    expect(byUser.has(otherOrg.ownerId)).toBe(false);
    expect(alert.record?.sentCount).toBe(3);

    // In each recipient's language, with the distance and type.
    const [ko] = await notificationsOf(near.ownerId);
    expect(ko?.kind).toBe('alert.raised');
    const koList = await t.app.inject({ method: 'GET', url: '/api/v1/notifications', headers: near.headers });
    expect(koList.json<{ items: { title: string }[] }>().items[0]?.title).toBe('경보: 1마일 거리에서 강도');
    await db.updateTable('users').set({ locale: 'en' }).where('id', '=', near.ownerId).execute();
    const enList = await t.app.inject({ method: 'GET', url: '/api/v1/notifications', headers: near.headers });
    expect(enList.json<{ items: { title: string; body: string }[] }>().items[0]).toMatchObject({
      title: 'Alert: Robbery 1 mi from you',
      body: 'Two men, black hoodies, left on foot toward Elm St.',
    });
    // Instant e-mail (the default setting), in the recipient's language.
    const mail = await db
      .selectFrom('outbox')
      .selectAll()
      .where(
        'to_address',
        '=',
        (
          await db
            .selectFrom('users')
            .select('email')
            .where('id', '=', partner.ownerId)
            .executeTakeFirstOrThrow()
        ).email,
      )
      .execute();
    expect(mail.map((m) => m.subject)).toEqual(['Alert: Robbery 0.5 mi from you']);
  });

  it('lets liaisons raise standalone alerts by ZIP, and checks the input', async () => {
    const { world } = await neighbourhood();
    const koLiaison = await createUser(t.handle.db, { locale: 'ko' });
    await addMembership(t.handle.db, world.org.id, koLiaison.id, 'liaison');
    const ko = await sessionHeaders(t.handle.db, koLiaison.id);
    const ok = await raise(world.headers.liaison, {
      organization: world.org.slug,
      type: 'suspicious',
      zip: '75201',
      radiusMiles: 0.5,
      expiresInHours: 2,
      message: 'White van circling the block',
    });
    expect(ok.statusCode, ok.body).toBe(201);
    const before = await t.handle.db.selectFrom('alerts').select('id').execute();
    const cases: [Record<string, unknown>, string][] = [
      [{ organization: world.org.slug, zip: '75201', message: 'x' }, 'type'],
      [{ organization: world.org.slug, type: 'robbery', zip: '00000', message: 'x' }, 'zip'],
      [{ organization: world.org.slug, type: 'robbery', message: 'x' }, 'zip'],
      [
        { organization: world.org.slug, type: 'robbery', zip: '75201', radiusMiles: 50, message: 'x' },
        'radiusMiles',
      ],
      [
        { organization: world.org.slug, type: 'robbery', zip: '75201', expiresInHours: 100, message: 'x' },
        'expiresInHours',
      ],
      [
        {
          organization: world.org.slug,
          type: 'robbery',
          zip: '75201',
          industries: ['spaceport'],
          message: 'x',
        },
        'industries',
      ],
      [{ organization: world.org.slug, type: 'riot', zip: '75201', message: 'x' }, 'type'],
      [
        { organization: world.org.slug, type: 'robbery', latitude: 95, longitude: 0, message: 'x' },
        'latitude',
      ],
      [{ type: 'robbery', zip: '75201', message: 'x' }, 'organization'],
    ];
    for (const [payload, field] of cases) {
      const res = await raise(ko, payload);
      expect(res.statusCode, res.body).toBe(400);
      expect(
        Object.keys(res.json<{ error: { fields: Record<string, string> } }>().error.fields ?? {}),
      ).toContain(field);
    }
    const bad = await raise(ko, {
      organization: world.org.slug,
      type: 'robbery',
      zip: '00000',
      message: 'x',
    });
    expect(bad.json<{ error: { fields: Record<string, string> } }>().error.fields.zip).toBe(
      '알 수 없는 미국 ZIP 코드입니다.',
    );
    expect(await t.handle.db.selectFrom('alerts').select('id').execute()).toHaveLength(before.length);
    // A member without an incident may not speak for the area.
    const member = await raise(world.headers.member, {
      organization: world.org.slug,
      type: 'robbery',
      zip: '75201',
      message: 'x',
    });
    expect(member.statusCode).toBe(403);
  });

  it('caps alerts per raiser and per area with a translated 429, storing nothing', async () => {
    const { world, reporter, incident, center } = await neighbourhood();
    for (let i = 0; i < 3; i += 1) {
      expect(
        (await raise(reporter.headers, { incidentId: incident, message: `Update ${i}` })).statusCode,
      ).toBe(201);
    }
    const capped = await raise(
      { ...reporter.headers, 'accept-language': 'en' },
      { incidentId: incident, message: 'Again' },
    );
    expect(capped.statusCode).toBe(429);
    expect(capped.json<{ error: { code: string; message: string } }>().error).toMatchObject({
      code: 'alert_limit_raiser',
      message: expect.stringContaining('3 alerts in the last hour') as string,
    });
    // The area already holds this test's alerts and others' at the center; liaisons fill it to ten.
    const near = await t.handle.db
      .selectFrom('alerts')
      .select('id')
      .where('latitude', '=', center.latitude)
      .execute();
    const liaisons = await Promise.all(
      Array.from({ length: 4 }, async () => {
        const user = await createUser(t.handle.db, { locale: 'ko' });
        await addMembership(t.handle.db, world.org.id, user.id, 'liaison');
        return sessionHeaders(t.handle.db, user.id);
      }),
    );
    let area: Awaited<ReturnType<typeof raise>> | undefined;
    for (let i = near.length; i <= 10 && i < near.length + 12; i += 1) {
      const headers = liaisons[i % liaisons.length] ?? world.headers.liaison;
      area = await raise(headers, {
        organization: world.org.slug,
        type: 'robbery',
        latitude: center.latitude,
        longitude: center.longitude,
        message: 'x',
      });
      if (area.statusCode === 429) {
        break;
      }
    }
    expect(area?.json<{ error: { code: string; message: string } }>().error).toMatchObject({
      code: 'alert_limit_area',
      message: expect.stringContaining('최근 1시간 동안 경보가 10건') as string,
    });
    const count = await t.handle.db
      .selectFrom('alerts')
      .select('id')
      .where('latitude', '=', center.latitude)
      .execute();
    expect(count).toHaveLength(10);
  });

  it('records seen, “I saw this too” and false reports; the all-clear and retraction reach recipients', async () => {
    const { world, reporter, incident, center } = await neighbourhood();
    const db = t.handle.db;
    const near = await placeBusiness(db, world.org.id, { center, milesNorth: 0.3, name: 'Neighbour' });
    const alert = (
      await raise(reporter.headers, { incidentId: incident, message: 'Robbery at the store' })
    ).json<Detail>();

    const seen = await post(near.headers, `${alert.id}/seen`);
    expect(seen.statusCode).toBe(200);
    expect(seen.json<Detail>().mine?.seenAt).not.toBeNull();
    expect(seen.json<Detail>().record).toBeNull();
    const saw = await post(near.headers, `${alert.id}/saw-too`, {
      note: 'Same two men passed my door at 9:40',
    });
    expect(saw.json<Detail>().mine?.sawTooAt).not.toBeNull();
    // The raiser and the liaison hear of the sighting.
    expect((await notificationsOf(reporter.ownerId)).map((n) => n.kind)).toContain('alert.saw_too');
    expect((await notificationsOf(world.users.liaison.id)).map((n) => n.kind)).toContain('alert.saw_too');
    const falseReport = await post(near.headers, `${alert.id}/report-false`, {
      note: 'That was a film shoot',
    });
    expect(falseReport.statusCode).toBe(200);
    expect((await notificationsOf(world.users.admin.id)).map((n) => n.kind)).toContain(
      'alert.reported_false',
    );

    // The record, for the raiser: who it was sent to, at what distance, who saw it.
    const record = (await get(reporter.headers, alert.id)).json<Detail>().record;
    expect(record).toMatchObject({ sentCount: 1, seenCount: 1, sawTooCount: 1, reportedFalseCount: 1 });
    expect(record?.recipients[0]).toMatchObject({
      name: 'Neighbour',
      distanceMiles: 0.3,
      sightingNote: 'Same two men passed my door at 9:40',
    });

    // Only recipients act as recipients.
    expect((await post(world.headers.member, `${alert.id}/seen`)).statusCode).toBe(403);
    // Recipients cannot give the all-clear; the raiser can, once.
    expect((await post(near.headers, `${alert.id}/all-clear`)).statusCode).toBe(403);
    const clear = await post(reporter.headers, `${alert.id}/all-clear`, { note: 'Police arrested both' });
    expect(clear.json<Detail>()).toMatchObject({
      status: 'all_clear',
      allClearMessage: 'Police arrested both',
    });
    expect((await notificationsOf(near.ownerId)).map((n) => n.kind)).toContain('alert.all_clear');
    const again = await post(world.headers.admin, `${alert.id}/retract`, { note: 'x' });
    expect(again.statusCode).toBe(409);

    const second = (
      await raise(world.headers.liaison, { incidentId: incident, message: 'Second alert' })
    ).json<Detail>();
    expect((await post(world.headers.liaison, `${second.id}/retract`)).statusCode).toBe(403);
    const retracted = await post(world.headers.admin, `${second.id}/retract`, { note: 'Sent by mistake' });
    expect(retracted.json<Detail>()).toMatchObject({
      status: 'retracted',
      retractionReason: 'Sent by mistake',
    });
    expect((await get(near.headers, second.id)).json<Detail>()).toMatchObject({
      status: 'retracted',
      retractionReason: 'Sent by mistake',
    });
    expect((await notificationsOf(near.ownerId)).map((n) => n.kind)).toContain('alert.retracted');
  });

  it('expires alerts, after which nobody can close them', async () => {
    const { reporter, incident } = await neighbourhood();
    const alert = (
      await raise(reporter.headers, { incidentId: incident, message: 'Short', expiresInHours: 1 })
    ).json<Detail>();
    expect(await expireAlerts(t.handle.db, new Date(Date.now() + 2 * 3_600_000))).toBeGreaterThanOrEqual(1);
    const res = await get(reporter.headers, alert.id);
    expect(res.json<Detail>()).toMatchObject({ status: 'expired', canAllClear: false });
    expect((await post(reporter.headers, `${alert.id}/all-clear`)).statusCode).toBe(409);
  });

  it('redacts the alert per role: exact point, raiser and record only for the raiser, liaisons and admins', async () => {
    const { world, reporter, incident, center } = await neighbourhood();
    const near = await placeBusiness(t.handle.db, world.org.id, { center, milesNorth: 0.3 });
    const exact = { latitude: center.latitude + 0.001234, longitude: center.longitude - 0.001234 };
    await t.handle.db
      .updateTable('incidents')
      .set({ latitude: exact.latitude, longitude: exact.longitude })
      .where('id', '=', incident)
      .execute();
    const alert = (
      await raise(reporter.headers, { incidentId: incident, message: 'Robbery' })
    ).json<Detail>();
    for (const headers of [
      reporter.headers,
      world.headers.liaison,
      world.headers.admin,
      world.headers.platformAdmin,
      world.headers.token,
    ]) {
      const seen = (await get(headers, alert.id)).json<Detail>();
      expect(seen).toMatchObject(exact);
      expect(seen.record?.recipients).toHaveLength(1);
    }
    for (const headers of [near.headers, world.headers.member, world.headers.partner]) {
      const seen = (await get(headers, alert.id)).json<Detail>();
      expect(seen).toMatchObject({
        latitude: toBlock(exact.latitude),
        longitude: toBlock(exact.longitude),
        raisedBy: null,
        record: null,
      });
      expect(seen.latitude).not.toBe(exact.latitude);
    }
    expect((await get(world.headers.otherAdmin, alert.id)).statusCode).toBe(403);
    expect((await get({}, alert.id)).statusCode).toBe(401);
  });

  it('stores an alert raised while the bus is down and delivers it once, when the bus works again', async () => {
    const { world, reporter, incident, center } = await neighbourhood();
    const near = await placeBusiness(t.handle.db, world.org.id, { center, milesNorth: 0.4 });
    const publish = t.app.bus.publish.bind(t.app.bus);
    const published: string[] = [];
    t.app.bus.publish = () => Promise.reject(new Error('Redis is down'));
    let alert: Detail;
    try {
      const res = await raise(reporter.headers, { incidentId: incident, message: 'While Redis is down' });
      expect(res.statusCode, res.body).toBe(201);
      alert = res.json<Detail>();
      expect(alert.delivered).toBe(false);
      // A sweep while it is still down changes nothing and loses nothing.
      await expect(redeliverAlerts(t.app, new Date(Date.now() + REDELIVERY_GRACE_MS))).rejects.toThrow(
        'Redis is down',
      );
    } finally {
      t.app.bus.publish = (channel, message) => {
        published.push(channel);
        return publish(channel, message);
      };
    }
    expect(await redeliverAlerts(t.app, new Date(Date.now() + REDELIVERY_GRACE_MS))).toBeGreaterThanOrEqual(
      1,
    );
    expect((await get(reporter.headers, alert.id)).json<Detail>().delivered).toBe(true);
    expect(published).toContain(`notifications:${near.ownerId}`);
    // Idempotent: one recipient row, one notification, one e-mail, however many runs.
    expect(await recipientsOf(alert.id)).toHaveLength(1);
    expect((await notificationsOf(near.ownerId)).filter((n) => n.kind === 'alert.raised')).toHaveLength(1);
    await redeliverAlerts(t.app, new Date(Date.now() + REDELIVERY_GRACE_MS));
    expect((await notificationsOf(near.ownerId)).filter((n) => n.kind === 'alert.raised')).toHaveLength(1);
    const email = (
      await t.handle.db
        .selectFrom('users')
        .select('email')
        .where('id', '=', near.ownerId)
        .executeTakeFirstOrThrow()
    ).email;
    expect(
      await t.handle.db.selectFrom('outbox').select('id').where('to_address', '=', email).execute(),
    ).toHaveLength(1);
  });

  it('manages opt-in areas: list, add by ZIP or point, bounded radius, delete only one’s own', async () => {
    const headers = w.headers.member;
    const add = (payload: Record<string, unknown>) =>
      t.app.inject({ method: 'POST', url: '/api/v1/account/alert-areas', headers, payload });
    const created = await add({ label: 'Home', zip: '75201', radiusMiles: 2 });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ label: 'Home', zip: '75201', radiusMiles: 2 });
    expect((await add({ label: 'Far', zip: '75201', radiusMiles: 40 })).statusCode).toBe(400);
    expect((await add({ label: 'Nowhere' })).statusCode).toBe(400);
    const list = await t.app.inject({ method: 'GET', url: '/api/v1/account/alert-areas', headers });
    expect(list.json()).toHaveLength(1);
    const id = created.json<{ id: string }>().id;
    const others = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/account/alert-areas/${id}`,
      headers: w.headers.admin,
    });
    expect(others.statusCode).toBe(404);
    const mine = await t.app.inject({ method: 'DELETE', url: `/api/v1/account/alert-areas/${id}`, headers });
    expect(mine.statusCode).toBe(200);
  });
});
