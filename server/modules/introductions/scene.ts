import {
  addMembership,
  createBusiness,
  createOrganization,
  createUser,
  sessionHeaders,
} from '../../../test/fixtures.ts';
import type { Db } from '../../platform/db/database.ts';

/**
 * Test support: a member business (A, owned by `a`) that asks, a partner (B, owned by `b` who reads
 * Korean, with `bStaff`) that answers, both in one organization run by `admin`.
 */
export async function createScene(db: Db) {
  const org = await createOrganization(db);
  const a = await createUser(db, { name: 'Ana Owner' });
  const b = await createUser(db, { name: '김파트너', locale: 'ko' });
  const bStaff = await createUser(db, { name: 'Bo Staff' });
  const admin = await createUser(db, { name: 'Org Admin' });
  await addMembership(db, org.id, a.id, 'member');
  await addMembership(db, org.id, b.id, 'partner');
  await addMembership(db, org.id, admin.id, 'admin');
  const businessA = await createBusiness(db, {
    organizationIds: [org.id],
    ownerId: a.id,
    nameEn: 'Han Mart',
  });
  const businessB = await createBusiness(db, {
    organizationIds: [org.id],
    ownerId: b.id,
    kind: 'partner',
    nameEn: 'Secure Korea',
    nameKo: '시큐어 코리아',
  });
  await db.updateTable('businesses').set({ phone: '214-555-0199' }).where('id', '=', businessB.id).execute();
  await db
    .insertInto('business_users')
    .values({ business_id: businessB.id, user_id: bStaff.id, role: 'staff' })
    .execute();
  return {
    org,
    users: { a, b, bStaff, admin },
    businessA,
    businessB,
    headers: {
      a: await sessionHeaders(db, a.id),
      b: await sessionHeaders(db, b.id),
      bStaff: await sessionHeaders(db, bStaff.id),
      admin: await sessionHeaders(db, admin.id),
    },
  };
}

export type Scene = Awaited<ReturnType<typeof createScene>>;
