import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialects, openTestDatabase } from '../../test/harness.ts';
import { verifyPassword } from '../platform/auth/password.ts';
import type { DatabaseHandle } from '../platform/db/database.ts';
import { isDatabaseEmpty, seedDemoFederation, type SeedSummary } from './demo.ts';
import { industryKeys } from '../modules/businesses/industries.ts';
import { DEMO_PASSWORD } from './people.ts';

const HANGUL = /[\uAC00-\uD7A3]/;

describe.each(dialects)('demo federation seed on %s', (dialect) => {
  let handle: DatabaseHandle;
  let summary: SeedSummary;
  let elapsedMs: number;

  beforeAll(async () => {
    handle = await openTestDatabase(dialect);
    expect(await isDatabaseEmpty(handle.db)).toBe(true);
    const started = Date.now();
    summary = await seedDemoFederation(handle.db);
    elapsedMs = Date.now() - started;
  });
  afterAll(() => handle.close());

  it('creates the three organizations quickly', async () => {
    const orgs = await handle.db
      .selectFrom('organizations')
      .select(['slug', 'kind'])
      .orderBy('slug')
      .execute();
    expect(orgs).toEqual([
      { slug: 'concierge-committee', kind: 'committee' },
      { slug: 'kacc-dallas', kind: 'chamber' },
      { slug: 'richardson-chamber', kind: 'chamber' },
    ]);
    expect(summary.organizations).toBe(3);
    expect(elapsedMs).toBeLessThan(10_000);
    expect(await isDatabaseEmpty(handle.db)).toBe(false);
  });

  it('creates about sixty bilingual businesses, each in an organization, at geocoded ZIPs', async () => {
    const businesses = await handle.db.selectFrom('businesses').selectAll().execute();
    expect(businesses.length).toBeGreaterThanOrEqual(55);
    expect(businesses.length).toBe(summary.businesses);
    expect(businesses.filter((b) => b.kind === 'partner').length).toBeGreaterThanOrEqual(15);
    for (const b of businesses) {
      expect(b.name_ko, b.slug).toMatch(HANGUL);
      expect(b.description_ko, b.slug).toMatch(HANGUL);
      expect(b.name_en, b.slug).toMatch(/[A-Za-z]/);
      expect(`${b.name_en} ${b.description_en}`, b.slug).not.toMatch(HANGUL);
      expect(b.description_en.length, b.slug).toBeGreaterThan(20);
      expect(b.zip, b.slug).toMatch(/^75\d{3}$/);
      expect(b.latitude, b.slug).toBeGreaterThan(32.5);
      expect(b.latitude, b.slug).toBeLessThan(33.3);
      expect(b.longitude, b.slug).toBeGreaterThan(-97.2);
      expect(b.longitude, b.slug).toBeLessThan(-96.5);
      expect(b.phone, b.slug).toMatch(/^(214|469|972)-555-01\d\d$/);
      expect(b.email, b.slug).toMatch(/\.example$/);
      // The profile editor must accept what the seed wrote.
      expect(industryKeys, b.slug).toContain(b.industry);
      expect(b.name_ko.length + b.name_en.length, b.slug).toBeLessThanOrEqual(240);
    }
    const linked = await handle.db
      .selectFrom('business_organizations')
      .select('business_id')
      .distinct()
      .execute();
    expect(linked.length).toBe(businesses.length);
    const hanMart = businesses.find((b) => b.slug === 'han-mart');
    expect(hanMart).toMatchObject({
      name_ko: '한마트',
      name_en: 'Han Mart',
      city: 'Carrollton',
      zip: '75006',
    });
    expect(businesses.some((b) => b.email_public === 0)).toBe(true);
    expect(businesses.some((b) => b.email_public === 1)).toBe(true);
  });

  it('gives every pillar both offers and needs', async () => {
    const pillars = await handle.db.selectFrom('pillars').select(['id', 'key']).execute();
    expect(pillars.length).toBe(8);
    const offers = await handle.db.selectFrom('offers').select(['pillar_id', 'radius_miles']).execute();
    const needs = await handle.db.selectFrom('needs').select(['pillar_id', 'urgency']).execute();
    for (const pillar of pillars) {
      expect(
        offers.some((o) => o.pillar_id === pillar.id),
        `offers for ${pillar.key}`,
      ).toBe(true);
      expect(
        needs.some((n) => n.pillar_id === pillar.id),
        `needs for ${pillar.key}`,
      ).toBe(true);
    }
    expect(offers.length).toBe(summary.offers);
    expect(offers.every((o) => o.radius_miles > 0 && o.radius_miles <= 500)).toBe(true);
    expect(needs.length).toBe(summary.needs);
    expect(new Set(needs.map((n) => n.urgency))).toEqual(new Set(['low', 'medium', 'high']));
  });

  it('creates the demo accounts with their roles and the shared password', async () => {
    const memberships = await handle.db
      .selectFrom('memberships')
      .innerJoin('users', 'users.id', 'memberships.user_id')
      .innerJoin('organizations', 'organizations.id', 'memberships.organization_id')
      .select(['users.email', 'organizations.slug', 'memberships.role'])
      .execute();
    const has = (email: string, slug: string, role: string) =>
      memberships.some((m) => m.email === email && m.slug === slug && m.role === role);
    expect(has('staff@kaccdallas.org', 'kacc-dallas', 'admin')).toBe(true);
    expect(has('staff@richardsonchamber.org', 'richardson-chamber', 'admin')).toBe(true);
    expect(has('staff@concierge.example', 'concierge-committee', 'admin')).toBe(true);
    expect(has('owner@hanmart.example', 'kacc-dallas', 'member')).toBe(true);
    expect(has('partner@securekorea.example', 'kacc-dallas', 'partner')).toBe(true);
    expect(has('partner@securekorea.example', 'richardson-chamber', 'partner')).toBe(true);
    expect(has('liaison@dallaspolice.example', 'kacc-dallas', 'liaison')).toBe(true);

    const admin = await handle.db
      .selectFrom('users')
      .selectAll()
      .where('email', '=', 'admin@dari.local')
      .executeTakeFirstOrThrow();
    expect(admin).toMatchObject({ name: 'Dari Admin', is_platform_admin: 1 });
    expect(await verifyPassword(admin.password_hash, DEMO_PASSWORD)).toBe(true);
    const staff = await handle.db
      .selectFrom('users')
      .select(['name', 'locale'])
      .where('email', '=', 'staff@kaccdallas.org')
      .executeTakeFirstOrThrow();
    expect(staff).toEqual({ name: '김지현', locale: 'ko' });

    const owned = await handle.db
      .selectFrom('business_users')
      .innerJoin('users', 'users.id', 'business_users.user_id')
      .innerJoin('businesses', 'businesses.id', 'business_users.business_id')
      .select(['users.email', 'businesses.slug', 'businesses.kind'])
      .execute();
    expect(owned).toContainEqual({ email: 'owner@hanmart.example', slug: 'han-mart', kind: 'member' });
    expect(owned).toContainEqual({
      email: 'partner@securekorea.example',
      slug: 'secure-korea',
      kind: 'partner',
    });
  });

  it('leaves pending applications and an invitation for the admins', async () => {
    const applications = await handle.db.selectFrom('applications').select('status').execute();
    expect(applications.length).toBeGreaterThanOrEqual(2);
    expect(applications.every((a) => a.status === 'pending')).toBe(true);
    const invitations = await handle.db.selectFrom('invitations').selectAll().execute();
    expect(invitations).toHaveLength(1);
    expect(invitations[0]?.token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(invitations[0]?.accepted_at).toBeNull();
  });

  it('refuses to seed a database that already has organizations, changing nothing', async () => {
    const before = await handle.db.selectFrom('businesses').select('id').execute();
    await expect(seedDemoFederation(handle.db)).rejects.toThrow(/already has organizations/);
    const after = await handle.db.selectFrom('businesses').select('id').execute();
    expect(after.length).toBe(before.length);
  });
});
