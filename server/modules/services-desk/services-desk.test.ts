import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMembership, createBusiness, createUser, sessionHeaders } from '../../../test/fixtures.ts';
import { createTestApp, dialects, type TestApp } from '../../../test/harness.ts';
import { newId } from '../../platform/auth/secrets.ts';
import { businessDeadline } from '../../platform/business-days.ts';
import type { Db } from '../../platform/db/database.ts';
import { escalateOverdue } from './deadlines.ts';
import { PDF_BYTES, freshRequest, multipartFile, pillarId, vetPartner } from './scene.ts';

interface Person {
  id: string;
  email: string;
  headers: Record<string, string>;
}
interface Store {
  id: string;
  slug: string;
  owner: Person;
}
interface RequestView {
  id: string;
  status: string;
  respondBy: string;
  filedAt: string;
  noPartnerAvailable: boolean;
  routedCount: number;
  proposals: {
    businessSlug: string;
    status: string;
    contact: { email: string } | null;
    hasInterest: boolean;
    disclosure: string | null;
  }[];
  rating: number | null;
  savedDollars: number | null;
}

const ask = {
  pillarKey: 'legal',
  title: '임대차 계약 검토',
  description: '새 매장 임대차 계약서를 검토해 주세요.',
  language: 'ko',
  businessSize: 'small',
};

