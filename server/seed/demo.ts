import type { Transaction } from 'kysely';
import type { Db, DbOrTrx } from '../platform/db/database.ts';
import type { Database } from '../platform/db/schema.ts';
import { hashPassword } from '../platform/auth/password.ts';
import { hashSecret, inDays, newId, newSecret } from '../platform/auth/secrets.ts';
import { geocodeZip } from '../platform/geocode.ts';
import { reindexBusinesses } from '../modules/search/indexing.ts';
import { demoStoreMembers } from './members-stores.ts';
import { demoProfessionalMembers } from './members-professional.ts';
import { demoRestaurantMembers } from './members-restaurants.ts';
import { demoOrganizations } from './organizations.ts';
import { demoPartners } from './partners.ts';
import { DEMO_PASSWORD, demoPeople } from './people.ts';
import { seedSafetyIncidents } from './safety-incidents.ts';
import { seedSafetyAlerts } from './safety-alerts.ts';
import { seedDemoInventory } from './inventory.ts';
import { seedDemoGatherings } from './gatherings.ts';
import { seedDemoActionTeams } from './action-teams.ts';
import { seedDemoMarketEntry } from './market-entry.ts';
import { seedDemoServicesDesk } from './services-desk.ts';
import { demoApplications, demoInvitations } from './requests.ts';
import { insertSafetyAssessments } from './safety-assessments.ts';
import type { DemoBusiness } from './types.ts';

/** What the seed wrote, for the start-up banner. */
export interface SeedSummary {
  organizations: number;
  businesses: number;
  members: number;
  partners: number;
  offers: number;
  needs: number;
  users: number;
  applications: number;
  invitations: number;
  password: string;
  accounts: { email: string; purpose: string }[];
}

type Trx = Transaction<Database>;
type Ids = Map<string, string>;

export const demoMembers: DemoBusiness[] = [
  ...demoStoreMembers,
  ...demoRestaurantMembers,
  ...demoProfessionalMembers,
];

/** The demo is only written into a database with no organizations: it never mixes with real data. */
export async function isDatabaseEmpty(db: DbOrTrx): Promise<boolean> {
  const row = await db
    .selectFrom('organizations')
    .select((eb) => eb.fn.countAll().as('count'))
    .executeTakeFirst();
  return Number(row?.count ?? 0) === 0;
}

/** Writes the demo Dallas federation in one transaction; throws, writing nothing, if the database has data. */
export async function seedDemoFederation(db: Db): Promise<SeedSummary> {
  // argon2id is deliberately slow: hash once, outside the transaction, and share it.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  return db.transaction().execute(async (trx) => {
    if (!(await isDatabaseEmpty(trx))) {
      throw new Error(
        'The database already has organizations; the demo federation is only seeded into an empty one.',
      );
    }
    const orgIds = await insertOrganizations(trx);
    const userIds = await insertPeople(trx, passwordHash, orgIds);
    const pillarIds = await loadPillarIds(trx);
    const businessIds = await insertBusinesses(trx, orgIds);
    const { offers, needs } = await insertOffersAndNeeds(trx, businessIds, pillarIds);
    await insertOwners(trx, businessIds, userIds);
    await insertSafetyAssessments(trx, businessIds, userIds);
    await reindexBusinesses(trx, [...businessIds.values()], { fresh: true });
    await insertRequests(trx, orgIds, userIds);
    await seedSafetyIncidents(trx);
    await seedSafetyAlerts(trx);
    await seedDemoInventory(
      trx,
      idFor(businessIds, 'han-mart'),
      idFor(userIds, 'owner@hanmart.example'),
      new Date(),
    );
    await seedDemoGatherings(trx, new Date());
    await seedDemoActionTeams(trx, passwordHash, new Date());
    await seedDemoMarketEntry(trx, new Date());
    await seedDemoServicesDesk(trx, passwordHash, new Date());
    return {
      organizations: demoOrganizations.length,
      businesses: demoMembers.length + demoPartners.length,
      members: demoMembers.length,
      partners: demoPartners.length,
      offers,
      needs,
      users: demoPeople.length,
      applications: demoApplications.length,
      invitations: demoInvitations.length,
      password: DEMO_PASSWORD,
      accounts: demoPeople.map((p) => ({ email: p.email, purpose: p.purpose })),
    };
  });
}

/** The id given to a slug, e-mail or pillar key; a miss is a mistake in the demo data, so it stops the seed. */
function idFor(ids: Ids, key: string): string {
  const id = ids.get(key);
  if (!id) {
    throw new Error(`The demo data refers to "${key}", which does not exist`);
  }
  return id;
}

/** Spreads creation dates over the past months so lists sorted by date look lived-in. */
function daysAgo(days: number): string {
  return inDays(-days);
}

async function insertOrganizations(trx: Trx): Promise<Ids> {
  const ids: Ids = new Map(demoOrganizations.map((o) => [o.slug, newId()]));
  await trx
    .insertInto('organizations')
    .values(
      demoOrganizations.map((o, index) => ({
        id: idFor(ids, o.slug),
        slug: o.slug,
        kind: o.kind,
        name_ko: o.nameKo,
        name_en: o.nameEn,
        description_ko: o.descriptionKo,
        description_en: o.descriptionEn,
        website: o.website,
        created_at: daysAgo(400 - index * 30),
      })),
    )
    .execute();
  return ids;
}

