import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createBusiness, createUser, sessionHeaders } from '../../../test/fixtures.ts';
import { createTestApp, dialects, type TestApp } from '../../../test/harness.ts';
import { createMatrixWorld, type MatrixWorld } from '../../../test/world.ts';
import { newId } from '../../platform/auth/secrets.ts';
import type { Db } from '../../platform/db/database.ts';
import { freshEvent } from '../gatherings/scene.ts';
import { freshMember, freshTeam, pillarId } from './scene.ts';
import { pillarLeads } from './service.ts';

interface Detail {
  slug: string;
  canManage: boolean;
  canContribute: boolean;
  organizations: { slug: string }[];
  members: { id: string; userId: string; role: string; status: string; business: { slug: string } | null }[];
  goals: { id: string; titleKo: string; titleEn: string; targetOn: string | null }[];
  tasks: { id: string; title: string; status: string; owner: { userId: string } | null }[];
  notes: { heldOn: string; gathering: { occurrence: string } | null }[];
}
interface ErrorBody {
  error: { code: string; fields?: Record<string, string> };
}

async function offer(db: Db, businessId: string, pillar: string, en: string) {
  await db
    .insertInto('offers')
    .values({
      id: newId(),
      business_id: businessId,
      pillar_id: pillar,
      description_ko: '',
      description_en: en,
      radius_miles: 30,
      languages: '[]',
      price_hint: '',
      created_at: new Date().toISOString(),
    })
    .execute();
}

async function wonIntroduction(db: Db, requester: string, recipient: string, pillar: string) {
  const offerRow = await db
    .selectFrom('offers')
    .select('id')
    .where('business_id', '=', recipient)
    .where('pillar_id', '=', pillar)
    .executeTakeFirstOrThrow();
  const stamp = new Date().toISOString();
  await db
    .insertInto('introductions')
    .values({
      id: newId(),
      requester_business_id: requester,
      recipient_business_id: recipient,
      requested_by: null,
      need_id: null,
      offer_id: offerRow.id,
      message: 'Please help',
      stage: 'closed',
      outcome: 'won',
      value_cents: 120000,
      close_note: null,
      responded_at: stamp,
      reminded_at: null,
      expires_at: stamp,
      created_at: stamp,
      updated_at: stamp,
    })
    .execute();
}

