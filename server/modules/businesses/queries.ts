import type { DbOrTrx } from '../../platform/db/database.ts';
import type { BusinessKind, BusinessUpdate, Urgency } from '../../platform/db/schema.ts';
import { newId, now } from '../../platform/auth/secrets.ts';

export function findBusinessBySlug(db: DbOrTrx, slug: string) {
  return db.selectFrom('businesses').selectAll().where('slug', '=', slug).executeTakeFirst();
}

export function businessOrganizations(db: DbOrTrx, businessId: string) {
  return db
    .selectFrom('business_organizations')
    .innerJoin('organizations', 'organizations.id', 'business_organizations.organization_id')
    .select(['organizations.id', 'organizations.slug', 'organizations.name_ko', 'organizations.name_en'])
    .where('business_organizations.business_id', '=', businessId)
    .orderBy('organizations.name_en')
    .execute();
}

export async function belongsToOrganization(db: DbOrTrx, businessId: string, organizationId: string) {
  const row = await db
    .selectFrom('business_organizations')
    .select('business_id')
    .where('business_id', '=', businessId)
    .where('organization_id', '=', organizationId)
    .executeTakeFirst();
  return row !== undefined;
}

export async function isBusinessUser(db: DbOrTrx, businessId: string, userId: string): Promise<boolean> {
  const row = await db
    .selectFrom('business_users')
    .select('user_id')
    .where('business_id', '=', businessId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return row !== undefined;
}

/** The first business the user owns, if any (an accepted invitation links it instead of creating one). */
export function findOwnedBusiness(db: DbOrTrx, userId: string) {
  return db
    .selectFrom('business_users')
    .innerJoin('businesses', 'businesses.id', 'business_users.business_id')
    .select(['businesses.id', 'businesses.slug'])
    .where('business_users.user_id', '=', userId)
    .where('business_users.role', '=', 'owner')
    .orderBy('businesses.created_at')
    .executeTakeFirst();
}

export async function linkBusinessToOrganization(db: DbOrTrx, businessId: string, organizationId: string) {
  const existing = await db
    .selectFrom('business_organizations')
    .select('business_id')
    .where('business_id', '=', businessId)
    .where('organization_id', '=', organizationId)
    .executeTakeFirst();
  if (!existing) {
    await db
      .insertInto('business_organizations')
      .values({ business_id: businessId, organization_id: organizationId, created_at: now() })
      .execute();
  }
}

export async function slugsStartingWith(db: DbOrTrx, base: string): Promise<string[]> {
  const rows = await db
    .selectFrom('businesses')
    .select('slug')
    .where((eb) => eb.or([eb('slug', '=', base), eb('slug', 'like', `${base}-%`)]))
    .execute();
  return rows.map((r) => r.slug);
}

export interface NewBusinessValues {
  slug: string;
  kind: BusinessKind;
  nameKo: string;
  nameEn: string;
  ownerId?: string;
  organizationIds: readonly string[];
  descriptionKo?: string;
  descriptionEn?: string;
  industry?: string;
  address?: string;
  city?: string;
  state?: string;
  zip?: string;
  latitude?: number | null;
  longitude?: number | null;
  phone?: string;
  email?: string;
  website?: string;
  languages?: readonly string[];
  visibility?: Partial<Record<'phone' | 'email' | 'address' | 'website', boolean>>;
}

const flag = (value: boolean | undefined, fallback: number) =>
  value === undefined ? fallback : value ? 1 : 0;

/** Creates a business, its owner link and its organization links. Reused by invitations and the seed. */
export async function insertBusiness(
  db: DbOrTrx,
  values: NewBusinessValues,
): Promise<{ id: string; slug: string }> {
  const id = newId();
  const timestamp = now();
  await db
    .insertInto('businesses')
    .values({
      id,
      slug: values.slug,
      kind: values.kind,
      name_ko: values.nameKo,
      name_en: values.nameEn,
      description_ko: values.descriptionKo ?? '',
      description_en: values.descriptionEn ?? '',
      industry: values.industry ?? '',
      address: values.address ?? '',
      city: values.city ?? '',
      state: values.state ?? '',
      zip: values.zip ?? '',
      latitude: values.latitude ?? null,
      longitude: values.longitude ?? null,
      phone: values.phone ?? '',
      email: values.email ?? '',
      website: values.website ?? '',
      languages: JSON.stringify(values.languages ?? []),
      phone_public: flag(values.visibility?.phone, 0),
      email_public: flag(values.visibility?.email, 0),
      address_public: flag(values.visibility?.address, 1),
      website_public: flag(values.visibility?.website, 1),
      logo_path: null,
      created_at: timestamp,
      updated_at: timestamp,
    })
    .execute();
  if (values.ownerId) {
    await db
      .insertInto('business_users')
      .values({ business_id: id, user_id: values.ownerId, role: 'owner' })
      .execute();
  }
  for (const organizationId of values.organizationIds) {
    await db
      .insertInto('business_organizations')
      .values({ business_id: id, organization_id: organizationId, created_at: timestamp })
      .execute();
  }
  return { id, slug: values.slug };
}

export async function updateBusiness(db: DbOrTrx, id: string, update: BusinessUpdate): Promise<void> {
  await db
    .updateTable('businesses')
    .set({ ...update, updated_at: now() })
    .where('id', '=', id)
    .execute();
}

export function findPillar(db: DbOrTrx, id: string) {
  return db.selectFrom('pillars').select(['id', 'retired']).where('id', '=', id).executeTakeFirst();
}

const pillarColumns = [
  'pillars.key as pillar_key',
  'pillars.name_ko as pillar_name_ko',
  'pillars.name_en as pillar_name_en',
] as const;

function offersQuery(db: DbOrTrx) {
  return db
    .selectFrom('offers')
    .innerJoin('pillars', 'pillars.id', 'offers.pillar_id')
    .selectAll('offers')
    .select(pillarColumns);
}

function needsQuery(db: DbOrTrx) {
  return db
    .selectFrom('needs')
    .innerJoin('pillars', 'pillars.id', 'needs.pillar_id')
    .selectAll('needs')
    .select(pillarColumns);
}

export type OfferRow = Awaited<ReturnType<ReturnType<typeof offersQuery>['executeTakeFirstOrThrow']>>;
export type NeedRow = Awaited<ReturnType<ReturnType<typeof needsQuery>['executeTakeFirstOrThrow']>>;

export function listOffers(db: DbOrTrx, businessId: string): Promise<OfferRow[]> {
  return offersQuery(db).where('offers.business_id', '=', businessId).orderBy('offers.created_at').execute();
}

export function listNeeds(db: DbOrTrx, businessId: string): Promise<NeedRow[]> {
  return needsQuery(db).where('needs.business_id', '=', businessId).orderBy('needs.created_at').execute();
}

export function findOffer(db: DbOrTrx, businessId: string, id: string): Promise<OfferRow | undefined> {
  return offersQuery(db)
    .where('offers.business_id', '=', businessId)
    .where('offers.id', '=', id)
    .executeTakeFirst();
}

export function findNeed(db: DbOrTrx, businessId: string, id: string): Promise<NeedRow | undefined> {
  return needsQuery(db)
    .where('needs.business_id', '=', businessId)
    .where('needs.id', '=', id)
    .executeTakeFirst();
}

/** What offers and needs both have: a pillar and a description in each language. */
interface ItemValues {
  pillarId: string;
  descriptionKo: string;
  descriptionEn: string;
}

function itemColumns(values: ItemValues) {
  return {
    pillar_id: values.pillarId,
    description_ko: values.descriptionKo,
    description_en: values.descriptionEn,
  };
}

export interface OfferValues extends ItemValues {
  radiusMiles: number;
  languages: readonly string[];
  priceHint: string;
}

/** The offer's columns as written on both insert and update. */
function offerColumns(values: OfferValues) {
  return {
    ...itemColumns(values),
    radius_miles: values.radiusMiles,
    languages: JSON.stringify(values.languages),
    price_hint: values.priceHint,
  };
}

export async function insertOffer(db: DbOrTrx, businessId: string, values: OfferValues): Promise<string> {
  const id = newId();
  await db
    .insertInto('offers')
    .values({ id, business_id: businessId, ...offerColumns(values), created_at: now() })
    .execute();
  return id;
}

export async function updateOffer(db: DbOrTrx, id: string, values: OfferValues): Promise<void> {
  await db.updateTable('offers').set(offerColumns(values)).where('id', '=', id).execute();
}

export async function deleteOffer(db: DbOrTrx, id: string): Promise<void> {
  await db.deleteFrom('offers').where('id', '=', id).execute();
}

export interface NeedValues extends ItemValues {
  urgency: Urgency;
}

/** The need's columns as written on both insert and update. */
function needColumns(values: NeedValues) {
  return { ...itemColumns(values), urgency: values.urgency };
}

export async function insertNeed(db: DbOrTrx, businessId: string, values: NeedValues): Promise<string> {
  const id = newId();
  await db
    .insertInto('needs')
    .values({ id, business_id: businessId, ...needColumns(values), created_at: now() })
    .execute();
  return id;
}

export async function updateNeed(db: DbOrTrx, id: string, values: NeedValues): Promise<void> {
  await db.updateTable('needs').set(needColumns(values)).where('id', '=', id).execute();
}

export async function deleteNeed(db: DbOrTrx, id: string): Promise<void> {
  await db.deleteFrom('needs').where('id', '=', id).execute();
}
