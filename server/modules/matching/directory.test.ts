import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, dialects, type TestApp } from '../../../test/harness.ts';
import type { Db } from '../../platform/db/database.ts';
import { reindexAll, reindexBusinesses } from '../search/indexing.ts';
import {
  addIntroduction,
  addNeed,
  addOffer,
  namedOrganization,
  pillarId,
  placeBusiness,
} from './matching.fixture.ts';
import { matchesFor } from './service.ts';

/*
 * Matching reads offers and needs from an in-memory directory. It must follow every change the
 * services announce (reindexBusinesses), including on the first match after a rebuild.
 */

// A day ahead of the clock: introductions written during the test are in the past by then.
const NOW = new Date(Date.now() + 86_400_000);

async function scene(db: Db) {
  const chamber = await namedOrganization(db, 'City Chamber', '시 상공회의소');
  const inventory = await pillarId(db, 'inventory');
  const store = await placeBusiness(db, {
    organizationIds: [chamber.id],
    nameEn: 'Hanbit Mart',
    kind: 'member',
    milesNorth: 0,
    languages: ['ko', 'en'],
    industry: 'grocery',
  });
  await addNeed(db, store.id, inventory, { ko: '재고 관리 비용 절감', en: 'Reduce inventory costs' });
  const nearby = await placeBusiness(db, {
    organizationIds: [chamber.id],
    nameEn: 'Nearby Consulting',
    milesNorth: 2,
    languages: ['en'],
    industry: 'consulting',
  });
  await addOffer(db, nearby.id, inventory, { ko: '', en: 'Shelf planning' });
  const row = await db
    .selectFrom('businesses')
    .selectAll()
    .where('id', '=', store.id)
    .executeTakeFirstOrThrow();
  return { chamber, inventory, store: row, nearby };
}

async function suggested(db: Db, store: Awaited<ReturnType<typeof scene>>['store']) {
  const result = await matchesFor(db, store, 'en', NOW);
  return result.needs[0]?.candidates.map((c) => c.business.nameEn) ?? [];
}

describe.each(dialects)('the matching directory on %s', (dialect) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp(dialect);
  });
  afterEach(() => t.close());

  it('sees a business announced after the directory was built, and its changes', async () => {
    const db = t.handle.db;
    const { chamber, inventory, store } = await scene(db);
    expect(await suggested(db, store)).toEqual(['Nearby Consulting']);

    const expert = await placeBusiness(db, {
      organizationIds: [chamber.id],
      nameEn: 'Inventory Experts',
      milesNorth: 1,
      languages: ['ko', 'en'],
      industry: 'consulting',
    });
    const offer = await addOffer(db, expert.id, inventory, {
      ko: '재고 관리 비용 절감 컨설팅',
      en: 'Inventory cost reduction consulting',
    });
    await reindexBusinesses(db, [expert.id]);
    expect(await suggested(db, store)).toEqual(['Inventory Experts', 'Nearby Consulting']);

    // Moved out of its own 25-mile radius: no longer a candidate.
    await db.updateTable('businesses').set({ latitude: 40 }).where('id', '=', expert.id).execute();
    await reindexBusinesses(db, [expert.id]);
    expect(await suggested(db, store)).toEqual(['Nearby Consulting']);

    await db
      .updateTable('businesses')
      .set({ latitude: store.latitude })
      .where('id', '=', expert.id)
      .execute();
    await db.deleteFrom('offers').where('id', '=', offer).execute();
    await reindexBusinesses(db, [expert.id]);
    expect(await suggested(db, store)).toEqual(['Nearby Consulting']);
  });

  it('counts introductions received after the directory was built', async () => {
    const db = t.handle.db;
    const { chamber, inventory, store } = await scene(db);
    const text = { ko: '재고 관리 비용 절감 컨설팅', en: 'Inventory cost reduction consulting' };
    const near: string[] = [];
    for (let n = 0; n < 10; n += 1) {
      const partner = await placeBusiness(db, {
        organizationIds: [chamber.id],
        nameEn: `Near ${n}`,
        milesNorth: 1,
        languages: ['ko', 'en'],
        industry: 'consulting',
      });
      await addOffer(db, partner.id, inventory, text);
      near.push(partner.id);
    }
    const farther = await placeBusiness(db, {
      organizationIds: [chamber.id],
      nameEn: 'Farther But Responsive',
      milesNorth: 3,
      languages: ['ko', 'en'],
      industry: 'consulting',
    });
    await addOffer(db, farther.id, inventory, text);
    await reindexBusinesses(db, [...near, farther.id]);
    expect(await suggested(db, store)).not.toContain('Farther But Responsive');

    // Ten introductions, written now as the service writes them, answered within hours: a history
    // worth more than the two miles.
    const written = new Date();
    for (const from of near) {
      await addIntroduction(db, from, farther.id, written.toISOString(), {
        respondedAt: new Date(written.getTime() + 8 * 3_600_000).toISOString(),
        stage: 'accepted',
      });
    }
    expect((await suggested(db, store))[0]).toBe('Farther But Responsive');
  });

  it('rebuilds when the whole index was rewritten', async () => {
    const db = t.handle.db;
    const { store, nearby } = await scene(db);
    expect(await suggested(db, store)).toEqual(['Nearby Consulting']);
    await db
      .updateTable('businesses')
      .set({ name_en: 'Renamed Consulting' })
      .where('id', '=', nearby.id)
      .execute();
    await reindexAll(db);
    expect(await suggested(db, store)).toEqual(['Renamed Consulting']);
  });
});
