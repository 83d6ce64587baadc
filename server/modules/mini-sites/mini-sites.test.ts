import { randomBytes } from 'node:crypto';
import QRCode from 'qrcode';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, dialects, type TestApp } from '../../../test/harness.ts';
import { createUser, sessionHeaders } from '../../../test/fixtures.ts';
import { createMatrixWorld, type MatrixWorld } from '../../../test/world.ts';
import * as queries from './queries.ts';

function multipart(data: Buffer, filename: string, contentType: string) {
  const boundary = `----dari${randomBytes(8).toString('hex')}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\n` +
      `Content-Type: ${contentType}\r\n\r\n`,
  );
  return {
    payload: Buffer.concat([head, data, Buffer.from(`\r\n--${boundary}--\r\n`)]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

const png = (width = 64) =>
  sharp({ create: { width, height: width, channels: 3, background: { r: 20, g: 120, b: 60 } } })
    .png()
    .toBuffer();

/** The JSON-LD block of a page, parsed. */
function structuredData(html: string): Record<string, unknown> {
  const match = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html);
  expect(match, 'a JSON-LD block').not.toBeNull();
  return JSON.parse(match?.[1] ?? '{}') as Record<string, unknown>;
}

function metaContent(html: string, property: string): string | undefined {
  return new RegExp(`<meta (?:property|name)="${property}" content="([^"]*)">`).exec(html)?.[1];
}

/** Reads qrcode's SVG path (rows of "h" runs) back into a module matrix. */
function svgModules(svg: string): { size: number; dark: Set<string> } {
  const size = Number(/viewBox="0 0 (\d+) \d+"/.exec(svg)?.[1]);
  const path = /<path stroke="#000000" d="([^"]+)"/.exec(svg)?.[1] ?? '';
  const dark = new Set<string>();
  let x = 0;
  let y = 0;
  for (const [, command, a, b] of path.matchAll(/([Mmh])(-?[\d.]+)(?: (-?[\d.]+))?/g)) {
    if (command === 'M') {
      x = Number(a);
      y = Number(b);
    } else if (command === 'm') {
      x += Number(a);
      y += Number(b);
    } else {
      for (let i = 0; i < Number(a); i += 1) {
        dark.add(`${x + i},${Math.floor(y)}`);
      }
      x += Number(a);
    }
  }
  return { size, dark };
}

