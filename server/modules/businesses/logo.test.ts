import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, dialects, type TestApp } from '../../../test/harness.ts';
import {
  addMembership,
  createBusiness,
  createOrganization,
  createUser,
  sessionHeaders,
} from '../../../test/fixtures.ts';

function multipart(data: Buffer, filename: string, contentType: string, field = 'file') {
  const boundary = `----dari${randomBytes(8).toString('hex')}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${filename}"\r\n` +
      `Content-Type: ${contentType}\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return {
    payload: Buffer.concat([head, data, tail]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

describe.each(dialects)('business logos on %s', (dialect) => {
  let t: TestApp;
  let slug: string;
  let businessId: string;
  let owner: Record<string, string>;
  let stranger: Record<string, string>;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    const db = t.handle.db;
    const org = await createOrganization(db);
    const ownerUser = await createUser(db);
    const strangerUser = await createUser(db);
    await addMembership(db, org.id, ownerUser.id, 'member');
    ({ slug, id: businessId } = await createBusiness(db, {
      organizationIds: [org.id],
      ownerId: ownerUser.id,
    }));
    owner = await sessionHeaders(db, ownerUser.id);
    stranger = await sessionHeaders(db, strangerUser.id);
  });
  afterAll(async () => {
    await t.close();
  });

  const upload = (headers: Record<string, string>, body: ReturnType<typeof multipart>) =>
    t.app.inject({
      method: 'PUT',
      url: `/api/v1/businesses/${slug}/logo`,
      headers: { ...headers, ...body.headers },
      payload: body.payload,
    });

  it('resizes a PNG to a WebP of at most 256×256 and serves it', async () => {
    const png = await sharp({ create: { width: 800, height: 400, channels: 3, background: '#c0392b' } })
      .png()
      .withMetadata({ exif: { IFD0: { Copyright: 'secret' } } })
      .toBuffer();
    const res = await upload(owner, multipart(png, 'logo.png', 'image/png'));
    expect(res.statusCode).toBe(200);
    const { logoUrl } = res.json();
    expect(logoUrl).toMatch(new RegExp(`^/api/v1/businesses/${slug}/logo\\?v=\\d+$`));

    const stored = path.join(t.uploadDir, 'logos', `${businessId}.webp`);
    const meta = await sharp(fs.readFileSync(stored)).metadata();
    expect(meta).toMatchObject({ format: 'webp', width: 256, height: 128 });
    expect(meta.exif).toBeUndefined();

    const served = await t.app.inject({ method: 'GET', url: logoUrl });
    expect(served.statusCode).toBe(200);
    expect(served.headers['content-type']).toBe('image/webp');
    expect((await sharp(served.rawPayload).metadata()).width).toBe(256);

    const profile = (await t.app.inject({ method: 'GET', url: `/api/v1/businesses/${slug}` })).json();
    expect(profile.logoUrl).toBe(logoUrl);
  });

  it('refuses a non-image with 415 even when it claims to be a PNG', async () => {
    const res = await upload(
      owner,
      multipart(Buffer.from('<svg onload="alert(1)"></svg>'), 'logo.png', 'image/png'),
    );
    expect(res.statusCode).toBe(415);
    expect(res.json().error.code).toBe('unsupported_file');
  });

  it('refuses more than 5 MB with 413', async () => {
    const res = await upload(owner, multipart(randomBytes(5 * 1024 * 1024 + 10), 'big.png', 'image/png'));
    expect(res.statusCode).toBe(413);
    expect(res.json().error.message).toContain('5 MB');
  });

  it('requires the file field and an editor', async () => {
    const png = await sharp({ create: { width: 10, height: 10, channels: 3, background: '#000' } })
      .png()
      .toBuffer();
    const wrongField = await upload(owner, multipart(png, 'logo.png', 'image/png', 'image'));
    expect(wrongField.statusCode).toBe(400);
    expect(wrongField.json().error.fields).toHaveProperty('file');
    expect((await upload(stranger, multipart(png, 'logo.png', 'image/png'))).statusCode).toBe(403);
    expect((await upload({}, multipart(png, 'logo.png', 'image/png'))).statusCode).toBe(401);
  });

  it('answers 404 for a business without a logo', async () => {
    const other = await createBusiness(t.handle.db, { organizationIds: [] });
    const res = await t.app.inject({ method: 'GET', url: `/api/v1/businesses/${other.slug}/logo` });
    expect(res.statusCode).toBe(404);
  });
});
