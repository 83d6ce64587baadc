import sharp from 'sharp';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createBusiness, createUser, sessionHeaders } from '../../../../test/fixtures.ts';
import { createTestApp, dialects, type TestApp } from '../../../../test/harness.ts';
import { createMatrixWorld, type MatrixWorld } from '../../../../test/world.ts';
import { logoUpload } from '../../businesses/authorization.cases.ts';
import { freshEvent, freshRegistration } from '../scene.ts';
import { TICKET_PREFIX } from '../shapes.ts';
import { BADGES_PER_PAGE } from './badges.ts';
import { freshExhibitor } from './scene.ts';

/** Pages and embedded images of a PDF, counted from its (uncompressed) object dictionaries. */
function pdfShape(body: Buffer) {
  const text = body.toString('latin1');
  return {
    isPdf: text.startsWith('%PDF-'),
    pages: (text.match(/\/Type \/Page\b(?!s)/g) ?? []).length,
    // A PNG with transparency is an image and its soft mask.
    images: (text.match(/\/Subtype \/Image/g) ?? []).length - (text.match(/\/SMask \d+ 0 R/g) ?? []).length,
  };
}

const multipart = (data: Buffer, contentType: string) => {
  const boundary = '----dariexpotest';
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="logo"\r\nContent-Type: ${contentType}\r\n\r\n`,
  );
  return {
    payload: Buffer.concat([head, data, Buffer.from(`\r\n--${boundary}--\r\n`)]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
};

describe.each(dialects)('the expo on %s', (dialect) => {
  let t: TestApp;
  let w: MatrixWorld;
  let eventId: string;
  let base: string;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    w = await createMatrixWorld(t.handle.db);
    eventId = await freshEvent(t.handle.db, w.org.id);
    base = `/api/v1/organizations/${w.org.slug}/events/${eventId}/expo`;
  });

  const as = (
    headers: Record<string, string>,
    method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
    url: string,
    payload?: object,
  ) => t.app.inject({ method, url, headers, ...(payload ? { payload } : {}) });
  const admin = (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object) =>
    as(w.headers.admin, method, url, payload);

  describe('exhibitors', () => {
    it('lists sponsors by tier, the floor plan by booth, with the linked business and its slug', async () => {
      const add = (nameEn: string, tier: string, booth: string, businessSlug?: string) =>
        admin('POST', `${base}/exhibitors`, { nameKo: nameEn, nameEn, tier, booth, businessSlug });
      expect((await add('Telecom', 'platinum', 'A10')).statusCode).toBe(201);
      expect((await add('Police', 'gold', 'a2')).statusCode).toBe(201);
      const linked = await add('Han Mart', 'exhibitor', 'B1', w.business.slug);
      expect(linked.statusCode, linked.body).toBe(201);
      expect(linked.json()).toMatchObject({
        booth: 'B1',
        sponsor: false,
        business: { slug: w.business.slug },
      });

      const res = await as({}, 'GET', base);
      expect(res.statusCode, res.body).toBe(200);
      const expo = res.json() as {
        tiers: { tier: string; exhibitors: { nameEn: string }[] }[];
        floorPlan: { booth: string }[];
        canManage: boolean;
        myExhibitors: unknown[];
      };
      expect(expo.tiers.map((g) => g.tier)).toEqual(['platinum', 'gold', 'exhibitor']);
      expect(expo.floorPlan.map((b) => b.booth)).toEqual(['A2', 'A10', 'B1']);
      expect(expo.canManage).toBe(false);
      expect(expo.myExhibitors).toEqual([]);

      const mine = (await as(w.headers.owner, 'GET', base)).json() as { myExhibitors: { nameEn: string }[] };
      expect(mine.myExhibitors.map((x) => x.nameEn)).toEqual(['Han Mart']);
    });

    it('refuses a booth another exhibitor has with a translated 409, changing nothing', async () => {
      await freshExhibitor(t.handle.db, eventId, { booth: 'A1', name_ko: '경찰청', name_en: 'Police' });
      // A Korean-speaking organizer reads the answer in Korean.
      await t.handle.db
        .updateTable('users')
        .set({ locale: 'ko' })
        .where('id', '=', w.users.admin.id)
        .execute();
      const res = await admin('POST', `${base}/exhibitors`, {
        nameKo: '통신사',
        nameEn: 'Telecom',
        tier: 'gold',
        booth: 'a1',
      });
      await t.handle.db
        .updateTable('users')
        .set({ locale: 'en' })
        .where('id', '=', w.users.admin.id)
        .execute();
      expect(res.statusCode).toBe(409);
      expect(res.json().error.fields.booth).toContain('경찰청');
      const other = await freshExhibitor(t.handle.db, eventId, { booth: 'A2' });
      const moved = await admin('PATCH', `${base}/exhibitors/${other}`, { booth: 'A1' });
      expect(moved.statusCode).toBe(409);
      const rows = await t.handle.db
        .selectFrom('expo_exhibitors')
        .select('booth')
        .where('event_id', '=', eventId)
        .execute();
      expect(rows.map((r) => r.booth).sort()).toEqual(['A1', 'A2']);
    });

    it('validates the tier and the business link', async () => {
      const tier = await admin('POST', `${base}/exhibitors`, { nameKo: '가', nameEn: 'A', tier: 'diamond' });
      expect(tier.statusCode).toBe(400);
      const unknown = await admin('POST', `${base}/exhibitors`, {
        nameKo: '가',
        nameEn: 'A',
        tier: 'gold',
        businessSlug: 'no-such-business',
      });
      expect(unknown.statusCode).toBe(400);
      expect(unknown.json().error.fields.businessSlug).toBeTruthy();
      expect(
        await t.handle.db
          .selectFrom('expo_exhibitors')
          .select('id')
          .where('event_id', '=', eventId)
          .execute(),
      ).toEqual([]);
    });

    it('is not found on an event that is not an expo', async () => {
      const roundtable = await freshEvent(t.handle.db, w.org.id, { kind: 'roundtable' });
      const res = await as({}, 'GET', `/api/v1/organizations/${w.org.slug}/events/${roundtable}/expo`);
      expect(res.statusCode).toBe(404);
    });

    it('stores an uploaded logo as WebP and refuses a file that is not an image', async () => {
      const id = await freshExhibitor(t.handle.db, eventId);
      const text = multipart(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'), 'image/png');
      const refused = await t.app.inject({
        method: 'POST',
        url: `${base}/exhibitors/${id}/logo`,
        payload: text.payload,
        headers: { ...w.headers.admin, ...text.headers },
      });
      expect(refused.statusCode).toBe(415);
      const upload = await logoUpload();
      const res = await t.app.inject({
        method: 'POST',
        url: `${base}/exhibitors/${id}/logo`,
        payload: upload.payload,
        headers: { ...w.headers.admin, ...upload.headers },
      });
      expect(res.statusCode, res.body).toBe(200);
      const image = await as({}, 'GET', res.json().logoUrl as string);
      expect(image.statusCode).toBe(200);
      expect((await sharp(image.rawPayload).metadata()).format).toBe('webp');
    });
  });

  describe('sessions', () => {
    const session = {
      titleKo: '기조연설',
      titleEn: 'Keynote',
      room: 'Hall A',
      startTime: '10:00',
      endTime: '11:00',
    };

    it('lists sessions by time and refuses an overlap in the same room', async () => {
      expect((await admin('POST', `${base}/sessions`, session)).statusCode).toBe(201);
      const overlap = await admin('POST', `${base}/sessions`, {
        ...session,
        startTime: '10:30',
        endTime: '11:30',
      });
      expect(overlap.statusCode).toBe(400);
      expect(overlap.json().error.fields.room).toContain('Keynote');
      const elsewhere = await admin('POST', `${base}/sessions`, {
        ...session,
        room: 'Hall B',
        startTime: '09:30',
        endTime: '10:30',
        speakers: [{ name: '김지훈', titleKo: '대표', titleEn: 'CEO' }],
      });
      expect(elsewhere.statusCode, elsewhere.body).toBe(201);
      const after = await admin('POST', `${base}/sessions`, {
        ...session,
        startTime: '11:00',
        endTime: '11:30',
      });
      expect(after.statusCode).toBe(201);
      const moved = await admin('PATCH', `${base}/sessions/${after.json().id as string}`, {
        startTime: '10:45',
      });
      expect(moved.statusCode).toBe(400);
      const expo = (await as({}, 'GET', base)).json() as {
        sessions: { startTime: string; startsAt: string }[];
      };
      expect(expo.sessions.map((s) => s.startTime)).toEqual(['09:30', '10:00', '11:00']);
      // 2027-05-13 09:30 in Chicago (CDT, UTC−5).
      expect(expo.sessions[0]?.startsAt).toBe('2027-05-13T14:30:00.000Z');
    });

    it('refuses a session outside the expo’s hours or ending before it starts', async () => {
      const early = await admin('POST', `${base}/sessions`, {
        ...session,
        startTime: '08:00',
        endTime: '09:30',
      });
      expect(early.statusCode).toBe(400);
      expect(early.json().error.fields.startTime).toContain('09:00');
      const late = await admin('POST', `${base}/sessions`, {
        ...session,
        startTime: '16:30',
        endTime: '17:30',
      });
      expect(late.statusCode).toBe(400);
      const backwards = await admin('POST', `${base}/sessions`, {
        ...session,
        startTime: '11:00',
        endTime: '10:00',
      });
      expect(backwards.statusCode).toBe(400);
      expect(
        await t.handle.db.selectFrom('expo_sessions').select('id').where('event_id', '=', eventId).execute(),
      ).toEqual([]);
    });
  });

  describe('badges', () => {
    it('prints every registered attendee, six to a page, each with a QR code', async () => {
      const attendees = BADGES_PER_PAGE + 1;
      for (let i = 0; i < attendees; i += 1) {
        await freshRegistration(t.handle.db, eventId, { name: `김민지 ${i}`, company: '한마트' });
      }
      await freshRegistration(t.handle.db, eventId, { status: 'waitlisted' });
      await freshRegistration(t.handle.db, eventId, { status: 'cancelled' });
      const res = await admin('GET', `${base}/badges.pdf`);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('application/pdf');
      const shape = pdfShape(res.rawPayload);
      expect(shape.isPdf).toBe(true);
      expect(shape.pages).toBe(Math.ceil(attendees / BADGES_PER_PAGE));
      expect(shape.images).toBe(attendees);
      // Korean names are drawn with the embedded Noto Sans KR.
      expect(res.rawPayload.toString('latin1')).toContain('NotoSansKR');
    });

    it('gives a registered person their own badge, and a clear 404 to someone not registered', async () => {
      await freshRegistration(t.handle.db, eventId, { user_id: w.users.member.id, name: 'Member' });
      await freshRegistration(t.handle.db, eventId, { name: 'Someone else' });
      const mine = await as(w.headers.member, 'GET', `${base}/badges/mine.pdf`);
      expect(mine.statusCode).toBe(200);
      expect(pdfShape(mine.rawPayload)).toMatchObject({ isPdf: true, pages: 1, images: 1 });
      const none = await as(w.headers.partner, 'GET', `${base}/badges/mine.pdf`);
      expect(none.statusCode).toBe(404);
      expect(none.json().error.fields.ticket).toBeTruthy();
    });
  });

  describe('lead capture', () => {
    let exhibitorId: string;
    let leads: string;
    let attendeeBusiness: { id: string; slug: string };
    beforeEach(async () => {
      exhibitorId = await freshExhibitor(t.handle.db, eventId, { business_id: w.business.id, booth: 'C3' });
      leads = `${base}/exhibitors/${exhibitorId}/leads`;
      const attendeeOwner = await createUser(t.handle.db, { name: 'Attendee Owner' });
      attendeeBusiness = await createBusiness(t.handle.db, {
        organizationIds: [w.org.id],
        ownerId: attendeeOwner.id,
      });
    });
    const scan = (code: string, consent: boolean, note = '') =>
      as(w.headers.staff, 'POST', leads, { code, consent, note });

    it('with consent, puts an introduction from the exhibitor’s business, met at the expo, in its pipeline', async () => {
      const { ticketCode } = await freshRegistration(t.handle.db, eventId, {
        business_id: attendeeBusiness.id,
        company: 'Gogi House',
      });
      const res = await scan(`${TICKET_PREFIX}${ticketCode}`, true, 'Wants cameras for two stores');
      expect(res.statusCode, res.body).toBe(201);
      const { lead, alreadyCaptured } = res.json() as {
        lead: Record<string, unknown>;
        alreadyCaptured: boolean;
      };
      expect(alreadyCaptured).toBe(false);
      expect(lead).toMatchObject({
        consent: true,
        company: 'Gogi House',
        business: { slug: attendeeBusiness.slug },
      });
      const introduction = await t.handle.db
        .selectFrom('introductions')
        .selectAll()
        .where('id', '=', lead.introductionId as string)
        .executeTakeFirstOrThrow();
      expect(introduction).toMatchObject({
        requester_business_id: w.business.id,
        recipient_business_id: attendeeBusiness.id,
        stage: 'met',
        event_id: eventId,
      });
      const timeline = await t.handle.db
        .selectFrom('introduction_events')
        .select(['stage', 'note'])
        .where('introduction_id', '=', introduction.id)
        .execute();
      expect(timeline).toEqual([{ stage: 'met', note: 'Wants cameras for two stores' }]);
      const pipeline = await as(w.headers.owner, 'GET', `/api/v1/introductions?business=${w.business.slug}`);
      expect((pipeline.json() as { id: string }[]).map((i) => i.id)).toContain(introduction.id);

      // The same badge again: the lead already captured, nothing doubled.
      const again = await scan(ticketCode, true);
      expect(again.statusCode).toBe(200);
      expect(again.json()).toMatchObject({ alreadyCaptured: true, lead: { id: lead.id } });
      const count = async (table: 'expo_leads' | 'introductions') =>
        (await t.handle.db.selectFrom(table).select('id').where('event_id', '=', eventId).execute()).length;
      expect(await count('expo_leads')).toBe(1);
      expect(await count('introductions')).toBe(1);
    });

    it('without consent keeps the name only and makes no introduction', async () => {
      const { ticketCode } = await freshRegistration(t.handle.db, eventId, {
        business_id: attendeeBusiness.id,
        name: '박서준',
        company: 'Gogi House',
      });
      const res = await scan(ticketCode, false);
      expect(res.statusCode).toBe(201);
      expect(res.json().lead).toMatchObject({
        name: '박서준',
        email: null,
        company: null,
        business: null,
        introductionId: null,
      });
      const list = await as(w.headers.admin, 'GET', leads);
      expect(list.json()).toMatchObject({ leads: [{ name: '박서준', email: null }] });
      const intros = await t.handle.db
        .selectFrom('introductions')
        .select('id')
        .where('event_id', '=', eventId)
        .execute();
      expect(intros).toEqual([]);
    });

    it('links the lead to an introduction already open between the two businesses', async () => {
      const { ticketCode } = await freshRegistration(t.handle.db, eventId, {
        business_id: attendeeBusiness.id,
      });
      const asked = await as(w.headers.owner, 'POST', '/api/v1/introductions', {
        fromSlug: w.business.slug,
        toSlug: attendeeBusiness.slug,
        message: 'Hello',
      });
      expect(asked.statusCode, asked.body).toBe(201);
      const res = await scan(ticketCode, true);
      expect(res.json().lead.introductionId).toBe(asked.json().introduction.id);
      const intros = await t.handle.db
        .selectFrom('introductions')
        .select('id')
        .where('requester_business_id', '=', w.business.id)
        .execute();
      expect(intros).toHaveLength(1);
    });

    it('refuses another event’s badge with 409 and an unknown code with 404, storing nothing', async () => {
      const otherEvent = await freshEvent(t.handle.db, w.org.id, {
        title_en: 'Roundtable',
        kind: 'roundtable',
      });
      const { ticketCode } = await freshRegistration(t.handle.db, otherEvent, {
        business_id: attendeeBusiness.id,
      });
      const res = await scan(`${TICKET_PREFIX}${ticketCode}`, true);
      expect(res.statusCode).toBe(409);
      expect(res.json().error).toMatchObject({ code: 'ticket_other_event' });
      expect(res.json().error.message).toContain('Roundtable');
      expect((await scan('not-a-code', true)).statusCode).toBe(404);
      const stored = await t.handle.db
        .selectFrom('expo_leads')
        .select('id')
        .where('exhibitor_id', '=', exhibitorId)
        .execute();
      expect(stored).toEqual([]);
      expect(
        await t.handle.db
          .selectFrom('introductions')
          .select('id')
          .where('event_id', '=', otherEvent)
          .execute(),
      ).toEqual([]);
    });

    it('lets only the exhibitor’s people capture, and tells the attendee’s business', async () => {
      const { ticketCode } = await freshRegistration(t.handle.db, eventId, {
        business_id: attendeeBusiness.id,
      });
      expect((await as(w.headers.admin, 'POST', leads, { code: ticketCode, consent: true })).statusCode).toBe(
        403,
      );
      const outsider = await createUser(t.handle.db);
      const res = await as(await sessionHeaders(t.handle.db, outsider.id), 'POST', leads, {
        code: ticketCode,
        consent: true,
      });
      expect(res.statusCode).toBe(403);
      expect((await scan(ticketCode, true)).statusCode).toBe(201);
      const notes = await t.handle.db
        .selectFrom('notifications')
        .innerJoin('business_users', 'business_users.user_id', 'notifications.user_id')
        .select('notifications.kind')
        .where('business_users.business_id', '=', attendeeBusiness.id)
        .execute();
      expect(notes.map((n) => n.kind)).toContain('introduction.stage');
    });
  });

  describe('interest list', () => {
    it('takes an anonymous inquiry, confirms it by e-mail in the sender’s language, and counts it', async () => {
      const res = await t.app.inject({
        method: 'POST',
        url: `${base}/interests`,
        headers: { 'accept-language': 'ko' },
        payload: {
          kind: 'venue',
          name: '이서연',
          email: 'seoyeon@example.com',
          venueIdea: 'Irving Convention Center',
        },
      });
      expect(res.statusCode, res.body).toBe(201);
      const mail = await t.handle.db
        .selectFrom('outbox')
        .selectAll()
        .where('to_address', '=', 'seoyeon@example.com')
        .executeTakeFirstOrThrow();
      expect(mail.subject).toContain('관심 등록');
      expect(mail.body_text).toContain('장소 제안');

      const bad = await as({}, 'POST', `${base}/interests`, { kind: 'lunch', name: 'X', email: 'nope' });
      expect(bad.statusCode).toBe(400);

      const list = await admin('GET', `${base}/interests`);
      expect(list.json()).toMatchObject({
        counts: { venue: 1, exhibit: 0 },
        interests: [{ name: '이서연', venueIdea: 'Irving Convention Center', status: 'new', locale: 'ko' }],
      });
      const id = list.json().interests[0].id as string;
      const marked = await admin('PATCH', `${base}/interests/${id}`, { status: 'contacted' });
      expect(marked.json()).toMatchObject({ status: 'contacted' });
    });

    it('hides a members-only expo’s form from strangers', async () => {
      const members = await freshEvent(t.handle.db, w.org.id, { audience: 'members' });
      const url = `/api/v1/organizations/${w.org.slug}/events/${members}/expo/interests`;
      const payload = { kind: 'attend', name: 'X', email: 'x@example.com' };
      expect((await as({}, 'POST', url, payload)).statusCode).toBe(404);
      expect((await as(w.headers.member, 'POST', url, payload)).statusCode).toBe(201);
    });
  });
});
