import { romanize } from 'es-hangul';
import type { Caller } from '../../platform/auth/caller.ts';
import { can, type Scope } from '../../platform/auth/policies.ts';
import type { DbOrTrx } from '../../platform/db/database.ts';
import type { Business, BusinessKind, BusinessUpdate } from '../../platform/db/schema.ts';
import { AppError } from '../../platform/errors.ts';
import { geocodeZip } from '../../platform/geocode.ts';
import { reindexBusiness } from '../search/indexing.ts';
import { fieldMessages } from './messages.ts';
import { parseLanguages, presentNeed, presentOffer, presentProfile } from './presenter.ts';
import * as queries from './queries.ts';
import type {
  NeedCreateBody,
  NeedUpdateBody,
  OfferCreateBody,
  OfferUpdateBody,
  ProfileResponse,
  ProfileUpdateBody,
} from './schema.ts';

const DEFAULT_RADIUS_MILES = 25;

export interface BusinessAccess {
  business: Business;
  organizations: Awaited<ReturnType<typeof queries.businessOrganizations>>;
  /** The policy scope for 'business.edit': owners/staff, admins of its organizations, platform admins. */
  scope: Scope;
  canEdit: boolean;
}

export async function accessBusiness(db: DbOrTrx, caller: Caller, slug: string): Promise<BusinessAccess> {
  const business = await queries.findBusinessBySlug(db, slug);
  if (!business) {
    throw new AppError('not_found');
  }
  const organizations = await queries.businessOrganizations(db, business.id);
  const isBusinessMember =
    caller.kind === 'user' && (await queries.isBusinessUser(db, business.id, caller.userId));
  const scope: Scope = { isBusinessMember, businessOrganizationIds: organizations.map((o) => o.id) };
  return { business, organizations, scope, canEdit: can(caller, 'business.edit', scope) };
}

export async function loadProfile(db: DbOrTrx, access: BusinessAccess): Promise<ProfileResponse> {
  // Sequential on purpose: a transaction holds one connection.
  const business = await queries.findBusinessBySlug(db, access.business.slug);
  const offers = await queries.listOffers(db, access.business.id);
  const needs = await queries.listNeeds(db, access.business.id);
  return presentProfile({
    business: business ?? access.business,
    organizations: access.organizations,
    offers,
    needs,
    canEdit: access.canEdit,
  });
}

/** Geocodes a new ZIP; city and state follow the ZIP unless the same request sets them. */
function locationUpdate(body: ProfileUpdateBody): BusinessUpdate {
  if (body.zip === undefined) {
    return {};
  }
  if (body.zip === '') {
    return { zip: '', latitude: null, longitude: null };
  }
  const location = geocodeZip(body.zip);
  if (!location) {
    throw new AppError('validation_failed', { fields: { zip: fieldMessages.zipUnknown } });
  }
  return {
    zip: location.zip,
    latitude: location.latitude,
    longitude: location.longitude,
    city: body.city || location.city,
    state: body.state?.toUpperCase() || location.state,
  };
}

const flag = (value: boolean | undefined) => (value === undefined ? undefined : value ? 1 : 0);

export async function updateProfile(db: DbOrTrx, businessId: string, body: ProfileUpdateBody): Promise<void> {
  const update: BusinessUpdate = {
    name_ko: body.nameKo,
    name_en: body.nameEn,
    description_ko: body.descriptionKo,
    description_en: body.descriptionEn,
    industry: body.industry,
    address: body.address,
    city: body.city,
    state: body.state?.toUpperCase(),
    phone: body.phone,
    email: body.email,
    website: body.website,
    languages: body.languages ? JSON.stringify(body.languages) : undefined,
    phone_public: flag(body.visibility?.phone),
    email_public: flag(body.visibility?.email),
    address_public: flag(body.visibility?.address),
    website_public: flag(body.visibility?.website),
    ...locationUpdate(body),
  };
  const defined = Object.fromEntries(
    Object.entries(update).filter(([, v]) => v !== undefined),
  ) as BusinessUpdate;
  await queries.updateBusiness(db, businessId, defined);
  await reindexBusiness(db, businessId);
}

/** "Han's Beauty Supply!" → "hans-beauty-supply", "한빛 마트" → "hanbit-mateu"; else "business". */
export function slugFromName(name: string): string {
  const base = romanize(name)
    .toLowerCase()
    .normalize('NFKD')
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/g, '');
  return base || 'business';
}

export async function uniqueSlug(db: DbOrTrx, name: string): Promise<string> {
  const base = slugFromName(name);
  const taken = new Set(await queries.slugsStartingWith(db, base));
  if (!taken.has(base)) {
    return base;
  }
  let n = 2;
  while (taken.has(`${base}-${n}`)) {
    n += 1;
  }
  return `${base}-${n}`;
}

