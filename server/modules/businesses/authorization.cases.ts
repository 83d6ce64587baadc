import type { LightMyRequestResponse } from 'fastify';
import sharp from 'sharp';
import { expect } from 'vitest';
import { everyone, type MatrixWorld, type RoleName, type RouteCase } from '../../../test/world.ts';
import { newId, now } from '../../platform/auth/secrets.ts';
import type { Db } from '../../platform/db/database.ts';

/**
 * The authorization matrix of the business routes (run by authorization.test.ts). Each business route is
 * tried against the business in the organization under test and against the one in the other organization.
 */

type Target = 'business' | 'otherBusiness';

/** Who may edit, and who may see private contact fields, per target business. */
export const editors: Record<Target, readonly RoleName[]> = {
  business: ['owner', 'staff', 'admin', 'platformAdmin', 'token'],
  otherBusiness: ['otherAdmin', 'platformAdmin', 'otherToken'],
};

const PRIVATE_PHONE = '214-555-0100';

async function firstPillar(db: Db): Promise<string> {
  const pillar = await db.selectFrom('pillars').select('id').orderBy('position').executeTakeFirstOrThrow();
  return pillar.id;
}

export async function freshOffer(db: Db, businessId: string): Promise<string> {
  const id = newId();
  await db
    .insertInto('offers')
    .values({
      id,
      business_id: businessId,
      pillar_id: await firstPillar(db),
      description_ko: '배달',
      description_en: 'Delivery',
      radius_miles: 10,
      languages: '["ko"]',
      price_hint: '',
      created_at: now(),
    })
    .execute();
  return id;
}

export async function freshNeed(db: Db, businessId: string): Promise<string> {
  const id = newId();
  await db
    .insertInto('needs')
    .values({
      id,
      business_id: businessId,
      pillar_id: await firstPillar(db),
      description_ko: '보안 카메라',
      description_en: 'Security cameras',
      urgency: 'medium',
      created_at: now(),
    })
    .execute();
  return id;
}

let logo: Promise<Buffer> | undefined;

export async function logoUpload(): Promise<{ payload: Buffer; headers: Record<string, string> }> {
  logo ??= sharp({
    create: { width: 8, height: 8, channels: 3, background: { r: 200, g: 30, b: 60 } },
  })
    .png()
    .toBuffer();
  const boundary = `----dari${newId().slice(0, 8)}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="logo.png"\r\n` +
      'Content-Type: image/png\r\n\r\n',
  );
  return {
    payload: Buffer.concat([head, await logo, Buffer.from(`\r\n--${boundary}--\r\n`)]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

/** Private contact fields (phone, e-mail) exactly for the business's editors; public ones for all. */
function privateFieldsFor(target: Target) {
  return (res: LightMyRequestResponse, role: RoleName, world: MatrixWorld) => {
    const mayEdit = editors[target].includes(role);
    const profile = res.json() as Record<string, unknown>;
    expect(profile.canEdit).toBe(mayEdit);
    expect('phone' in profile, 'phone shown').toBe(mayEdit);
    expect('email' in profile, 'email shown').toBe(mayEdit);
    expect(res.body.includes(PRIVATE_PHONE)).toBe(mayEdit);
    expect(res.body.includes(`${world[target].slug}@example.test`)).toBe(mayEdit);
    expect(profile.address).toBe('100 Main St');
  };
}

function businessCases(target: Target): RouteCase[] {
  const url = (w: MatrixWorld) => `/api/v1/businesses/${w[target].slug}`;
  const allowed = editors[target];
  const label = target === 'business' ? 'own org' : 'other org';
  const cases: Omit<RouteCase, 'target'>[] = [
    {
      route: 'GET /businesses/:slug',
      allowed: everyone,
      request: async (_db, w) => ({ method: 'GET', url: url(w) }),
      check: privateFieldsFor(target),
    },
    {
      route: 'PATCH /businesses/:slug',
      allowed,
      request: async (_db, w) => ({ method: 'PATCH', url: url(w), payload: { descriptionEn: 'Updated' } }),
    },
    {
      route: 'POST /businesses/:slug/offers',
      allowed,
      request: async (db, w) => ({
        method: 'POST',
        url: `${url(w)}/offers`,
        payload: { pillarId: await firstPillar(db), descriptionEn: 'Catering' },
      }),
    },
    {
      route: 'PATCH /businesses/:slug/offers/:id',
      allowed,
      request: async (db, w) => ({
        method: 'PATCH',
        url: `${url(w)}/offers/${await freshOffer(db, w[target].id)}`,
        payload: { priceHint: 'Free quote' },
      }),
    },
    {
      route: 'DELETE /businesses/:slug/offers/:id',
      allowed,
      request: async (db, w) => ({
        method: 'DELETE',
        url: `${url(w)}/offers/${await freshOffer(db, w[target].id)}`,
      }),
    },
    {
      route: 'POST /businesses/:slug/needs',
      allowed,
      request: async (db, w) => ({
        method: 'POST',
        url: `${url(w)}/needs`,
        payload: { pillarId: await firstPillar(db), descriptionEn: 'Bookkeeping', urgency: 'low' },
      }),
    },
    {
      route: 'PATCH /businesses/:slug/needs/:id',
      allowed,
      request: async (db, w) => ({
        method: 'PATCH',
        url: `${url(w)}/needs/${await freshNeed(db, w[target].id)}`,
        payload: { urgency: 'high' },
      }),
    },
    {
      route: 'DELETE /businesses/:slug/needs/:id',
      allowed,
      request: async (db, w) => ({
        method: 'DELETE',
        url: `${url(w)}/needs/${await freshNeed(db, w[target].id)}`,
      }),
    },
    {
      route: 'PUT /businesses/:slug/logo',
      allowed,
      request: async (_db, w) => ({ method: 'PUT', url: `${url(w)}/logo`, ...(await logoUpload()) }),
    },
    {
      // The logo is on the public profile; the matrix setup uploads one for both businesses.
      route: 'GET /businesses/:slug/logo',
      allowed: everyone,
      request: async (_db, w) => ({ method: 'GET', url: `${url(w)}/logo` }),
    },
  ];
  return cases.map((c) => ({ ...c, target: label }));
}

export const businessRoutes: RouteCase[] = [
  {
    route: 'GET /industries',
    allowed: everyone,
    request: async () => ({ method: 'GET', url: '/api/v1/industries' }),
  },
  ...businessCases('business'),
  ...businessCases('otherBusiness'),
];