describe.each(dialects)('mini-sites on %s', (dialect) => {
  let t: TestApp;
  let w: MatrixWorld;
  let owner: Record<string, string>;
  const publicUrl = 'https://dari.example';
  const page = (query = '', headers: Record<string, string> = {}) =>
    t.app.inject({ method: 'GET', url: `/b/${w.business.slug}${query}`, headers });
  const site = () => `/api/v1/businesses/${w.business.slug}/site`;

  beforeAll(async () => {
    t = await createTestApp(dialect, { PUBLIC_URL: publicUrl });
    w = await createMatrixWorld(t.handle.db);
    owner = w.headers.owner;
    await t.handle.db
      .updateTable('businesses')
      .set({ name_en: 'Han <script>alert(1)</script> Mart', name_ko: '한마트' })
      .where('id', '=', w.business.id)
      .execute();
  });
  afterAll(() => t.close());

  it('serves the page as HTML in the asked language, with no script but the JSON-LD, text escaped', async () => {
    const ko = await page('', { 'accept-language': 'ko-KR,ko;q=0.9' });
    expect(ko.statusCode).toBe(200);
    expect(ko.headers['content-type']).toMatch(/^text\/html/);
    expect(ko.body).toContain('<html lang="ko">');
    expect(ko.body).toContain('<h1>한마트</h1>');
    expect((await page('?lang=fr', { 'accept-language': 'ko' })).body).toContain('<html lang="ko">');
    const en = await page('?lang=en', { 'accept-language': 'ko' });
    expect(en.body).toContain('<html lang="en">');
    const scripts = en.body.match(/<script\b[^>]*>/g) ?? [];
    expect(scripts).toEqual(['<script type="application/ld+json">']);
    expect(en.body).not.toContain('<script>alert');
    expect(en.body).toContain('<h1>Han &lt;script&gt;alert(1)&lt;/script&gt; Mart</h1>');
    expect(en.headers['content-security-policy']).toContain("default-src 'none'");
    const missing = await t.app.inject({ method: 'GET', url: '/b/no-such-business?lang=ko' });
    expect(missing.statusCode).toBe(404);
    expect(missing.body).toContain('<html lang="ko">');
  });

  it('describes the business in schema.org LocalBusiness JSON-LD, from public fields only', async () => {
    const data = structuredData((await page('?lang=en')).body);
    expect(data['@context']).toBe('https://schema.org');
    expect(data['@type']).toBe('LocalBusiness');
    expect(data.name).toBe('Han <script>alert(1)</script> Mart');
    expect(data.url).toBe(`${publicUrl}/b/${w.business.slug}`);
    expect(data.address).toEqual({
      '@type': 'PostalAddress',
      streetAddress: '100 Main St',
      addressLocality: 'Dallas',
      addressRegion: 'TX',
      postalCode: '75201',
      addressCountry: 'US',
    });
    expect(data.geo).toEqual({ '@type': 'GeoCoordinates', latitude: 32.79, longitude: -96.8 });
    // The fixture's phone and e-mail are private.
    expect(data).not.toHaveProperty('telephone');
    expect(JSON.stringify(data)).not.toContain('214-555-0100');
    expect((await page()).body).not.toContain('214-555-0100');
    expect((await page()).body).not.toContain(`${w.business.slug}@example.test`);

    await t.handle.db
      .updateTable('businesses')
      .set({ phone_public: 1 })
      .where('id', '=', w.business.id)
      .execute();
    expect(structuredData((await page()).body).telephone).toBe('214-555-0100');

    await t.handle.db
      .updateTable('businesses')
      .set({ address_public: 0 })
      .where('id', '=', w.business.id)
      .execute();
    const hidden = (await page()).body;
    expect(hidden).not.toContain('100 Main St');
    expect(structuredData(hidden).address).not.toHaveProperty('streetAddress');
    await t.handle.db
      .updateTable('businesses')
      .set({ address_public: 1 })
      .where('id', '=', w.business.id)
      .execute();
  });

  it('lists opening hours, in the page and as openingHoursSpecification', async () => {
    const hours = [
      { day: 'Monday', opens: '09:00', closes: '21:00' },
      { day: 'Saturday', opens: '10:00', closes: '18:00' },
    ];
    const res = await t.app.inject({ method: 'PUT', url: site(), headers: owner, payload: { hours } });
    expect(res.statusCode, res.body).toBe(200);
    const html = (await page('?lang=ko')).body;
    expect(html).toContain('<th scope="row">월요일</th><td>09:00–21:00</td>');
    expect(html).toContain('<th scope="row">일요일</th><td>휴무</td>');
    expect(structuredData(html).openingHoursSpecification).toEqual([
      {
        '@type': 'OpeningHoursSpecification',
        dayOfWeek: 'https://schema.org/Monday',
        opens: '09:00',
        closes: '21:00',
      },
      {
        '@type': 'OpeningHoursSpecification',
        dayOfWeek: 'https://schema.org/Saturday',
        opens: '10:00',
        closes: '18:00',
      },
    ]);

    const bad = await t.app.inject({
      method: 'PUT',
      url: site(),
      headers: { ...owner, 'accept-language': 'ko' },
      payload: { hours: [{ day: 'Monday', opens: '21:00', closes: '09:00' }], taglineKo: '바뀌면 안 됨' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields['hours.0']).toBeTruthy();
    expect((await page('?lang=ko')).body).not.toContain('바뀌면 안 됨');
  });

  it('has share-card tags with absolute URLs and hreflang alternates', async () => {
    const file = multipart(await png(), 'shop.png', 'image/png');
    const upload = await t.app.inject({
      method: 'POST',
      url: `${site()}/photos`,
      headers: { ...owner, ...file.headers },
      payload: file.payload,
    });
    expect(upload.statusCode, upload.body).toBe(201);
    const html = (await page('?lang=en')).body;
    const base = `${publicUrl}/b/${w.business.slug}`;
    expect(metaContent(html, 'og:url')).toBe(`${base}?lang=en`);
    expect(metaContent(html, 'og:title')).toBe('Han &lt;script&gt;alert(1)&lt;/script&gt; Mart');
    expect(metaContent(html, 'og:image')).toBe(`${publicUrl}${(upload.json() as { url: string }).url}`);
    expect(metaContent(html, 'twitter:card')).toBe('summary_large_image');
    expect(html).toContain(`<link rel="alternate" hreflang="ko" href="${base}?lang=ko">`);
    expect(html).toContain(`<link rel="alternate" hreflang="en" href="${base}?lang=en">`);
    expect(html).toContain(`<link rel="alternate" hreflang="x-default" href="${base}">`);
    expect(html).toContain(`href="${publicUrl}/directory/${w.business.slug}"`);
    const photo = await t.app.inject({ method: 'GET', url: (upload.json() as { url: string }).url });
    expect(photo.statusCode).toBe(200);
    expect(photo.headers['content-type']).toBe('image/webp');
  });

  it('applies the chosen theme', async () => {
    expect((await page()).body).toContain('<body class="theme-classic">');
    const res = await t.app.inject({
      method: 'PUT',
      url: site(),
      headers: owner,
      payload: { theme: 'warm' },
    });
    expect(res.json().theme).toBe('warm');
    const html = (await page()).body;
    expect(html).toContain('<body class="theme-warm">');
    expect(html).toContain('--bg:#fffaf3');
    expect((await page('?theme=modern')).body).toContain('<body class="theme-modern">');
    expect((await page()).body).toContain('<body class="theme-warm">');
    const unknown = await t.app.inject({
      method: 'PUT',
      url: site(),
      headers: owner,
      payload: { theme: 'neon' },
    });
    expect(unknown.statusCode).toBe(400);
  });

  it('gives a QR code of the page address and a page to print', async () => {
    const res = await t.app.inject({ method: 'GET', url: `/b/${w.business.slug}/qr.svg` });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^image\/svg\+xml/);
    const url = `${publicUrl}/b/${w.business.slug}`;
    const expected = QRCode.create(url, { errorCorrectionLevel: 'M' });
    // The encoded text, segment by segment (bytes, or digits packed as numbers).
    const segments: { data: Uint8Array | string }[] = expected.segments;
    expect(
      segments.map((s) => (typeof s.data === 'string' ? s.data : Buffer.from(s.data).toString())).join(''),
    ).toBe(url);
    const drawn = svgModules(res.body);
    const margin = 4;
    expect(drawn.size).toBe(expected.modules.size + 2 * margin);
    for (let row = 0; row < expected.modules.size; row += 1) {
      for (let col = 0; col < expected.modules.size; col += 1) {
        const dark = expected.modules.get(row, col) === 1;
        expect(drawn.dark.has(`${col + margin},${row + margin}`), `module ${row},${col}`).toBe(dark);
      }
    }
    const print = await t.app.inject({ method: 'GET', url: `/b/${w.business.slug}/print?lang=ko` });
    expect(print.statusCode).toBe(200);
    expect(print.body).toContain('<h1>한마트</h1>');
    expect(print.body).toContain(`src="${url}/qr.svg"`);
  });

  it('refuses photos that are too large (413) or not images (415), storing nothing', async () => {
    const before = (await queries.listPhotos(t.handle.db, w.business.id)).length;
    const fake = multipart(Buffer.from('not an image at all'), 'shop.png', 'image/png');
    const refused = await t.app.inject({
      method: 'POST',
      url: `${site()}/photos`,
      headers: { ...owner, ...fake.headers },
      payload: fake.payload,
    });
    expect(refused.statusCode).toBe(415);
    const huge = multipart(randomBytes(8 * 1024 * 1024 + 10), 'big.jpg', 'image/jpeg');
    const tooLarge = await t.app.inject({
      method: 'POST',
      url: `${site()}/photos`,
      headers: { ...owner, ...huge.headers },
      payload: huge.payload,
    });
    expect(tooLarge.statusCode).toBe(413);
    expect((await queries.listPhotos(t.handle.db, w.business.id)).length).toBe(before);
  });

  it('lets an invited designer edit texts, photos and theme, but not contacts, until expiry or revocation', async () => {
    const designer = await createUser(t.handle.db, { name: 'Designer' });
    const as = await sessionHeaders(t.handle.db, designer.id);
    expect((await t.app.inject({ method: 'GET', url: site(), headers: as })).statusCode).toBe(403);

    const invite = await t.app.inject({
      method: 'POST',
      url: `${site()}/editors`,
      headers: owner,
      payload: { email: designer.email.toUpperCase(), days: 7 },
    });
    expect(invite.statusCode, invite.body).toBe(201);
    const mail = await t.handle.db
      .selectFrom('outbox')
      .select(['body_text'])
      .where('to_address', '=', designer.email)
      .executeTakeFirst();
    expect(mail?.body_text).toContain(`/my/business/${w.business.slug}/site`);
    const again = await t.app.inject({
      method: 'POST',
      url: `${site()}/editors`,
      headers: owner,
      payload: { email: designer.email, days: 7 },
    });
    expect(again.statusCode).toBe(400);

    const view = await t.app.inject({ method: 'GET', url: site(), headers: as });
    expect(view.statusCode).toBe(200);
    expect(view.json().canInvite).toBe(false);
    const edit = await t.app.inject({
      method: 'PUT',
      url: site(),
      headers: as,
      payload: { taglineKo: '디자이너가 다듬은 소개', theme: 'modern' },
    });
    expect(edit.statusCode).toBe(200);
    expect((await page('?lang=ko')).body).toContain('디자이너가 다듬은 소개');
    const contacts = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/businesses/${w.business.slug}`,
      headers: as,
      payload: { phone: '214-555-9999' },
    });
    expect(contacts.statusCode).toBe(403);
    const reinvite = await t.app.inject({
      method: 'POST',
      url: `${site()}/editors`,
      headers: as,
      payload: { email: 'friend@example.test', days: 7 },
    });
    expect(reinvite.statusCode).toBe(403);

    await t.handle.db
      .updateTable('mini_site_editors')
      .set({ expires_at: new Date(Date.now() - 1000).toISOString() })
      .where('email', '=', designer.email)
      .execute();
    expect(
      (await t.app.inject({ method: 'PUT', url: site(), headers: as, payload: { taglineKo: 'x' } }))
        .statusCode,
    ).toBe(403);
    const listed = await t.app.inject({ method: 'GET', url: `${site()}/editors`, headers: owner });
    expect(listed.json().editors[0]).toMatchObject({ email: designer.email, expired: true });

    const second = await t.app.inject({
      method: 'POST',
      url: `${site()}/editors`,
      headers: owner,
      payload: { email: designer.email, days: 3 },
    });
    expect(second.statusCode).toBe(201);
    expect((await t.app.inject({ method: 'GET', url: site(), headers: as })).statusCode).toBe(200);
    const revoke = await t.app.inject({
      method: 'DELETE',
      url: `${site()}/editors/${(second.json() as { id: string }).id}`,
      headers: owner,
    });
    expect(revoke.statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: site(), headers: as })).statusCode).toBe(403);
  });
});
