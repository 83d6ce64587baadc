import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addMembership,
  createBusiness,
  createOrganization,
  createUser,
  sessionHeaders,
} from '../../../test/fixtures.ts';
import { createTestApp, dialects, type TestApp } from '../../../test/harness.ts';
import { sendExpiryReminders } from './reminders.ts';
import { multipart, testPdf } from './scene.ts';

const DAY_MS = 86_400_000;

interface Store {
  slug: string;
  id: string;
  owner: { id: string; email: string };
  headers: Record<string, string>;
}

describe.each(dialects)('document vault on %s', (dialect) => {
  let t: TestApp;
  let orgId: string;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    orgId = (await createOrganization(t.handle.db)).id;
  });
  afterAll(() => t.close());

  /** A business and its owner; `email` is the owner's notification e-mail setting. */
  async function store(locale: 'ko' | 'en' = 'ko', email: 'instant' | 'digest' = 'instant'): Promise<Store> {
    const db = t.handle.db;
    const owner = await createUser(db, { locale, name: '한상우' });
    await db.updateTable('users').set({ email_notifications: email }).where('id', '=', owner.id).execute();
    await addMembership(db, orgId, owner.id, 'member');
    const business = await createBusiness(db, {
      organizationIds: [orgId],
      ownerId: owner.id,
      nameKo: '한마트',
    });
    return { ...business, owner, headers: await sessionHeaders(db, owner.id) };
  }

  async function create(s: Store, body: Record<string, unknown>): Promise<string> {
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/businesses/${s.slug}/documents`,
      headers: s.headers,
      payload: body,
    });
    expect(res.statusCode, res.body).toBe(201);
    return (res.json() as { id: string }).id;
  }

  function upload(s: Store, id: string, file: ReturnType<typeof multipart>) {
    return t.app.inject({
      method: 'PUT',
      url: `/api/v1/businesses/${s.slug}/documents/${id}/file`,
      headers: { ...s.headers, ...file.headers },
      payload: file.payload,
    });
  }

  function storedFiles(s: Store): string[] {
    const folder = path.join(t.uploadDir, 'documents', s.id);
    return fs.existsSync(folder) ? fs.readdirSync(folder, { recursive: true, encoding: 'utf8' }) : [];
  }

  async function search(s: Store, q: string): Promise<string[]> {
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/v1/businesses/${s.slug}/documents?q=${encodeURIComponent(q)}`,
      headers: s.headers,
    });
    expect(res.statusCode, res.body).toBe(200);
    return (res.json() as { items: { title: string }[] }).items.map((d) => d.title);
  }

  describe('upload', () => {
    it('refuses a file over the limit (413), a fake (415) and a PDF named .jpg (415), storing nothing', async () => {
      const s = await store();
      const id = await create(s, { type: 'permit', title: 'Permit' });
      const big = Buffer.concat([Buffer.from('%PDF-1.4\n'), randomBytes(15 * 1024 * 1024)]);
      expect((await upload(s, id, multipart(big, 'big.pdf', 'application/pdf'))).statusCode).toBe(413);
      const script = Buffer.from('<script>alert(1)</script>');
      const fake = await upload(s, id, multipart(script, 'permit.pdf', 'application/pdf'));
      expect(fake.statusCode).toBe(415);
      expect((fake.json() as { error: { code: string } }).error.code).toBe('unsupported_file');
      const pdf = await testPdf(['Permit']);
      expect((await upload(s, id, multipart(pdf, 'photo.jpg', 'image/jpeg'))).statusCode).toBe(415);
      const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#fff' } })
        .png()
        .toBuffer();
      expect((await upload(s, id, multipart(png, 'scan.pdf', 'application/pdf'))).statusCode).toBe(415);
      const broken = Buffer.from('%PDF-1.4\nthis is not really a PDF\n%%EOF');
      expect((await upload(s, id, multipart(broken, 'broken.pdf', 'application/pdf'))).statusCode).toBe(415);
      expect(storedFiles(s)).toEqual([]);
      const detail = await t.app.inject({
        method: 'GET',
        url: `/api/v1/businesses/${s.slug}/documents/${id}`,
        headers: s.headers,
      });
      expect((detail.json() as { file: unknown }).file).toBeNull();
    });

    it('re-encodes a photo without its EXIF and GPS, and serves it back', async () => {
      const s = await store();
      const id = await create(s, { type: 'lease', title: 'Lease page 1' });
      const photo = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#abc' } })
        .jpeg()
        .withExif({ IFD0: { Make: 'PhoneCam' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '32/1 46/1 0/1' } })
        .toBuffer();
      expect((await sharp(photo).metadata()).exif).toBeDefined();
      const res = await upload(s, id, multipart(photo, 'lease.jpg', 'image/jpeg'));
      expect(res.statusCode, res.body).toBe(200);
      const file = (res.json() as { file: { url: string; contentType: string } }).file;
      expect(file.contentType).toBe('image/jpeg');
      const served = await t.app.inject({ method: 'GET', url: file.url, headers: s.headers });
      expect(served.statusCode).toBe(200);
      expect(served.headers['x-content-type-options']).toBe('nosniff');
      expect((await sharp(served.rawPayload).metadata()).exif).toBeUndefined();
      expect(storedFiles(s).filter((f) => f.endsWith('.jpg'))).toHaveLength(1);
      // A new file replaces the old one on disk; deleting the document removes its file.
      const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#fff' } })
        .png()
        .toBuffer();
      expect((await upload(s, id, multipart(png, 'lease.png', 'image/png'))).statusCode).toBe(200);
      expect(storedFiles(s).filter((f) => /\.(jpg|png)$/.test(f))).toHaveLength(1);
      const removed = await t.app.inject({
        method: 'DELETE',
        url: `/api/v1/businesses/${s.slug}/documents/${id}`,
        headers: s.headers,
      });
      expect(removed.statusCode).toBe(200);
      expect(storedFiles(s).filter((f) => /\.(jpg|png)$/.test(f))).toEqual([]);
    });

    it('checks the fields: a title, real dates, the expiry after the issue', async () => {
      const s = await store();
      const res = await t.app.inject({
        method: 'POST',
        url: `/api/v1/businesses/${s.slug}/documents`,
        headers: s.headers,
        payload: { type: 'licence', title: ' ', issuedOn: '2026-02-30', expiresOn: '2025-01-01' },
      });
      expect(res.statusCode).toBe(400);
      const fields = (res.json() as { error: { fields: Record<string, string> } }).error.fields;
      expect(Object.keys(fields).sort()).toEqual(['issuedOn', 'title']);
      expect(fields.title).toBe('문서 제목을 입력해 주세요.');
      const reversed = await t.app.inject({
        method: 'POST',
        url: `/api/v1/businesses/${s.slug}/documents`,
        headers: s.headers,
        payload: { type: 'licence', title: 'Licence', issuedOn: '2026-02-01', expiresOn: '2025-01-01' },
      });
      expect((reversed.json() as { error: { fields: Record<string, string> } }).error.fields).toEqual({
        expiresOn: '만료일은 발급일 이후여야 합니다.',
      });
    });
  });

  describe('search', () => {
    it('finds a PDF by its text: Korean words, parts of words, initial consonants and English', async () => {
      const s = await store();
      const id = await create(s, { type: 'other', title: 'City certificate 2026', number: 'HI-7781' });
      await create(s, { type: 'insurance', title: 'General liability', issuer: 'Texas Mutual' });
      const pdf = await testPdf(['위생 검사 증명서', 'Health inspection certificate', 'Dallas County']);
      const res = await upload(s, id, multipart(pdf, '위생검사.pdf', 'application/pdf'));
      expect(res.statusCode, res.body).toBe(200);
      expect((res.json() as { extractedChars: number }).extractedChars).toBeGreaterThan(20);
      for (const q of ['위생', '검사', '증명', 'ㅇㅅ', 'ㄱㅅ', 'health', 'inspect', 'dallas', '위생 검사']) {
        expect(await search(s, q), q).toEqual(['City certificate 2026']);
      }
      expect(await search(s, 'hi-7781')).toEqual(['City certificate 2026']);
      expect(await search(s, 'liability')).toEqual(['General liability']);
      expect(await search(s, '보험')).toEqual(['General liability']);
      expect(await search(s, '임대')).toEqual([]);
      expect(await search(s, '')).toHaveLength(2);
    });

    it("keeps each business's vault to itself", async () => {
      const a = await store();
      const b = await store();
      await create(a, { type: 'permit', title: 'Sign permit' });
      expect(await search(b, 'sign')).toEqual([]);
      const res = await t.app.inject({
        method: 'GET',
        url: `/api/v1/businesses/${a.slug}/documents`,
        headers: b.headers,
      });
      expect(res.statusCode).toBe(403);
    });
  });

  describe('expiry', () => {
    it('lists expiring documents with badges, soonest first', async () => {
      const s = await store();
      const inDays = (days: number) => new Date(Date.now() + days * DAY_MS).toISOString().slice(0, 10);
      await create(s, { type: 'permit', title: 'A', expiresOn: inDays(-3) });
      await create(s, { type: 'permit', title: 'B', expiresOn: inDays(20) });
      await create(s, { type: 'permit', title: 'C', expiresOn: inDays(5) });
      await create(s, { type: 'permit', title: 'D', expiresOn: inDays(45) });
      await create(s, { type: 'permit', title: 'E', expiresOn: inDays(200) });
      await create(s, { type: 'permit', title: 'F' });
      const res = await t.app.inject({
        method: 'GET',
        url: `/api/v1/businesses/${s.slug}/documents`,
        headers: s.headers,
      });
      const body = res.json() as {
        items: { title: string; badge: string }[];
        expiringSoon: { title: string; badge: string }[];
      };
      expect(body.expiringSoon.map((d) => [d.title, d.badge])).toEqual([
        ['A', 'expired'],
        ['C', 'days7'],
        ['B', 'days30'],
        ['D', 'days60'],
      ]);
      expect(body.items.find((d) => d.title === 'E')?.badge).toBe('later');
      expect(body.items.find((d) => d.title === 'F')?.badge).toBe('none');
    });
  });

  describe('reminders', () => {
    /** Noon in Dallas, `days` before the expiry date. */
    const before = (expiresOn: string, days: number) =>
      new Date(Date.parse(`${expiresOn}T18:00:00Z`) - days * DAY_MS);

    async function mails(to: string) {
      return t.handle.db
        .selectFrom('outbox')
        .select(['subject', 'locale'])
        .where('to_address', '=', to)
        .orderBy('created_at')
        .execute();
    }

    async function notifications(userId: string) {
      return t.handle.db
        .selectFrom('notifications')
        .select('payload')
        .where('user_id', '=', userId)
        .where('kind', '=', 'document.expiring')
        .execute();
    }

    it('reminds 60, 30 and 7 days before, each once, by e-mail and notification, in Korean', async () => {
      // On daily digests, so the reminder comes as its own e-mail (instant readers get the notification's).
      const s = await store('ko', 'digest');
      const expiresOn = '2031-03-01';
      await create(s, { type: 'health_inspection', title: '위생 검사 증명서', expiresOn });
      const counts = [];
      for (const days of [61, 60, 59, 45, 30, 29, 8, 7, 6, 1, 0, -1]) {
        counts.push(await sendExpiryReminders(t.app, before(expiresOn, days)));
      }
      expect(counts).toEqual([0, 1, 0, 0, 1, 0, 0, 1, 0, 0, 0, 0]);
      const sent = await mails(s.owner.email);
      expect(sent.map((m) => m.subject)).toEqual([
        '“위생 검사 증명서” 2031-03-01 만료 (60일 남음)',
        '“위생 검사 증명서” 2031-03-01 만료 (30일 남음)',
        '“위생 검사 증명서” 2031-03-01 만료 (7일 남음)',
      ]);
      expect(sent.every((m) => m.locale === 'ko')).toBe(true);
      expect(await notifications(s.owner.id)).toHaveLength(3);
    });

    it('sends once when two sweeps run at the same time', async () => {
      const s = await store('en');
      const expiresOn = '2032-05-10';
      await create(s, { type: 'insurance', title: 'Liability policy', expiresOn });
      const at = before(expiresOn, 30);
      const results = await Promise.all([sendExpiryReminders(t.app, at), sendExpiryReminders(t.app, at)]);
      expect(results.reduce((a, b) => a + b, 0)).toBe(1);
      expect(await mails(s.owner.email)).toHaveLength(1);
      expect((await mails(s.owner.email))[0]?.subject).toBe('“Liability policy” expires in 30 days');
    });

    it('catches up after downtime: the nearest stage late, never a stale earlier one', async () => {
      const s = await store('en');
      const expiresOn = '2033-07-01';
      await create(s, { type: 'lease', title: 'Store lease', expiresOn });
      expect(await sendExpiryReminders(t.app, before(expiresOn, 45))).toBe(1); // the 60-day one, late
      expect(await sendExpiryReminders(t.app, before(expiresOn, 20))).toBe(1); // the 30-day one, late
      expect(await sendExpiryReminders(t.app, before(expiresOn, 2))).toBe(1); // the 7-day one, late
      const late = await store('en');
      const other = '2034-09-01';
      await create(late, { type: 'permit', title: 'Sign permit', expiresOn: other });
      expect(await sendExpiryReminders(t.app, before(other, 12))).toBe(1); // down through 60 and 30
      expect((await mails(late.owner.email)).map((m) => m.subject)).toEqual([
        '“Sign permit” expires in 12 days',
      ]);
    });

    it('starts afresh when the expiry date changes (renewed)', async () => {
      const s = await store('en');
      const expiresOn = '2035-02-01';
      const id = await create(s, { type: 'permit', title: 'Permit', expiresOn });
      expect(await sendExpiryReminders(t.app, before(expiresOn, 7))).toBe(1);
      const renewed = '2035-03-01';
      const res = await t.app.inject({
        method: 'PATCH',
        url: `/api/v1/businesses/${s.slug}/documents/${id}`,
        headers: s.headers,
        payload: { expiresOn: renewed },
      });
      expect(res.statusCode).toBe(200);
      expect(await sendExpiryReminders(t.app, before(renewed, 30))).toBe(1);
    });
  });

  describe('sharing', () => {
    async function setup() {
      const owner = await store();
      const partner = await store();
      const stranger = await store();
      const id = await create(owner, { type: 'health_inspection', title: 'Inspection 2026' });
      await upload(owner, id, multipart(await testPdf(['위생 검사']), 'inspection.pdf', 'application/pdf'));
      const res = await t.app.inject({
        method: 'POST',
        url: `/api/v1/businesses/${owner.slug}/documents/${id}/shares`,
        headers: owner.headers,
        payload: { partnerSlug: partner.slug, note: 'For the lease review' },
      });
      expect(res.statusCode, res.body).toBe(201);
      const share = res.json() as { id: string; expiresAt: string; active: boolean };
      return { owner, partner, stranger, id, share };
    }

    const get = (s: Store, url: string) => t.app.inject({ method: 'GET', url, headers: s.headers });

    it('lets the partner view and download until the share expires, 7 days by default', async () => {
      const { partner, stranger, share } = await setup();
      expect(Date.parse(share.expiresAt) - Date.now()).toBeGreaterThan(6.9 * DAY_MS);
      expect(Date.parse(share.expiresAt) - Date.now()).toBeLessThanOrEqual(7 * DAY_MS);
      const base = `/api/v1/businesses/${partner.slug}/shared-documents`;
      const list = (await get(partner, base)).json() as { items: { shareId: string; note: string }[] };
      expect(list.items.map((i) => [i.shareId, i.note])).toEqual([[share.id, 'For the lease review']]);
      expect((await get(partner, `${base}/${share.id}`)).statusCode).toBe(200);
      const file = await get(partner, `${base}/${share.id}/file`);
      expect(file.statusCode).toBe(200);
      expect(file.headers['content-type']).toBe('application/pdf');
      const notified = await t.handle.db
        .selectFrom('notifications')
        .select('kind')
        .where('user_id', '=', partner.owner.id)
        .execute();
      expect(notified.map((n) => n.kind)).toEqual(['document.shared']);
      // Someone else's business never sees it, even with the share's id.
      expect(
        (await get(stranger, `/api/v1/businesses/${stranger.slug}/shared-documents/${share.id}`)).statusCode,
      ).toBe(404);
      await t.handle.db
        .updateTable('document_shares')
        .set({ expires_at: new Date(Date.now() - 1000).toISOString() })
        .where('id', '=', share.id)
        .execute();
      expect(((await get(partner, base)).json() as { items: unknown[] }).items).toEqual([]);
      expect((await get(partner, `${base}/${share.id}`)).statusCode).toBe(410);
      expect((await get(partner, `${base}/${share.id}/file`)).statusCode).toBe(410);
    });

    it('ends at once when revoked', async () => {
      const { owner, partner, id, share } = await setup();
      const res = await t.app.inject({
        method: 'DELETE',
        url: `/api/v1/businesses/${owner.slug}/documents/${id}/shares/${share.id}`,
        headers: owner.headers,
      });
      expect(res.statusCode).toBe(200);
      expect((res.json() as { active: boolean }).active).toBe(false);
      const base = `/api/v1/businesses/${partner.slug}/shared-documents/${share.id}`;
      expect((await get(partner, base)).statusCode).toBe(410);
      expect((await get(partner, `${base}/file`)).statusCode).toBe(410);
      const detail = (await get(owner, `/api/v1/businesses/${owner.slug}/documents/${id}`)).json() as {
        shares: { active: boolean; revokedAt: string | null }[];
      };
      expect(detail.shares[0]?.active).toBe(false);
      expect(detail.shares[0]?.revokedAt).not.toBeNull();
    });

    it('refuses more than 30 days, an unknown partner and itself', async () => {
      const { owner, partner, id } = await setup();
      const share = (payload: Record<string, unknown>) =>
        t.app.inject({
          method: 'POST',
          url: `/api/v1/businesses/${owner.slug}/documents/${id}/shares`,
          headers: owner.headers,
          payload,
        });
      const tooLong = await share({ partnerSlug: partner.slug, days: 31 });
      expect(tooLong.statusCode).toBe(400);
      expect((tooLong.json() as { error: { fields: Record<string, string> } }).error.fields.days).toBe(
        '공유 기간은 1일에서 30일까지입니다.',
      );
      expect((await share({ partnerSlug: 'no-such-business' })).statusCode).toBe(400);
      expect((await share({ partnerSlug: owner.slug })).statusCode).toBe(400);
      const month = await share({ partnerSlug: partner.slug, days: 30, serviceRequestId: 'req-123' });
      expect(month.statusCode).toBe(201);
      expect((month.json() as { serviceRequestId: string }).serviceRequestId).toBe('req-123');
    });
  });
});