async function insertPeople(trx: Trx, passwordHash: string, orgIds: Ids): Promise<Ids> {
  const ids: Ids = new Map(demoPeople.map((p) => [p.email, newId()]));
  const createdAt = daysAgo(120);
  await trx
    .insertInto('users')
    .values(
      demoPeople.map((p) => ({
        id: idFor(ids, p.email),
        email: p.email,
        password_hash: passwordHash,
        name: p.name,
        locale: p.locale,
        is_platform_admin: p.platformAdmin ? 1 : 0,
        created_at: createdAt,
        updated_at: createdAt,
      })),
    )
    .execute();
  const memberships = demoPeople.flatMap((p) =>
    p.memberships.map((m) => ({
      id: newId(),
      organization_id: idFor(orgIds, m.org),
      user_id: idFor(ids, p.email),
      role: m.role,
      status: 'active' as const,
      created_at: createdAt,
    })),
  );
  await trx.insertInto('memberships').values(memberships).execute();
  return ids;
}

async function loadPillarIds(trx: Trx): Promise<Ids> {
  const rows = await trx.selectFrom('pillars').select(['id', 'key']).execute();
  return new Map(rows.map((r) => [r.key, r.id]));
}

async function insertBusinesses(trx: Trx, orgIds: Ids): Promise<Ids> {
  const all = [
    ...demoMembers.map((b) => ({ kind: 'member' as const, b })),
    ...demoPartners.map((b) => ({ kind: 'partner' as const, b })),
  ];
  const ids: Ids = new Map(all.map(({ b }) => [b.slug, newId()]));
  const rows = all.map(({ kind, b }, index) => {
    const location = geocodeZip(b.zip);
    if (!location) {
      throw new Error(`Demo business ${b.slug} has an unknown ZIP ${b.zip}`);
    }
    const hidden = new Set(b.privateFields ?? []);
    const createdAt = daysAgo(90 - index);
    return {
      id: idFor(ids, b.slug),
      slug: b.slug,
      kind,
      name_ko: b.nameKo,
      name_en: b.nameEn,
      description_ko: b.descriptionKo,
      description_en: b.descriptionEn,
      industry: b.industry,
      address: b.address,
      city: b.city,
      state: 'TX',
      zip: b.zip,
      latitude: location.latitude,
      longitude: location.longitude,
      phone: b.phone,
      email: b.email,
      website: b.website,
      languages: JSON.stringify(b.languages),
      phone_public: hidden.has('phone') ? 0 : 1,
      email_public: hidden.has('email') ? 0 : 1,
      address_public: hidden.has('address') ? 0 : 1,
      website_public: hidden.has('website') ? 0 : 1,
      logo_path: null,
      created_at: createdAt,
      updated_at: createdAt,
    };
  });
  await trx.insertInto('businesses').values(rows).execute();
  const links = all.flatMap(({ b }, index) =>
    b.orgs.map((org) => ({
      business_id: idFor(ids, b.slug),
      organization_id: idFor(orgIds, org),
      created_at: daysAgo(90 - index),
    })),
  );
  await trx.insertInto('business_organizations').values(links).execute();
  return ids;
}

async function insertOffersAndNeeds(
  trx: Trx,
  businessIds: Ids,
  pillarIds: Ids,
): Promise<{ offers: number; needs: number }> {
  const all = [...demoMembers, ...demoPartners];
  const createdAt = daysAgo(30);
  const offers = all.flatMap((b) =>
    (b.offers ?? []).map((o) => ({
      id: newId(),
      business_id: idFor(businessIds, b.slug),
      pillar_id: idFor(pillarIds, o.pillar),
      description_ko: o.ko,
      description_en: o.en,
      radius_miles: o.radiusMiles,
      languages: JSON.stringify(o.languages ?? b.languages),
      price_hint: o.priceHint,
      created_at: createdAt,
    })),
  );
  const needs = all.flatMap((b) =>
    (b.needs ?? []).map((n) => ({
      id: newId(),
      business_id: idFor(businessIds, b.slug),
      pillar_id: idFor(pillarIds, n.pillar),
      description_ko: n.ko,
      description_en: n.en,
      urgency: n.urgency,
      created_at: createdAt,
    })),
  );
  await trx.insertInto('offers').values(offers).execute();
  await trx.insertInto('needs').values(needs).execute();
  return { offers: offers.length, needs: needs.length };
}

async function insertOwners(trx: Trx, businessIds: Ids, userIds: Ids): Promise<void> {
  const owners = demoPeople.flatMap((p) =>
    (p.owns ?? []).map((slug) => ({
      business_id: idFor(businessIds, slug),
      user_id: idFor(userIds, p.email),
      role: 'owner' as const,
    })),
  );
  await trx.insertInto('business_users').values(owners).execute();
}

async function insertRequests(trx: Trx, orgIds: Ids, userIds: Ids): Promise<void> {
  await trx
    .insertInto('applications')
    .values(
      demoApplications.map((a, index) => ({
        id: newId(),
        organization_id: idFor(orgIds, a.org),
        email: a.email,
        name: a.name,
        business_name: a.businessName,
        message: a.message,
        locale: a.locale,
        status: 'pending' as const,
        decided_by: null,
        decided_at: null,
        created_at: daysAgo(3 - index),
      })),
    )
    .execute();
  // Nobody holds the link: only the hash of a random secret is stored, as for real invitations.
  await trx
    .insertInto('invitations')
    .values(
      demoInvitations.map((i) => ({
        id: newId(),
        organization_id: idFor(orgIds, i.org),
        email: i.email,
        role: i.role,
        token_hash: hashSecret(newSecret()),
        invited_by: idFor(userIds, i.invitedBy),
        application_id: null,
        expires_at: inDays(14),
        accepted_at: null,
        revoked_at: null,
        created_at: daysAgo(1),
      })),
    )
    .execute();
}
