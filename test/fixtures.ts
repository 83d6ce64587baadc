import type { Db } from '../server/platform/db/database.ts';
import type { BusinessKind, Locale, MembershipRole } from '../server/platform/db/schema.ts';
import { hashPassword } from '../server/platform/auth/password.ts';
import { createSession, SESSION_COOKIE } from '../server/platform/auth/session.ts';
import { newId, now } from '../server/platform/auth/secrets.ts';

/** Builders for tests: rows written straight to the database, sessions without the login route. */

let passwordHash: Promise<string> | undefined;
export const TEST_PASSWORD = 'correct horse battery';

export async function createUser(
  db: Db,
  overrides: { email?: string; name?: string; locale?: Locale; platformAdmin?: boolean } = {},
): Promise<{ id: string; email: string }> {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const id = newId();
  const email = overrides.email ?? `user-${id.slice(0, 8)}@example.test`;
  await db
    .insertInto('users')
    .values({
      id,
      email,
      password_hash: await passwordHash,
      name: overrides.name ?? 'Test User',
      locale: overrides.locale ?? 'en',
      is_platform_admin: overrides.platformAdmin ? 1 : 0,
      created_at: now(),
      updated_at: now(),
    })
    .execute();
  return { id, email };
}

export async function createOrganization(
  db: Db,
  slug = `org-${newId().slice(0, 8)}`,
): Promise<{ id: string; slug: string }> {
  const id = newId();
  await db
    .insertInto('organizations')
    .values({
      id,
      slug,
      kind: 'chamber',
      name_ko: `${slug} 상공회의소`,
      name_en: `${slug} Chamber`,
      description_ko: '',
      description_en: '',
      website: null,
      created_at: now(),
    })
    .execute();
  return { id, slug };
}

export async function addMembership(
  db: Db,
  organizationId: string,
  userId: string,
  role: MembershipRole,
  status: 'active' | 'suspended' = 'active',
): Promise<void> {
  await db
    .insertInto('memberships')
    .values({
      id: newId(),
      organization_id: organizationId,
      user_id: userId,
      role,
      status,
      created_at: now(),
    })
    .execute();
}

export async function createBusiness(
  db: Db,
  options: {
    organizationIds: string[];
    ownerId?: string;
    kind?: BusinessKind;
    nameEn?: string;
    nameKo?: string;
  },
): Promise<{ id: string; slug: string }> {
  const id = newId();
  const slug = `biz-${id.slice(0, 8)}`;
  await db
    .insertInto('businesses')
    .values({
      id,
      slug,
      kind: options.kind ?? 'member',
      name_ko: options.nameKo ?? '테스트 상점',
      name_en: options.nameEn ?? 'Test Store',
      description_ko: '',
      description_en: '',
      industry: 'retail',
      address: '100 Main St',
      city: 'Dallas',
      state: 'TX',
      zip: '75201',
      latitude: 32.79,
      longitude: -96.8,
      phone: '214-555-0100',
      email: `${slug}@example.test`,
      website: '',
      languages: '["ko","en"]',
      phone_public: 0,
      email_public: 0,
      address_public: 1,
      website_public: 1,
      logo_path: null,
      created_at: now(),
      updated_at: now(),
    })
    .execute();
  for (const organizationId of options.organizationIds) {
    await db
      .insertInto('business_organizations')
      .values({ business_id: id, organization_id: organizationId, created_at: now() })
      .execute();
  }
  if (options.ownerId) {
    await db
      .insertInto('business_users')
      .values({ business_id: id, user_id: options.ownerId, role: 'owner' })
      .execute();
  }
  return { id, slug };
}

/** Headers that sign a request in as the user: the session cookie and the CSRF token. */
export async function sessionHeaders(db: Db, userId: string): Promise<Record<string, string>> {
  const { token, csrfToken } = await createSession(db, userId);
  return { cookie: `${SESSION_COOKIE}=${token}`, 'x-csrf-token': csrfToken };
}
