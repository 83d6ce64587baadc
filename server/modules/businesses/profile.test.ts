import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, dialects, type TestApp } from '../../../test/harness.ts';
import {
  addMembership,
  createBusiness,
  createOrganization,
  createUser,
  sessionHeaders,
} from '../../../test/fixtures.ts';
import { createBusinessForUser } from './service.ts';

describe.each(dialects)('business profiles on %s', (dialect) => {
  let t: TestApp;
  let slug: string;
  let owner: Record<string, string>;
  let orgAdmin: Record<string, string>;
  let otherAdmin: Record<string, string>;
  let otherMember: Record<string, string>;
  let koreanOwner: Record<string, string>;
  let platformAdmin: Record<string, string>;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    const db = t.handle.db;
    const org = await createOrganization(db);
    const otherOrg = await createOrganization(db);
    const ownerUser = await createUser(db);
    const koreanUser = await createUser(db, { locale: 'ko' });
    const adminUser = await createUser(db);
    const otherAdminUser = await createUser(db);
    const otherMemberUser = await createUser(db);
    const platformAdminUser = await createUser(db, { platformAdmin: true });
    await addMembership(db, org.id, ownerUser.id, 'member');
    await addMembership(db, org.id, adminUser.id, 'admin');
    await addMembership(db, otherOrg.id, otherAdminUser.id, 'admin');
    await addMembership(db, otherOrg.id, otherMemberUser.id, 'member');
    const business = await createBusiness(db, { organizationIds: [org.id], ownerId: ownerUser.id });
    await db
      .insertInto('business_users')
      .values({ business_id: business.id, user_id: koreanUser.id, role: 'staff' })
      .execute();
    slug = business.slug;
    owner = await sessionHeaders(db, ownerUser.id);
    koreanOwner = await sessionHeaders(db, koreanUser.id);
    orgAdmin = await sessionHeaders(db, adminUser.id);
    otherAdmin = await sessionHeaders(db, otherAdminUser.id);
    otherMember = await sessionHeaders(db, otherMemberUser.id);
    platformAdmin = await sessionHeaders(db, platformAdminUser.id);
  });
  afterAll(() => t.close());

  const read = (headers: Record<string, string> = {}) =>
    t.app.inject({ method: 'GET', url: `/api/v1/businesses/${slug}`, headers });
  const patch = (headers: Record<string, string>, payload: Record<string, unknown>) =>
    t.app.inject({ method: 'PATCH', url: `/api/v1/businesses/${slug}`, headers, payload });

  it('shows private contact fields to the owner only', async () => {
    const mine = (await read(owner)).json();
    expect(mine).toMatchObject({ slug, phone: '214-555-0100', address: '100 Main St', canEdit: true });
    expect(mine.email).toContain('@example.test');
    expect(mine.visibility).toEqual({ phone: false, email: false, address: true, website: true });
    expect(mine.organizations).toHaveLength(1);

    for (const headers of [{}, otherMember, otherAdmin]) {
      const res = await read(headers);
      expect(res.statusCode).toBe(200);
      const body = res.json();
      expect(body).not.toHaveProperty('phone');
      expect(body).not.toHaveProperty('email');
      expect(body).toMatchObject({ address: '100 Main St', zip: '75201', canEdit: false });
    }
  });

  it('answers 404 for an unknown business', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/businesses/nope' });
    expect(res.statusCode).toBe(404);
  });

  it('lets the owner edit and geocodes the ZIP', async () => {
    const res = await patch(owner, {
      nameEn: 'Han Market',
      zip: '75201',
      city: '',
      languages: ['ko', 'en', 'es'],
    });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({
      nameEn: 'Han Market',
      zip: '75201',
      state: 'TX',
      languages: ['ko', 'en', 'es'],
    });
    expect(body.latitude).toBeCloseTo(32.78, 1);
    expect(body.longitude).toBeCloseTo(-96.8, 1);

    const plus4 = (await patch(owner, { zip: '75006-1234' })).json();
    expect(plus4).toMatchObject({ zip: '75006', city: 'Carrollton', state: 'TX' });
  });

  it('lets an admin of the business organization and a platform admin edit', async () => {
    expect((await patch(orgAdmin, { descriptionEn: 'Fresh groceries' })).statusCode).toBe(200);
    const res = await patch(platformAdmin, { visibility: { phone: true } });
    expect(res.statusCode).toBe(200);
    expect(res.json().visibility.phone).toBe(true);
    expect((await read()).json().phone).toBe('214-555-0100');
    await patch(owner, { visibility: { phone: false } });
  });

  it('refuses other organizations (403) and anonymous callers (401, in their language)', async () => {
    expect((await patch(otherAdmin, { nameEn: 'Stolen' })).statusCode).toBe(403);
    expect((await patch(otherMember, { nameEn: 'Stolen' })).statusCode).toBe(403);
    const anonymous = await patch({ 'accept-language': 'ko-KR,ko;q=0.9' }, { nameEn: 'Stolen' });
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.json().error.message).toBe('먼저 로그인해 주세요.');
    expect((await read()).json().nameEn).not.toBe('Stolen');
  });

  it('rejects unknown fields and bad values, naming the field', async () => {
    const unknown = await patch(owner, { nameEn: 'X', isPlatformAdmin: true });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.fields).toHaveProperty('isPlatformAdmin');
    const language = await patch(owner, { languages: ['fr'] });
    expect(language.statusCode).toBe(400);
    expect(Object.keys(language.json().error.fields)[0]).toMatch(/^languages/);
    const email = await patch(owner, { email: 'not-an-email' });
    expect(email.json().error.fields).toHaveProperty('email');
    expect((await read(owner)).json().nameEn).not.toBe('X');
  });

  it('rejects an unknown ZIP with a translated field error and changes nothing', async () => {
    const res = await patch(owner, { zip: '00000', nameEn: 'Changed' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('validation_failed');
    expect(res.json().error.fields.zip).toContain('ZIP');
    const korean = await patch(koreanOwner, { zip: '00000' });
    expect(korean.json().error.fields.zip).toContain('우편번호');
    expect((await read(owner)).json().nameEn).not.toBe('Changed');
  });

  it('lists industries', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/industries' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toContainEqual({
      key: 'convenience-store',
      nameKo: '편의점',
      nameEn: 'Convenience store',
    });
  });

  it('creates a business for a user with a unique slug from the English name', async () => {
    const db = t.handle.db;
    const org = await createOrganization(db);
    const user = await createUser(db);
    const first = await db.transaction().execute((trx) =>
      createBusinessForUser(trx, {
        userId: user.id,
        organizationId: org.id,
        kind: 'partner',
        nameKo: '한빛 법률',
        nameEn: "Hanbit Law Firm's",
      }),
    );
    const second = await db.transaction().execute((trx) =>
      createBusinessForUser(trx, {
        userId: user.id,
        organizationId: org.id,
        kind: 'partner',
        nameKo: '한빛 법률',
        nameEn: "Hanbit Law Firm's",
      }),
    );
    expect(first.slug).toBe('hanbit-law-firms');
    expect(second.slug).toBe('hanbit-law-firms-2');
    const profile = (await t.app.inject({ method: 'GET', url: `/api/v1/businesses/${second.slug}` })).json();
    expect(profile).toMatchObject({
      kind: 'partner',
      nameKo: '한빛 법률',
      organizations: [{ slug: org.slug }],
    });
  });
});
