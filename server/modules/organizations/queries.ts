import type { DbOrTrx } from '../../platform/db/database.ts';
import type { Organization } from '../../platform/db/schema.ts';

export function listOrganizations(db: DbOrTrx): Promise<Organization[]> {
  return db.selectFrom('organizations').selectAll().orderBy('name_en').execute();
}

export function findOrganizationBySlug(db: DbOrTrx, slug: string): Promise<Organization | undefined> {
  return db.selectFrom('organizations').selectAll().where('slug', '=', slug).executeTakeFirst();
}

export function findOrganizationById(db: DbOrTrx, id: string): Promise<Organization | undefined> {
  return db.selectFrom('organizations').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function countActiveMembers(db: DbOrTrx, organizationId: string): Promise<number> {
  const row = await db
    .selectFrom('memberships')
    .select((eb) => eb.fn.countAll().as('count'))
    .where('organization_id', '=', organizationId)
    .where('status', '=', 'active')
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

export function listOrganizationBusinesses(db: DbOrTrx, organizationId: string) {
  return db
    .selectFrom('businesses')
    .innerJoin('business_organizations', 'business_organizations.business_id', 'businesses.id')
    .select([
      'businesses.id',
      'businesses.slug',
      'businesses.kind',
      'businesses.name_ko',
      'businesses.name_en',
      'businesses.industry',
      'businesses.city',
    ])
    .where('business_organizations.organization_id', '=', organizationId)
    .orderBy('businesses.name_en')
    .execute();
}

/** Keys of the (non-retired) pillars each business offers something in. */
export function listOfferedPillarKeys(db: DbOrTrx, businessIds: string[]) {
  if (businessIds.length === 0) {
    return Promise.resolve([]);
  }
  return db
    .selectFrom('offers')
    .innerJoin('pillars', 'pillars.id', 'offers.pillar_id')
    .select(['offers.business_id', 'pillars.key'])
    .distinct()
    .where('offers.business_id', 'in', businessIds)
    .where('pillars.retired', '=', 0)
    .orderBy('pillars.key')
    .execute();
}

export async function insertOrganization(db: DbOrTrx, organization: Organization): Promise<void> {
  await db.insertInto('organizations').values(organization).execute();
}

export async function updateOrganization(
  db: DbOrTrx,
  id: string,
  changes: Partial<
    Pick<Organization, 'name_ko' | 'name_en' | 'description_ko' | 'description_en' | 'website'>
  >,
): Promise<void> {
  if (Object.keys(changes).length === 0) {
    return;
  }
  await db.updateTable('organizations').set(changes).where('id', '=', id).execute();
}
