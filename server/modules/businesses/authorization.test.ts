import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, dialects, type TestApp } from '../../../test/harness.ts';
import { createMatrixWorld, describeMatrix, type MatrixWorld } from '../../../test/world.ts';
import { businessRoutes, freshNeed, freshOffer, logoUpload } from './authorization.cases.ts';

describeMatrix('business authorization matrix', businessRoutes, {
  setup: async (t, world) => {
    for (const business of [world.business, world.otherBusiness]) {
      const upload = await logoUpload();
      const res = await t.app.inject({
        method: 'PUT',
        url: `/api/v1/businesses/${business.slug}/logo`,
        payload: upload.payload,
        headers: { ...world.headers.platformAdmin, ...upload.headers },
      });
      expect(res.statusCode, res.body).toBe(200);
    }
  },
});

describe.each(dialects)('offers and needs of another business under an editable slug on %s', (dialect) => {
  let t: TestApp;
  let world: MatrixWorld;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    world = await createMatrixWorld(t.handle.db);
  });
  afterAll(() => t.close());

  // The owner may edit their own business; the item in the path belongs to a business in the other organization.
  it.each([
    { kind: 'offers', method: 'PATCH', payload: { priceHint: 'Hijacked' } },
    { kind: 'offers', method: 'DELETE' },
    { kind: 'needs', method: 'PATCH', payload: { urgency: 'high' } },
    { kind: 'needs', method: 'DELETE' },
  ] as const)('$method /businesses/:slug/$kind/:id is 404 and changes nothing', async (c) => {
    const db = t.handle.db;
    const id =
      c.kind === 'offers'
        ? await freshOffer(db, world.otherBusiness.id)
        : await freshNeed(db, world.otherBusiness.id);
    const res = await t.app.inject({
      method: c.method,
      url: `/api/v1/businesses/${world.business.slug}/${c.kind}/${id}`,
      headers: world.headers.owner,
      ...('payload' in c ? { payload: c.payload } : {}),
    });
    expect(res.statusCode, res.body).toBe(404);
    const row = await db.selectFrom(c.kind).selectAll().where('id', '=', id).executeTakeFirst();
    expect(row).toMatchObject({ business_id: world.otherBusiness.id });
    if (c.kind === 'offers') {
      expect(row).toMatchObject({ price_hint: '' });
    } else {
      expect(row).toMatchObject({ urgency: 'medium' });
    }
  });
});
