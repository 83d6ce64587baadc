import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, dialects, type TestApp } from '../../../test/harness.ts';
import { blockOf, distanceMeters } from './geo.ts';
import { createSafetyScene, type SafetyScene } from './scene.ts';

const MINUTE = 60_000;

describe('the block grid', () => {
  it('puts every point of a cell on one centre within ~110 m, and neighbouring cells apart', () => {
    const store = { latitude: 32.9537, longitude: -96.8903 };
    const block = blockOf(store);
    expect(distanceMeters(store, block)).toBeLessThan(110);
    expect(blockOf({ latitude: block.latitude + 0.0003, longitude: block.longitude + 0.0003 })).toEqual(
      block,
    );
    expect(blockOf({ latitude: store.latitude + 0.002, longitude: store.longitude })).not.toEqual(block);
  });
});

describe.each(dialects)('reporting incidents on %s', (dialect) => {
  let t: TestApp;
  let s: SafetyScene;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    s = await createSafetyScene(t.handle.db);
  });

  const report = (headers: Record<string, string>, payload: Record<string, unknown>) =>
    t.app.inject({ method: 'POST', url: '/api/v1/incidents', headers, payload });
  const robbery = (extra: Record<string, unknown> = {}) => ({
    business: s.store.slug,
    type: 'robbery',
    occurredAt: new Date(Date.now() - 10 * MINUTE).toISOString(),
    place: { kind: 'business' },
    description: 'A man with a knife took the cash from the register.',
    ...extra,
  });
  const incidentCount = async () =>
    Number(
      (
        await t.handle.db
          .selectFrom('incidents')
          .select((eb) => eb.fn.countAll().as('n'))
          .where('organization_id', '=', s.org.id)
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('stores a full report at the store, with the block location, and shows it to the reporter in full', async () => {
    const res = await report(
      s.headers.owner,
      robbery({
        suspects: [
          {
            clothing: 'Black hoodie, grey jeans',
            height: '5\'10"',
            build: 'slim',
            behaviour: 'Asked for cigarettes first',
          },
        ],
        vehicles: [
          {
            make: 'Honda',
            model: 'Civic',
            color: 'silver',
            plate: 'ABC1234',
            direction: 'East on Belt Line',
          },
          { make: ' ' },
        ],
        policeCalled: true,
        policeCaseNumber: '26-104233',
        contactPhone: '972-555-0120',
      }),
    );
    expect(res.statusCode, res.body).toBe(201);
    const { incident } = res.json();
    expect(incident).toMatchObject({
      view: 'full',
      type: 'robbery',
      status: 'open',
      locationKind: 'business',
      location: { latitude: 32.79, longitude: -96.8, precision: 'exact' },
      business: { slug: s.store.slug },
      reporter: { name: 'Store Owner' },
      policeCalled: true,
      policeCaseNumber: '26-104233',
      contactPhone: '972-555-0120',
      canAddPhotos: true,
      canWorkDesk: false,
    });
    // The empty vehicle is dropped.
    expect(incident.vehicles).toEqual([
      { make: 'Honda', model: 'Civic', color: 'silver', plate: 'ABC1234', direction: 'East on Belt Line' },
    ]);
    const row = await t.handle.db
      .selectFrom('incidents')
      .selectAll()
      .where('id', '=', incident.id)
      .executeTakeFirstOrThrow();
    expect({ latitude: row.block_latitude, longitude: row.block_longitude }).toEqual(
      blockOf({ latitude: 32.79, longitude: -96.8 }),
    );
    expect(row.organization_id).toBe(s.org.id);
    expect(row.reporter_user_id).toBe(s.users.owner.id);

    const mine = await t.app.inject({
      method: 'GET',
      url: '/api/v1/incidents/mine',
      headers: s.headers.owner,
    });
    expect(mine.json()).toEqual([expect.objectContaining({ id: incident.id, view: 'full' })]);
  });

  it('locates a point on the map and an address by its ZIP, offline', async () => {
    const point = await report(
      s.headers.staff,
      robbery({ type: 'suspicious', place: { kind: 'point', latitude: 32.95, longitude: -96.89 } }),
    );
    expect(point.statusCode, point.body).toBe(201);
    expect(point.json().incident.location).toEqual({
      latitude: 32.95,
      longitude: -96.89,
      precision: 'exact',
    });

    const address = await report(s.headers.liaison, {
      organization: s.org.slug,
      type: 'vandalism',
      occurredAt: new Date().toISOString(),
      place: { kind: 'address', address: '2625 Old Denton Rd', zip: '75006' },
      description: 'Graffiti on the back wall.',
    });
    expect(address.statusCode, address.body).toBe(201);
    const { incident } = address.json();
    expect(incident.address).toBe('2625 Old Denton Rd, Carrollton, TX 75006');
    expect(incident.business).toBeNull();
    expect(Math.abs(incident.location.latitude - 32.96)).toBeLessThan(0.1);
  });

  it.each([
    ['an unknown type', { type: 'riot' }, 'type'],
    ['a time in the future', { occurredAt: new Date(Date.now() + 60 * MINUTE).toISOString() }, 'occurredAt'],
    [
      'a time two years ago',
      { occurredAt: new Date(Date.now() - 730 * 86_400_000).toISOString() },
      'occurredAt',
    ],
    ['not a time', { occurredAt: 'yesterday' }, 'occurredAt'],
    [
      'a latitude outside the earth',
      { place: { kind: 'point', latitude: 91, longitude: -96.8 } },
      'place.latitude',
    ],
    [
      'a longitude outside the earth',
      { place: { kind: 'point', latitude: 32.8, longitude: -181 } },
      'place.longitude',
    ],
    ['a point without coordinates', { place: { kind: 'point' } }, 'place.latitude'],
    ['an unknown ZIP', { place: { kind: 'address', address: '1 Main St', zip: '00000' } }, 'place.zip'],
    ['an address without its ZIP', { place: { kind: 'address', address: '1 Main St' } }, 'place.zip'],
    [
      'a suspect described by ethnicity',
      { suspects: [{ clothing: 'red cap', ethnicity: 'x' }] },
      'suspects.0.ethnicity',
    ],
    ['a suspect described by religion', { suspects: [{ religion: 'x' }] }, 'suspects.0.religion'],
    ['an unknown top-level field', { race: 'x' }, 'race'],
    ['a blank description', { description: '   ' }, 'description'],
    ['a phone with letters', { contactPhone: 'call me maybe' }, 'contactPhone'],
  ])('refuses %s with a 400 in the caller’s language, storing nothing', async (_name, extra, field) => {
    const res = await report(s.headers.owner, robbery(extra));
    expect(res.statusCode, res.body).toBe(400);
    const { error } = res.json();
    expect(error.code).toBe('validation_failed');
    expect(Object.keys(error.fields)).toContain(field);
    // The owner's account is Korean.
    expect(error.fields[field]).toMatch(/[가-힣]/);
    expect(await incidentCount()).toBe(0);
  });

  it('accepts a few minutes of clock skew', async () => {
    const res = await report(
      s.headers.owner,
      robbery({ occurredAt: new Date(Date.now() + 2 * MINUTE).toISOString() }),
    );
    expect(res.statusCode, res.body).toBe(201);
  });

  it('lets only the store’s people, or the organization’s liaisons and admins, report', async () => {
    expect((await report(s.headers.neighbour, robbery())).statusCode).toBe(403);
    expect((await report(s.headers.outsider, robbery())).statusCode).toBe(403);
    const noStore = {
      organization: s.org.slug,
      type: 'fraud',
      occurredAt: new Date().toISOString(),
      place: { kind: 'point', latitude: 32.8, longitude: -96.8 },
      description: 'Fake invoice',
    };
    expect((await report(s.headers.neighbour, noStore)).statusCode).toBe(403);
    expect((await report(s.headers.admin, noStore)).statusCode).toBe(201);
    const storeless = await report(s.headers.admin, { ...noStore, place: { kind: 'business' } });
    expect(storeless.statusCode).toBe(400);
    expect(Object.keys(storeless.json().error.fields)).toEqual(['place.kind']);
    const elsewhere = await report(s.headers.owner, robbery({ organization: s.other.slug }));
    expect(elsewhere.statusCode).toBe(400);
    expect(await incidentCount()).toBe(1);
  });
});
