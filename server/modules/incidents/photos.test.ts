import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, dialects, type TestApp } from '../../../test/harness.ts';
import { MAX_PHOTO_BYTES, MAX_PHOTOS } from './photos.ts';
import { createSafetyScene, freshIncident, multipart, testPhoto, type SafetyScene } from './scene.ts';

/** A JPEG with a GPS position and an orientation tag, as phones write them. */
function phoneJpeg(): Promise<Buffer> {
  return sharp({ create: { width: 40, height: 20, channels: 3, background: '#c0392b' } })
    .jpeg()
    .withMetadata({ orientation: 6 })
    .withExifMerge({
      IFD0: { Make: 'PhoneCo' },
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '32/1 57/1 13/1',
        GPSLongitudeRef: 'W',
        GPSLongitude: '96/1 53/1 25/1',
      },
    })
    .toBuffer();
}

describe.each(dialects)('incident photos on %s', (dialect) => {
  let t: TestApp;
  let s: SafetyScene;
  let id: string;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(async () => {
    await t.close();
  });
  beforeEach(async () => {
    s = await createSafetyScene(t.handle.db);
    id = await freshIncident(t.handle.db, {
      organizationId: s.org.id,
      businessId: s.store.id,
      reporterId: s.users.owner.id,
    });
  });

  const upload = (data: Buffer, name: string, type: string, query = '') => {
    const body = multipart(data, name, type);
    return t.app.inject({
      method: 'POST',
      url: `/api/v1/incidents/${id}/photos${query}`,
      headers: { ...s.headers.owner, ...body.headers },
      payload: body.payload,
    });
  };
  const stored = () =>
    t.handle.db.selectFrom('incident_photos').selectAll().where('incident_id', '=', id).execute();
  const filesOnDisk = () => {
    const dir = path.join(t.uploadDir, 'incidents', id);
    return fs.existsSync(dir) ? fs.readdirSync(dir) : [];
  };

  it('strips EXIF and GPS, and turns the photo upright', async () => {
    const res = await upload(await phoneJpeg(), 'IMG_0001.jpg', 'image/jpeg');
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().photo.keptLocation).toBe(false);
    const [row] = await stored();
    const meta = await sharp(path.join(t.uploadDir, row?.path ?? '')).metadata();
    expect(meta).toMatchObject({ format: 'jpeg', width: 20, height: 40 });
    expect(meta.exif).toBeUndefined();
    expect(row?.kept_location).toBe(0);
  });

  it('keeps the location when the reporter asks to', async () => {
    const res = await upload(await phoneJpeg(), 'IMG_0002.jpg', 'image/jpeg', '?keepLocation=true');
    expect(res.statusCode, res.body).toBe(201);
    const [row] = await stored();
    const meta = await sharp(path.join(t.uploadDir, row?.path ?? '')).metadata();
    expect(meta.exif?.toString('latin1')).toContain('PhoneCo');
    expect(
      meta.exif?.includes(Buffer.from([0x88, 0x25])) || meta.exif?.includes(Buffer.from([0x25, 0x88])),
    ).toBe(true);
    expect(row?.kept_location).toBe(1);
  });

  it.each([
    [
      'a text file renamed .jpg',
      Buffer.from('this is not a photo, just text pretending'),
      'cat.jpg',
      'image/jpeg',
    ],
    ['a PDF renamed .png', Buffer.from('%PDF-1.7\n1 0 obj <<>> endobj\n'), 'scan.png', 'image/png'],
    ['a truncated JPEG', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a]), 'broken.jpg', 'image/jpeg'],
  ])('refuses %s with a 400, storing nothing', async (_name, data, name, type) => {
    const res = await upload(data, name, type);
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().error.fields.file).toMatch(/사진|photo/);
    expect(await stored()).toEqual([]);
    expect(filesOnDisk()).toEqual([]);
  });

  it('refuses a photo over the size limit with a 400, storing nothing', async () => {
    const big = Buffer.concat([await phoneJpeg(), Buffer.alloc(MAX_PHOTO_BYTES)]);
    const res = await upload(big, 'huge.jpg', 'image/jpeg');
    expect(res.statusCode, res.body).toBe(400);
    expect(JSON.stringify(res.json().error)).toContain('8 MB');
    expect(await stored()).toEqual([]);
    expect(filesOnDisk()).toEqual([]);
  });

  it(`stops at ${MAX_PHOTOS} photos`, async () => {
    for (let i = 0; i < MAX_PHOTOS; i += 1) {
      expect((await upload(await testPhoto(), `p${i}.png`, 'image/png')).statusCode).toBe(201);
    }
    const res = await upload(await testPhoto(), 'one-more.png', 'image/png');
    expect(res.statusCode).toBe(409);
    expect(await stored()).toHaveLength(MAX_PHOTOS);
    expect(filesOnDisk()).toHaveLength(MAX_PHOTOS);
  });

  it('refuses neighbours, and the reporter without a file', async () => {
    const body = multipart(await testPhoto(), 'p.png', 'image/png');
    const neighbour = await t.app.inject({
      method: 'POST',
      url: `/api/v1/incidents/${id}/photos`,
      headers: { ...s.headers.neighbour, ...body.headers },
      payload: body.payload,
    });
    expect(neighbour.statusCode).toBe(403);
    const empty = await t.app.inject({
      method: 'POST',
      url: `/api/v1/incidents/${id}/photos`,
      headers: s.headers.owner,
      payload: {},
    });
    expect(empty.statusCode).toBe(400);
    expect(await stored()).toEqual([]);
  });
});