describe.each(dialects)('action teams on %s', (dialect) => {
  let t: TestApp;
  let w: MatrixWorld;
  let cyber: string;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    w = await createMatrixWorld(t.handle.db);
    cyber = await pillarId(t.handle.db);
  });

  const teams = (org = w.org.slug) => `/api/v1/organizations/${org}/action-teams`;
  const call = async (
    method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE',
    url: string,
    headers: Record<string, string>,
    payload?: unknown,
  ) =>
    t.app.inject({ method, url, headers, ...(payload === undefined ? {} : { payload: payload as object }) });

  async function createTeam(extra: Record<string, unknown> = {}): Promise<Detail> {
    const res = await call('POST', teams(), w.headers.admin, {
      pillarId: cyber,
      nameKo: '사이버 보안',
      nameEn: 'Cyber Security',
      summaryEn: 'Store network security, payment card safety',
      ...extra,
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json<Detail>();
  }

  it('an admin creates a team; the organization sees it; a shared organization’s admins co-manage it', async () => {
    const team = await createTeam();
    expect(team.slug).toMatch(/^cyber-security/);
    expect(team.canManage).toBe(true);

    const list = await call('GET', teams(), w.headers.member);
    expect(list.json<{ canManage: boolean; items: { slug: string }[] }>()).toMatchObject({
      canManage: false,
      items: expect.arrayContaining([expect.objectContaining({ slug: team.slug })]),
    });
    const asMember = await call('GET', `${teams()}/${team.slug}`, w.headers.member);
    expect(asMember.json<Detail>()).toMatchObject({ canManage: false, canContribute: false });

    // Not shared yet: the other organization's admin does not find it there.
    expect((await call('GET', `${teams(w.other.slug)}/${team.slug}`, w.headers.otherAdmin)).statusCode).toBe(
      404,
    );
    const shared = await call(
      'PUT',
      `${teams()}/${team.slug}/organizations/${w.other.slug}`,
      w.headers.admin,
    );
    expect(
      shared
        .json<Detail>()
        .organizations.map((o) => o.slug)
        .sort(),
    ).toEqual([w.org.slug, w.other.slug].sort());
    const again = await call('PUT', `${teams()}/${team.slug}/organizations/${w.other.slug}`, w.headers.admin);
    expect(again.json<Detail>().organizations).toHaveLength(2);
    const edited = await call('PATCH', `${teams(w.other.slug)}/${team.slug}`, w.headers.otherAdmin, {
      summaryKo: '매장 네트워크 보안',
    });
    expect(edited.statusCode, edited.body).toBe(200);
    // A member may not manage.
    expect(
      (await call('PATCH', `${teams()}/${team.slug}`, w.headers.member, { summaryKo: 'x' })).statusCode,
    ).toBe(403);
  });

  it('refuses a team with no name or an unknown pillar, and changes nothing', async () => {
    const noName = await call('POST', teams(), w.headers.admin, { pillarId: cyber, nameKo: ' ', nameEn: '' });
    expect(noName.statusCode).toBe(400);
    expect(noName.json<ErrorBody>().error.fields?.nameKo).toBeTruthy();
    const noPillar = await call('POST', teams(), w.headers.admin, {
      pillarId: 'nope',
      nameKo: '팀',
      nameEn: 'Team',
    });
    expect(noPillar.json<ErrorBody>().error.fields?.pillarId).toBeTruthy();
    const list = await call('GET', teams(), w.headers.admin);
    expect(list.json<{ items: unknown[] }>().items).toHaveLength(0);
  });

  it('shows a public team to anyone, and a private one only to its organizations’ people and members (404 otherwise)', async () => {
    const db = t.handle.db;
    const open = await freshTeam(db, [w.org.id]);
    const closed = await freshTeam(db, [w.org.id], { is_public: 0 });
    const active = await createUser(db, { name: 'Active Expert' });
    const invited = await createUser(db, { name: 'Invited Expert' });
    await freshMember(db, open.id, active.id, { status: 'active', role: 'lead', business_id: w.business.id });
    await freshMember(db, open.id, invited.id);
    const page = await call('GET', `/api/v1/action-teams/${open.slug}`, {});
    expect(page.statusCode).toBe(200);
    const members = page.json<{ members: { name: string; business: { slug: string } | null }[] }>().members;
    expect(members).toEqual([
      { name: 'Active Expert', role: 'lead', business: expect.objectContaining({ slug: w.business.slug }) },
    ]);

    for (const headers of [{}, w.headers.otherAdmin]) {
      expect((await call('GET', `/api/v1/action-teams/${closed.slug}`, headers)).statusCode).toBe(404);
    }
    expect((await call('GET', `/api/v1/action-teams/${closed.slug}`, w.headers.member)).statusCode).toBe(200);
    await freshMember(db, closed.id, invited.id);
    const invitee = await sessionHeaders(db, invited.id);
    expect((await call('GET', `/api/v1/action-teams/${closed.slug}`, invitee)).statusCode).toBe(200);
  });

  it('invites by e-mail once, tells the invitee in their language; accept and decline are the invitee’s and idempotent', async () => {
    const db = t.handle.db;
    const team = await createTeam();
    const expert = await createUser(db, { name: '김전문', locale: 'ko' });
    const invite = () =>
      call('POST', `${teams()}/${team.slug}/members`, w.headers.admin, {
        email: expert.email.toUpperCase(),
        role: 'lead',
      });
    expect((await invite()).statusCode).toBe(201);
    expect((await invite()).json<Detail>().members).toHaveLength(1);
    const notes = await db.selectFrom('notifications').selectAll().where('user_id', '=', expert.id).execute();
    expect(notes.map((n) => n.kind)).toEqual(['actionTeam.invited']);
    const mails = await db.selectFrom('outbox').selectAll().where('to_address', '=', expert.email).execute();
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ locale: 'ko' });
    expect(mails[0]?.subject).toContain('사이버 보안 액션 팀에 초대되었습니다');
    const mine = await call('GET', '/api/v1/notifications', await sessionHeaders(db, expert.id));
    expect(mine.body).toContain('사이버 보안 액션 팀에 초대되었습니다');

    const headers = await sessionHeaders(db, expert.id);
    const list = await call('GET', '/api/v1/action-teams/memberships', headers);
    const [invitation] = list.json<{ items: { id: string; status: string; role: string }[] }>().items;
    expect(invitation).toMatchObject({ status: 'invited', role: 'lead' });
    const id = invitation?.id ?? '';
    expect(
      (await call('POST', `/api/v1/action-teams/memberships/${id}/accept`, w.headers.member)).statusCode,
    ).toBe(403);
    const accepted = await call('POST', `/api/v1/action-teams/memberships/${id}/accept`, headers);
    expect(accepted.json<{ status: string }>().status).toBe('active');
    const twice = await call('POST', `/api/v1/action-teams/memberships/${id}/accept`, headers);
    expect(twice.statusCode).toBe(200);
    const late = await call('POST', `/api/v1/action-teams/memberships/${id}/decline`, headers);
    expect(late.statusCode).toBe(409);
    expect(late.json<ErrorBody>().error.fields?.status).toBeTruthy();
    const adminNotes = await db
      .selectFrom('notifications')
      .select('kind')
      .where('user_id', '=', w.users.admin.id)
      .execute();
    expect(adminNotes.map((n) => n.kind)).toEqual(['actionTeam.accepted']);
    expect(await pillarLeads(db, w.org.id, cyber)).toEqual([expert.id]);

    const left = await call('POST', `/api/v1/action-teams/memberships/${id}/leave`, headers);
    expect(left.json<{ status: string }>().status).toBe('left');
    expect(await pillarLeads(db, w.org.id, cyber)).toEqual([]);
  });

  it('invites a business’s owners; declining is final for that invitation; unknown people are a field error', async () => {
    const team = await createTeam();
    const invited = await call('POST', `${teams()}/${team.slug}/members`, w.headers.admin, {
      businessSlug: w.business.slug,
      role: 'adviser',
    });
    const [member] = invited.json<Detail>().members;
    expect(member).toMatchObject({
      userId: w.users.owner.id,
      role: 'adviser',
      business: { slug: w.business.slug },
    });
    const url = `/api/v1/action-teams/memberships/${member?.id}`;
    expect((await call('POST', `${url}/decline`, w.headers.owner)).json<{ status: string }>().status).toBe(
      'declined',
    );
    expect((await call('POST', `${url}/decline`, w.headers.owner)).statusCode).toBe(200);
    expect((await call('POST', `${url}/accept`, w.headers.owner)).statusCode).toBe(409);

    const nobody = await call('POST', `${teams()}/${team.slug}/members`, w.headers.admin, {
      email: 'no-one@example.test',
      role: 'member',
    });
    expect(nobody.statusCode).toBe(400);
    expect(nobody.json<ErrorBody>().error.fields?.email).toBeTruthy();
    const empty = await call('POST', `${teams()}/${team.slug}/members`, w.headers.admin, { role: 'member' });
    expect(empty.json<ErrorBody>().error.fields?.email).toBeTruthy();
  });

  it('suggests businesses with offers in the pillar, a partner with a won introduction first, with reasons', async () => {
    const db = t.handle.db;
    const team = await createTeam();
    const ownerA = await createUser(db);
    const ownerB = await createUser(db);
    const plain = await createBusiness(db, {
      organizationIds: [w.org.id],
      ownerId: ownerA.id,
      kind: 'partner',
      nameEn: 'Able Cyber',
    });
    const proven = await createBusiness(db, {
      organizationIds: [w.org.id],
      ownerId: ownerB.id,
      kind: 'partner',
      nameEn: 'Zeta Cyber',
    });
    const elsewhere = await createBusiness(db, {
      organizationIds: [w.other.id],
      kind: 'partner',
      nameEn: 'Far Cyber',
    });
    for (const b of [plain, proven, elsewhere]) {
      await offer(db, b.id, cyber, 'Store network security audits');
    }
    await offer(db, w.business.id, await pillarId(db, 'web-design'), 'Websites');
    await wonIntroduction(db, w.business.id, proven.id, cyber);

    const res = await call('GET', `${teams()}/${team.slug}/suggestions`, w.headers.admin);
    const items = res.json<{ items: { business: { slug: string }; score: number; reasons: string[] }[] }>()
      .items;
    expect(items.map((i) => i.business.slug)).toEqual([proven.slug, plain.slug]);
    expect(items[0]?.score).toBeGreaterThan(items[1]?.score ?? 0);
    expect(items[0]?.reasons).toEqual(
      expect.arrayContaining([
        'Offers “Store network security audits”',
        'Won 1 introduction in Cyber Security',
      ]),
    );
    await db.updateTable('users').set({ locale: 'ko' }).where('id', '=', w.users.platformAdmin.id).execute();
    const korean = await call('GET', `${teams()}/${team.slug}/suggestions`, w.headers.platformAdmin);
    await db.updateTable('users').set({ locale: 'en' }).where('id', '=', w.users.platformAdmin.id).execute();
    expect(korean.json<{ items: { reasons: string[] }[] }>().items[0]?.reasons.join(' ')).toContain('성사');

    // Once invited, a business is no longer suggested.
    await call('POST', `${teams()}/${team.slug}/members`, w.headers.admin, {
      businessSlug: proven.slug,
      role: 'member',
    });
    const after = await call('GET', `${teams()}/${team.slug}/suggestions`, w.headers.admin);
    expect(
      after.json<{ items: { business: { slug: string } }[] }>().items.map((i) => i.business.slug),
    ).toEqual([plain.slug]);
  });

  it('keeps goals, tasks and notes valid; active members contribute; a note needs a real occurrence', async () => {
    const db = t.handle.db;
    const team = await createTeam();
    const url = `${teams()}/${team.slug}`;
    const badDate = await call('POST', `${url}/goals`, w.headers.admin, {
      titleKo: '목표',
      titleEn: '',
      targetOn: '2027-02-30',
    });
    expect(badDate.json<ErrorBody>().error.fields?.targetOn).toBeTruthy();
    const goal = await call('POST', `${url}/goals`, w.headers.admin, {
      titleKo: '보안 점검 50곳',
      titleEn: '',
      targetOn: '2027-06-30',
    });
    const goals = goal.json<Detail>().goals;
    expect(goals).toEqual([
      expect.objectContaining({
        titleKo: '보안 점검 50곳',
        titleEn: '보안 점검 50곳',
        targetOn: '2027-06-30',
      }),
    ]);

    expect((await call('POST', `${url}/tasks`, w.headers.member, { title: 'Draft' })).statusCode).toBe(403);
    await freshMember(
      db,
      (
        await db
          .selectFrom('action_teams')
          .select('id')
          .where('slug', '=', team.slug)
          .executeTakeFirstOrThrow()
      ).id,
      w.users.member.id,
      { status: 'active' },
    );
    const notOnTeam = await call('POST', `${url}/tasks`, w.headers.member, {
      title: 'Draft',
      ownerUserId: w.users.partner.id,
    });
    expect(notOnTeam.json<ErrorBody>().error.fields?.ownerUserId).toBeTruthy();
    const wrongGoal = await call('POST', `${url}/tasks`, w.headers.member, {
      title: 'Draft',
      goalId: 'nope',
    });
    expect(wrongGoal.json<ErrorBody>().error.fields?.goalId).toBeTruthy();
    const task = await call('POST', `${url}/tasks`, w.headers.member, {
      title: 'Draft the checklist',
      ownerUserId: w.users.member.id,
      goalId: goals[0]?.id,
      dueOn: '2027-02-01',
    });
    expect(task.statusCode, task.body).toBe(201);
    const taskId = task.json<Detail>().tasks[0]?.id ?? '';
    const moved = await call('PATCH', `${url}/tasks/${taskId}`, w.headers.member, { status: 'doing' });
    expect(moved.json<Detail>().tasks[0]).toMatchObject({
      status: 'doing',
      owner: { userId: w.users.member.id },
    });

    const roundtable = await freshEvent(db, w.org.id, {
      kind: 'roundtable',
      starts_on: '2027-01-21',
      start_time: '07:30',
      end_time: '09:00',
      rrule: 'FREQ=MONTHLY;BYDAY=3TH;COUNT=12',
    });
    const wrongDay = await call('POST', `${url}/notes`, w.headers.member, {
      body: 'Kick-off',
      eventId: roundtable,
      occurrence: '2027-01-22',
    });
    expect(wrongDay.statusCode).toBe(400);
    expect(wrongDay.json<ErrorBody>().error.fields?.occurrence).toBeTruthy();
    const otherEvent = await freshEvent(db, w.other.id);
    const foreign = await call('POST', `${url}/notes`, w.headers.member, {
      body: 'x',
      eventId: otherEvent,
      occurrence: '2027-05-13',
    });
    expect(foreign.json<ErrorBody>().error.fields?.eventId).toBeTruthy();
    const noDay = await call('POST', `${url}/notes`, w.headers.member, { body: 'x' });
    expect(noDay.json<ErrorBody>().error.fields?.heldOn).toBeTruthy();
    const linked = await call('POST', `${url}/notes`, w.headers.member, {
      body: 'Kick-off',
      eventId: roundtable,
      occurrence: '2027-02-18',
    });
    expect(linked.statusCode, linked.body).toBe(201);
    expect(linked.json<Detail>().notes).toEqual([
      expect.objectContaining({
        heldOn: '2027-02-18',
        gathering: expect.objectContaining({ occurrence: '2027-02-18' }),
      }),
    ]);
  });

  it('pillarLeads: active leads of the pillar’s teams shared with the organization, nobody else', async () => {
    const db = t.handle.db;
    const shared = await freshTeam(db, [w.other.id, w.org.id]);
    const web = await freshTeam(db, [w.org.id], { pillar_id: await pillarId(db, 'web-design') });
    const [lead, coLead, invitedLead, plainMember, webLead] = await Promise.all(
      ['Lead', 'Co-lead', 'Invited', 'Member', 'Web lead'].map((name) => createUser(db, { name })),
    );
    await freshMember(db, shared.id, lead?.id ?? '', { role: 'lead', status: 'active' });
    await freshMember(db, shared.id, coLead?.id ?? '', { role: 'lead', status: 'active' });
    await freshMember(db, shared.id, invitedLead?.id ?? '', { role: 'lead' });
    await freshMember(db, shared.id, plainMember?.id ?? '', { status: 'active' });
    await freshMember(db, web.id, webLead?.id ?? '', { role: 'lead', status: 'active' });
    expect((await pillarLeads(db, w.org.id, cyber)).sort()).toEqual([lead?.id, coLead?.id].sort());
    expect((await pillarLeads(db, w.other.id, cyber)).sort()).toEqual([lead?.id, coLead?.id].sort());
    expect(await pillarLeads(db, w.org.id, await pillarId(db, 'finance'))).toEqual([]);
  });
});
