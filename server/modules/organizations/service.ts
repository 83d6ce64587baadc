import type { DbOrTrx } from '../../platform/db/database.ts';
import type { Organization } from '../../platform/db/schema.ts';
import { newId, now } from '../../platform/auth/secrets.ts';
import { AppError } from '../../platform/errors.ts';
import * as queries from './queries.ts';
import { presentOrganization } from './presenter.ts';
import type { CreateOrganizationBody, UpdateOrganizationBody } from './schema.ts';

/** Every org-scoped route starts here: an unknown slug is a 404 before any permission check. */
export async function organizationBySlug(db: DbOrTrx, slug: string): Promise<Organization> {
  const organization = await queries.findOrganizationBySlug(db, slug);
  if (!organization) {
    throw new AppError('not_found');
  }
  return organization;
}

export async function landing(db: DbOrTrx, organization: Organization) {
  const businesses = await queries.listOrganizationBusinesses(db, organization.id);
  const offered = await queries.listOfferedPillarKeys(
    db,
    businesses.map((b) => b.id),
  );
  return {
    ...presentOrganization(organization),
    memberCount: await queries.countActiveMembers(db, organization.id),
    businesses: businesses.map((b) => ({
      slug: b.slug,
      kind: b.kind,
      nameKo: b.name_ko,
      nameEn: b.name_en,
      industry: b.industry,
      city: b.city,
      pillarKeys: offered.filter((o) => o.business_id === b.id).map((o) => o.key),
    })),
  };
}

export async function createOrganization(db: DbOrTrx, input: CreateOrganizationBody): Promise<Organization> {
  if (await queries.findOrganizationBySlug(db, input.slug)) {
    throw new AppError('conflict', { fields: { slug: { key: 'organizations:errors.slugTaken' } } });
  }
  const organization: Organization = {
    id: newId(),
    slug: input.slug,
    kind: input.kind,
    name_ko: input.nameKo.trim(),
    name_en: input.nameEn.trim(),
    description_ko: input.descriptionKo ?? '',
    description_en: input.descriptionEn ?? '',
    website: input.website || null,
    safety_retention_months: 24,
    created_at: now(),
  };
  await queries.insertOrganization(db, organization);
  return organization;
}

export async function updateOrganization(
  db: DbOrTrx,
  organizationId: string,
  input: UpdateOrganizationBody,
): Promise<Organization> {
  await queries.updateOrganization(db, organizationId, {
    ...(input.nameKo !== undefined ? { name_ko: input.nameKo.trim() } : {}),
    ...(input.nameEn !== undefined ? { name_en: input.nameEn.trim() } : {}),
    ...(input.descriptionKo !== undefined ? { description_ko: input.descriptionKo } : {}),
    ...(input.descriptionEn !== undefined ? { description_en: input.descriptionEn } : {}),
    ...(input.website !== undefined ? { website: input.website || null } : {}),
  });
  const organization = await queries.findOrganizationById(db, organizationId);
  if (!organization) {
    throw new AppError('not_found');
  }
  return organization;
}