describe.each(dialects)('Services desk on %s', (dialect) => {
  let t: TestApp;
  let db: Db;
  let orgId: string;
  let orgSlug: string;
  let admin: Person;
  let member: Store;
  let counter = 0;

  async function person(locale: 'ko' | 'en' = 'en'): Promise<Person> {
    const user = await createUser(db, { locale, name: `Person ${++counter}` });
    return { ...user, headers: await sessionHeaders(db, user.id) };
  }
  async function store(
    nameEn: string,
    locale: 'ko' | 'en' = 'en',
    where?: { latitude: number; longitude: number },
  ): Promise<Store> {
    const owner = await person(locale);
    await addMembership(db, orgId, owner.id, 'member');
    const business = await createBusiness(db, { organizationIds: [orgId], ownerId: owner.id, nameEn });
    if (where) {
      await db.updateTable('businesses').set(where).where('id', '=', business.id).execute();
    }
    return { ...business, owner };
  }
  const file = async (by: Store, body: Record<string, unknown> = ask) => {
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/businesses/${by.slug}/service-requests`,
      headers: by.owner.headers,
      payload: body,
    });
    return { res, view: res.json() as RequestView };
  };
  const propose = (id: string, partner: Store, extra: Record<string, unknown> = {}, locale = 'en') =>
    t.app.inject({
      method: 'POST',
      url: `/api/v1/service-requests/${id}/proposals`,
      headers: { ...partner.owner.headers, 'accept-language': locale },
      payload: {
        businessSlug: partner.slug,
        proposal: 'We review leases in Korean.',
        hasInterest: false,
        ...extra,
      },
    });
  const view = async (by: Store, id: string) =>
    (
      await t.app.inject({
        method: 'GET',
        url: `/api/v1/businesses/${by.slug}/service-requests/${id}`,
        headers: by.owner.headers,
      })
    ).json() as RequestView;
  const notices = (userId: string, kind: string) =>
    db
      .selectFrom('notifications')
      .selectAll()
      .where('user_id', '=', userId)
      .where('kind', '=', kind)
      .execute();
  const mailTo = (email: string) =>
    db.selectFrom('outbox').selectAll().where('to_address', '=', email).execute();

  async function makeLead(pillarKey: string): Promise<Person> {
    const lead = await person('ko');
    const teamId = newId();
    const stamp = new Date().toISOString();
    await db
      .insertInto('action_teams')
      .values({
        id: teamId,
        slug: `team-${teamId.slice(0, 8)}`,
        pillar_id: await pillarId(db, pillarKey),
        name_ko: '법률 팀',
        name_en: 'Legal team',
        created_by: null,
        created_at: stamp,
        updated_at: stamp,
      })
      .execute();
    await db
      .insertInto('action_team_organizations')
      .values({ team_id: teamId, organization_id: orgId })
      .execute();
    await db
      .insertInto('action_team_members')
      .values({
        id: newId(),
        team_id: teamId,
        user_id: lead.id,
        business_id: null,
        role: 'lead',
        status: 'active',
        invited_by: null,
        invited_at: stamp,
        responded_at: stamp,
      })
      .execute();
    return lead;
  }

  beforeAll(async () => {
    t = await createTestApp(dialect);
    db = t.handle.db;
    const org = await db
      .insertInto('organizations')
      .values({
        id: newId(),
        slug: `desk-${newId().slice(0, 6)}`,
        kind: 'chamber',
        name_ko: '댈러스 한인상공회',
        name_en: 'Dallas KACC',
        description_ko: '',
        description_en: '',
        website: null,
        created_at: new Date().toISOString(),
      })
      .returning(['id', 'slug'])
      .executeTakeFirstOrThrow();
    orgId = org.id;
    orgSlug = org.slug;
    admin = await person();
    await addMembership(db, orgId, admin.id, 'admin');
    member = await store('Han Mart', 'ko');
  });
  afterAll(() => t.close());

  it('sends a request at once to every vetted partner serving the area, language and size, with a 2-business-day deadline', async () => {
    const near = await store('Kim Law', 'ko');
    const english = await store('English Only Law');
    const far = await store('Houston Law', 'en', { latitude: 29.76, longitude: -95.37 });
    const big = await store('Big Firm Law');
    const full = await store('Busy Law');
    await store('Unvetted Law'); // in the organization, never vetted: gets nothing
    await vetPartner(db, orgId, near.id);
    await vetPartner(db, orgId, english.id, { languages: ['en'] });
    await vetPartner(db, orgId, far.id);
    await vetPartner(db, orgId, big.id, { sizes: ['large'] });
    await vetPartner(db, orgId, full.id, { weeklyCapacity: 0 });

    const { res, view } = await file(member);
    expect(res.statusCode, res.body).toBe(201);
    expect(view.status).toBe('open');
    expect(view.routedCount).toBe(1);
    expect(view.noPartnerAvailable).toBe(false);
    expect(view.respondBy).toBe(
      businessDeadline(new Date(view.filedAt), 2, 'America/Chicago').dueAt.toISOString(),
    );

    const routed = await db
      .selectFrom('service_request_partners')
      .select('business_id')
      .where('request_id', '=', view.id)
      .execute();
    expect(routed.map((r) => r.business_id)).toEqual([near.id]);
    expect(await notices(near.owner.id, 'serviceRequest.routed')).toHaveLength(1);
    const mail = await mailTo(near.owner.email);
    expect(mail).toHaveLength(1);
    expect(mail[0]?.locale).toBe('ko');
    expect(mail[0]?.subject).toContain('법률 지원');
    expect(await notices(english.owner.id, 'serviceRequest.routed')).toHaveLength(0);

    // Capacity: a partner taking one request a week gets the first, not the second.
    const weekly = await store('Weekly Law');
    await vetPartner(db, orgId, weekly.id, { weeklyCapacity: 1, pillarKey: 'finance' });
    const first = await file(member, { ...ask, pillarKey: 'finance' });
    const second = await file(member, { ...ask, pillarKey: 'finance' });
    expect(first.view.routedCount).toBe(1);
    expect(second.view.routedCount).toBe(0);
  });

  it('says so when no partner is available, and alerts the pillar lead (else the admins)', async () => {
    const lead = await makeLead('web-design');
    const adminAlerts = (await notices(admin.id, 'serviceRequest.noPartner')).length;
    const { view } = await file(member, { ...ask, pillarKey: 'web-design' });
    expect(view.noPartnerAvailable).toBe(true);
    expect(await notices(lead.id, 'serviceRequest.noPartner')).toHaveLength(1);
    expect(await notices(admin.id, 'serviceRequest.noPartner')).toHaveLength(adminAlerts);

    const other = await file(member, { ...ask, pillarKey: 'digitization' });
    expect(other.view.noPartnerAvailable).toBe(true);
    expect(await notices(admin.id, 'serviceRequest.noPartner')).toHaveLength(adminAlerts + 1);

    // The lead works the desk for their pillar only: sees it, assigns by hand.
    const desk = await t.app.inject({
      method: 'GET',
      url: `/api/v1/organizations/${orgSlug}/service-desk`,
      headers: lead.headers,
    });
    expect(desk.statusCode).toBe(200);
    const body = desk.json() as {
      canManage: boolean;
      pillars: { key: string }[];
      unanswered: { id: string }[];
    };
    expect(body.canManage).toBe(false);
    expect(body.pillars.map((p) => p.key)).toEqual(['web-design']);
    expect(body.unanswered.map((u) => u.id)).toEqual([view.id]);
    const designer = await store('Seoul Web Studio');
    await vetPartner(db, orgId, designer.id, { pillarKey: 'web-design' });
    const assign = (id: string, who: Person) =>
      t.app.inject({
        method: 'POST',
        url: `/api/v1/organizations/${orgSlug}/service-desk/requests/${id}/assign`,
        headers: who.headers,
        payload: { businessSlug: designer.slug },
      });
    expect((await assign(other.view.id, lead)).statusCode).toBe(403);
    expect((await assign(view.id, lead)).statusCode).toBe(200);
    const after = await view_(view.id);
    expect(after.status).toBe('in_progress');
    expect(after.proposals[0]?.contact?.email).toBe(`${designer.slug}@example.test`);
    expect(await mailTo(designer.owner.email)).toHaveLength(1);
  });

  const view_ = (id: string) => view(member, id);

  it('shows contacts only once a partner is picked, and e-mails both sides', async () => {
    const a = await store('Lee Law', 'ko');
    const b = await store('Park Law', 'en');
    await vetPartner(db, orgId, a.id, { pillarKey: 'cyber-security' });
    await vetPartner(db, orgId, b.id, { pillarKey: 'cyber-security' });
    const { view: filed } = await file(member, { ...ask, pillarKey: 'cyber-security' });
    expect(filed.routedCount).toBe(2);

    expect((await propose(filed.id, a)).statusCode).toBe(200);
    const withInterest = await propose(filed.id, b, { hasInterest: true });
    expect(withInterest.statusCode).toBe(400);
    expect(
      (await propose(filed.id, b, { hasInterest: true, disclosure: 'We sell the software we recommend.' }))
        .statusCode,
    ).toBe(200);

    const before = await view_(filed.id);
    expect(before.status).toBe('proposals');
    expect(before.proposals).toHaveLength(2);
    expect(before.proposals.every((p) => p.contact === null)).toBe(true);
    expect(before.proposals.find((p) => p.businessSlug === b.slug)?.disclosure).toContain('software');
    const inboxBefore = await t.app.inject({
      method: 'GET',
      url: '/api/v1/service-requests/inbox',
      headers: a.owner.headers,
    });
    expect(
      (inboxBefore.json() as { requests: { memberContact: unknown }[] }).requests[0]?.memberContact,
    ).toBeNull();
    const memberMailBefore = (await mailTo(member.owner.email)).length;

    const pick = await t.app.inject({
      method: 'POST',
      url: `/api/v1/businesses/${member.slug}/service-requests/${filed.id}/pick`,
      headers: member.owner.headers,
      payload: { businessSlugs: [a.slug] },
    });
    expect(pick.statusCode, pick.body).toBe(200);
    const after = pick.json() as RequestView;
    expect(after.status).toBe('in_progress');
    expect(after.proposals.find((p) => p.businessSlug === a.slug)?.contact?.email).toBe(
      `${a.slug}@example.test`,
    );
    expect(after.proposals.find((p) => p.businessSlug === b.slug)?.contact).toBeNull();
    const inbox = await t.app.inject({
      method: 'GET',
      url: '/api/v1/service-requests/inbox',
      headers: a.owner.headers,
    });
    const mine = (
      inbox.json() as { requests: { id: string; memberContact: { email: string } | null }[] }
    ).requests.find((r) => r.id === filed.id);
    expect(mine?.memberContact?.email).toBe(`${member.slug}@example.test`);
    expect((await mailTo(member.owner.email)).length).toBe(memberMailBefore + 1);
    expect((await mailTo(a.owner.email)).some((m) => m.subject.includes('연락처'))).toBe(true);

    // Rating and outcome: done.
    const done = await t.app.inject({
      method: 'POST',
      url: `/api/v1/businesses/${member.slug}/service-requests/${filed.id}/outcome`,
      headers: member.owner.headers,
      payload: { rating: 5, outcome: 'saved_money', savedDollars: 1250.5, note: 'Lower rent' },
    });
    expect(done.statusCode).toBe(200);
    expect((done.json() as RequestView).savedDollars).toBe(1250.5);
    expect((done.json() as RequestView).status).toBe('done');
  });

  it('refuses a proposal after the deadline (409, translated) and one for a withdrawn request', async () => {
    const partner = await store('Late Law', 'ko');
    await vetPartner(db, orgId, partner.id, { pillarKey: 'smart-store' });
    const { view: late } = await file(member, { ...ask, pillarKey: 'smart-store' });
    await db
      .updateTable('service_requests')
      .set({ respond_by: '2026-01-01T06:00:00.000Z' })
      .where('id', '=', late.id)
      .execute();
    const res = await propose(late.id, partner, {}, 'ko');
    expect(res.statusCode).toBe(409);
    const error = (res.json() as { error: { code: string; message: string } }).error;
    expect(error.code).toBe('service_deadline_passed');
    expect(error.message).toContain('기한');
    expect((await view_(late.id)).status).toBe('open');

    const { view: gone } = await file(member, { ...ask, pillarKey: 'smart-store' });
    const withdraw = await t.app.inject({
      method: 'POST',
      url: `/api/v1/businesses/${member.slug}/service-requests/${gone.id}/withdraw`,
      headers: member.owner.headers,
    });
    expect(withdraw.statusCode).toBe(200);
    const refused = await propose(gone.id, partner);
    expect(refused.statusCode).toBe(409);
    expect((refused.json() as { error: { code: string } }).error.code).toBe('service_request_closed');
    const state = await view_(gone.id);
    expect(state.status).toBe('withdrawn');
    expect(state.proposals).toEqual([]);
    expect(await notices(partner.owner.id, 'serviceRequest.withdrawn')).toHaveLength(1);
  });

  it('escalates unanswered requests once with a controlled clock, and catches up after downtime', async () => {
    const lead = await makeLead('inventory');
    const pillar = await pillarId(db, 'inventory');
    const friday = new Date('2030-03-01T21:00:00Z'); // a Friday afternoon in Dallas
    const due = businessDeadline(friday, 2, 'America/Chicago').dueAt.toISOString();
    expect(due).toBe('2030-03-06T06:00:00.000Z'); // end of Tuesday, CST
    await escalateOverdue(t.app, new Date('2030-03-01T00:00:00Z')); // the other tests' requests
    const ids = [];
    for (const offset of [0, 1, 2]) {
      ids.push(
        await freshRequest(db, orgId, member.id, {
          pillar_id: pillar,
          respond_by: new Date(Date.parse(due) + offset * 86_400_000).toISOString(),
        }),
      );
    }
    const answered = await freshRequest(db, orgId, member.id, {
      pillar_id: pillar,
      status: 'proposals',
      respond_by: due,
    });

    expect(await escalateOverdue(t.app, new Date('2030-03-06T05:59:00Z'))).toBe(0);
    const [a, b] = await Promise.all([
      escalateOverdue(t.app, new Date('2030-03-06T06:00:00Z')),
      escalateOverdue(t.app, new Date('2030-03-06T06:00:00Z')),
    ]);
    expect(a + b).toBe(1);
    expect(await escalateOverdue(t.app, new Date('2030-03-06T07:00:00Z'))).toBe(0);
    // Down for a week: the next run finds both that fell due meanwhile.
    expect(await escalateOverdue(t.app, new Date('2030-03-13T12:00:00Z'))).toBe(2);
    expect(await notices(lead.id, 'serviceRequest.overdue')).toHaveLength(3);
    const answeredRow = await db
      .selectFrom('service_requests')
      .select('escalated_at')
      .where('id', '=', answered)
      .executeTakeFirstOrThrow();
    expect(answeredRow.escalated_at).toBeNull();
    void ids;
  });

  it('takes PDF and image attachments checked by content: 413 too large, 415 not what it claims, nothing stored', async () => {
    const { view: filed } = await file(member, { ...ask, pillarKey: 'digitization' });
    const url = `/api/v1/businesses/${member.slug}/service-requests/${filed.id}/attachments`;
    const upload = (content: Buffer, name: string, type: string) => {
      const body = multipartFile(content, name, type);
      return t.app.inject({
        method: 'POST',
        url,
        payload: body.payload,
        headers: { ...member.owner.headers, ...body.headers },
      });
    };
    const good = multipartFile(PDF_BYTES);
    const stored = await t.app.inject({
      method: 'POST',
      url,
      payload: good.payload,
      headers: { ...member.owner.headers, ...good.headers },
    });
    expect(stored.statusCode, stored.body).toBe(201);
    const count = async () =>
      (
        await db
          .selectFrom('service_request_attachments')
          .select('id')
          .where('request_id', '=', filed.id)
          .execute()
      ).length;
    const before = await count();
    const filesBefore = fs.readdirSync(path.join(t.uploadDir, 'service-requests', filed.id)).length;

    const big = Buffer.concat([PDF_BYTES, Buffer.alloc(10 * 1024 * 1024 + 1)]);
    const tooBig = await upload(big, 'big.pdf', 'application/pdf');
    expect(tooBig.statusCode, tooBig.body).toBe(413);
    expect((await upload(Buffer.from('MZ not a pdf'), 'lease.pdf', 'application/pdf')).statusCode).toBe(415);
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);
    expect((await upload(png, 'scan.pdf', 'application/pdf')).statusCode).toBe(415);
    expect(await count()).toBe(before);
    expect(fs.readdirSync(path.join(t.uploadDir, 'service-requests', filed.id)).length).toBe(filesBefore);

    const download = await t.app.inject({
      method: 'GET',
      url: (stored.json() as { attachment: { url: string } }).attachment.url,
      headers: member.owner.headers,
    });
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toContain('application/pdf');

    // A phone photo keeps no GPS position or camera make once stored.
    const phone = await sharp({ create: { width: 40, height: 20, channels: 3, background: '#2c3e50' } })
      .jpeg()
      .withExifMerge({
        IFD0: { Make: 'PhoneCo' },
        IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '32/1 57/1 13/1' },
      })
      .toBuffer();
    expect((await sharp(phone).metadata()).exif).toBeDefined();
    const photo = await upload(phone, 'storefront.jpg', 'image/jpeg');
    expect(photo.statusCode, photo.body).toBe(201);
    const saved = await t.app.inject({
      method: 'GET',
      url: (photo.json() as { attachment: { url: string } }).attachment.url,
      headers: member.owner.headers,
    });
    expect(saved.statusCode).toBe(200);
    expect((await sharp(saved.rawPayload).metadata()).exif).toBeUndefined();
  });

  it('vets a partner through the desk: no limit stays no limit, zero stays zero', async () => {
    const firm = await store('Desk Vetted Law');
    const vet = (weeklyCapacity: number | null) =>
      t.app.inject({
        method: 'PUT',
        url: `/api/v1/organizations/${orgSlug}/service-desk/pillars/legal/partners/${firm.slug}`,
        headers: admin.headers,
        payload: { weeklyCapacity, zips: ['75201'], radiusMiles: null, languages: ['ko'], sizes: ['small'] },
      });
    const capacity = async () => {
      const desk = await t.app.inject({
        method: 'GET',
        url: `/api/v1/organizations/${orgSlug}/service-desk`,
        headers: admin.headers,
      });
      const partners = (
        desk.json() as { partners: { businessSlug: string; weeklyCapacity: number | null }[] }
      ).partners;
      return partners.find((p) => p.businessSlug === firm.slug)?.weeklyCapacity;
    };
    expect((await vet(null)).statusCode).toBe(200);
    expect(await capacity()).toBeNull();
    expect((await vet(0)).statusCode).toBe(200);
    expect(await capacity()).toBe(0);
    const bad = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/organizations/${orgSlug}/service-desk/pillars/legal/partners/${firm.slug}`,
      headers: admin.headers,
      payload: { weeklyCapacity: 3, zips: ['7520'], radiusMiles: null, languages: ['ko'], sizes: ['small'] },
    });
    expect(bad.statusCode).toBe(400);
    expect(await capacity()).toBe(0);
  });

  it('answers bad input with translated field errors and changes nothing', async () => {
    await t.app.inject({
      method: 'PUT',
      url: `/api/v1/organizations/${orgSlug}/service-desk/pillars/finance/questions`,
      headers: admin.headers,
      payload: {
        questions: [
          {
            id: 'loan',
            labelKo: '대출 종류',
            labelEn: 'Kind of loan',
            kind: 'choice',
            options: [{ value: 'sba', labelKo: 'SBA', labelEn: 'SBA' }],
            required: true,
          },
        ],
      },
    });
    const count = async () => (await db.selectFrom('service_requests').select('id').execute()).length;
    const before = await count();
    const missing = await t.app.inject({
      method: 'POST',
      url: `/api/v1/businesses/${member.slug}/service-requests`,
      headers: { ...member.owner.headers, 'accept-language': 'ko' },
      payload: { ...ask, pillarKey: 'finance' },
    });
    expect(missing.statusCode).toBe(400);
    expect(
      (missing.json() as { error: { fields: Record<string, string> } }).error.fields['answers.loan'],
    ).toContain('대출 종류');
    const unknownPillar = await file(member, { ...ask, pillarKey: 'astrology' });
    expect(unknownPillar.res.statusCode).toBe(400);
    const duplicate = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/organizations/${orgSlug}/service-desk/pillars/finance/questions`,
      headers: admin.headers,
      payload: {
        questions: [
          { id: 'a', labelKo: '가', labelEn: 'A', kind: 'text', options: [], required: false },
          { id: 'a', labelKo: '나', labelEn: 'B', kind: 'choice', options: [], required: false },
        ],
      },
    });
    expect(duplicate.statusCode).toBe(400);
    expect(await count()).toBe(before);
    const { view: open } = await file(member, { ...ask, pillarKey: 'finance', answers: { loan: 'sba' } });
    const early = await t.app.inject({
      method: 'POST',
      url: `/api/v1/businesses/${member.slug}/service-requests/${open.id}/outcome`,
      headers: member.owner.headers,
      payload: { rating: 4, outcome: 'loan_approved' },
    });
    expect(early.statusCode).toBe(400);
  });
});