/** A new business owned by the user in one organization (accepting an invitation creates one). */
export async function createBusinessForUser(
  db: DbOrTrx,
  input: { userId: string; organizationId: string; kind: BusinessKind; nameKo: string; nameEn: string },
): Promise<{ id: string; slug: string }> {
  const nameEn = input.nameEn.trim() || input.nameKo.trim();
  const nameKo = input.nameKo.trim() || nameEn;
  const created = await queries.insertBusiness(db, {
    slug: await uniqueSlug(db, nameEn),
    kind: input.kind,
    nameKo,
    nameEn,
    ownerId: input.userId,
    organizationIds: [input.organizationId],
  });
  await reindexBusiness(db, created.id);
  return created;
}

/** A pillar an offer or need may point at: it must exist, and a retired one only if it was already chosen. */
export async function assertPillarUsable(
  db: DbOrTrx,
  pillarId: string,
  currentPillarId?: string,
): Promise<void> {
  const pillar = await queries.findPillar(db, pillarId);
  if (!pillar) {
    throw new AppError('validation_failed', { fields: { pillarId: fieldMessages.pillarUnknown } });
  }
  if (pillar.retired === 1 && pillarId !== currentPillarId) {
    throw new AppError('validation_failed', { fields: { pillarId: fieldMessages.pillarRetired } });
  }
}

export function assertDescribed(descriptionKo: string, descriptionEn: string): void {
  if (descriptionKo.trim() === '' && descriptionEn.trim() === '') {
    throw new AppError('validation_failed', { fields: { descriptionKo: fieldMessages.descriptionMissing } });
  }
}

export async function createOffer(db: DbOrTrx, businessId: string, body: OfferCreateBody) {
  await assertPillarUsable(db, body.pillarId);
  const values = {
    pillarId: body.pillarId,
    descriptionKo: body.descriptionKo ?? '',
    descriptionEn: body.descriptionEn ?? '',
    radiusMiles: body.radiusMiles ?? DEFAULT_RADIUS_MILES,
    languages: body.languages ?? [],
    priceHint: body.priceHint ?? '',
  };
  assertDescribed(values.descriptionKo, values.descriptionEn);
  const id = await queries.insertOffer(db, businessId, values);
  await reindexBusiness(db, businessId);
  return presentOffer(await requireOffer(db, businessId, id));
}

async function requireOffer(db: DbOrTrx, businessId: string, id: string) {
  const offer = await queries.findOffer(db, businessId, id);
  if (!offer) {
    throw new AppError('not_found');
  }
  return offer;
}

export async function changeOffer(db: DbOrTrx, businessId: string, id: string, body: OfferUpdateBody) {
  const current = await requireOffer(db, businessId, id);
  const values = {
    pillarId: body.pillarId ?? current.pillar_id,
    descriptionKo: body.descriptionKo ?? current.description_ko,
    descriptionEn: body.descriptionEn ?? current.description_en,
    radiusMiles: body.radiusMiles ?? Number(current.radius_miles),
    languages: body.languages ?? parseLanguages(current.languages),
    priceHint: body.priceHint ?? current.price_hint,
  };
  await assertPillarUsable(db, values.pillarId, current.pillar_id);
  assertDescribed(values.descriptionKo, values.descriptionEn);
  await queries.updateOffer(db, id, values);
  await reindexBusiness(db, businessId);
  return presentOffer(await requireOffer(db, businessId, id));
}

export async function removeOffer(db: DbOrTrx, businessId: string, id: string): Promise<void> {
  await requireOffer(db, businessId, id);
  await queries.deleteOffer(db, id);
  await reindexBusiness(db, businessId);
}

async function requireNeed(db: DbOrTrx, businessId: string, id: string) {
  const need = await queries.findNeed(db, businessId, id);
  if (!need) {
    throw new AppError('not_found');
  }
  return need;
}

export async function createNeed(db: DbOrTrx, businessId: string, body: NeedCreateBody) {
  await assertPillarUsable(db, body.pillarId);
  const values = {
    pillarId: body.pillarId,
    descriptionKo: body.descriptionKo ?? '',
    descriptionEn: body.descriptionEn ?? '',
    urgency: body.urgency ?? 'medium',
  };
  assertDescribed(values.descriptionKo, values.descriptionEn);
  const id = await queries.insertNeed(db, businessId, values);
  await reindexBusiness(db, businessId);
  return presentNeed(await requireNeed(db, businessId, id));
}

export async function changeNeed(db: DbOrTrx, businessId: string, id: string, body: NeedUpdateBody) {
  const current = await requireNeed(db, businessId, id);
  const values = {
    pillarId: body.pillarId ?? current.pillar_id,
    descriptionKo: body.descriptionKo ?? current.description_ko,
    descriptionEn: body.descriptionEn ?? current.description_en,
    urgency: body.urgency ?? current.urgency,
  };
  await assertPillarUsable(db, values.pillarId, current.pillar_id);
  assertDescribed(values.descriptionKo, values.descriptionEn);
  await queries.updateNeed(db, id, values);
  await reindexBusiness(db, businessId);
  return presentNeed(await requireNeed(db, businessId, id));
}

export async function removeNeed(db: DbOrTrx, businessId: string, id: string): Promise<void> {
  await requireNeed(db, businessId, id);
  await queries.deleteNeed(db, id);
  await reindexBusiness(db, businessId);
}
