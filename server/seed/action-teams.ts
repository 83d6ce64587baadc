import { newId } from '../platform/auth/secrets.ts';
import type { DbOrTrx } from '../platform/db/database.ts';

/**
 * A demo action team: Safe City, shared by the Dallas KACC and the Richardson chamber, led by the KACC's staff
 * with two seeded experts (people who are none of the demo logins, so other demos' tests never meet them as
 * members), with goals, tasks on the board and the notes of its first meeting.
 */
const experts = [
  {
    email: 'dispatch@lonestaralarm.example',
    name: 'Mark Davis',
    locale: 'en' as const,
    business: 'lone-star-alarm',
    role: 'member' as const,
  },
  {
    email: 'advisor@safecity.example',
    name: '박성호',
    locale: 'ko' as const,
    business: null,
    role: 'adviser' as const,
  },
];

const DAY_MS = 24 * 3600_000;
const dayFrom = (now: Date, days: number) =>
  new Date(now.getTime() + days * DAY_MS).toISOString().slice(0, 10);

export async function seedDemoActionTeams(trx: DbOrTrx, passwordHash: string, now: Date): Promise<void> {
  const stamp = now.toISOString();
  const pillar = await trx
    .selectFrom('pillars')
    .select('id')
    .where('key', '=', 'safe-city')
    .executeTakeFirstOrThrow();
  const organizations = await trx
    .selectFrom('organizations')
    .select('id')
    .where('slug', 'in', ['kacc-dallas', 'richardson-chamber'])
    .execute();
  const lead = await trx
    .selectFrom('users')
    .select('id')
    .where('email', '=', 'staff@kaccdallas.org')
    .executeTakeFirstOrThrow();
  const teamId = newId();
  await trx
    .insertInto('action_teams')
    .values({
      id: teamId,
      slug: 'safe-city',
      pillar_id: pillar.id,
      name_ko: '세이프 시티 액션 팀',
      name_en: 'Safe City action team',
      summary_ko: '한인 업소의 도난·강도 예방: 무료 보안 진단, 카메라와 경보기 설치 안내, 경찰 연락 창구.',
      summary_en:
        'Keeping Korean-American stores safe: free security check-ups, advice on cameras and alarms, a line to the police.',
      is_public: 1,
      created_by: lead.id,
      created_at: stamp,
      updated_at: stamp,
    })
    .execute();
  await trx
    .insertInto('action_team_organizations')
    .values(organizations.map((o) => ({ team_id: teamId, organization_id: o.id })))
    .execute();
  const member = (userId: string, role: 'lead' | 'member' | 'adviser', businessId: string | null) => ({
    id: newId(),
    team_id: teamId,
    user_id: userId,
    business_id: businessId,
    role,
    status: 'active' as const,
    invited_by: lead.id,
    invited_at: stamp,
    responded_at: stamp,
  });
  await trx
    .insertInto('action_team_members')
    .values(member(lead.id, 'lead', null))
    .execute();
  const expertIds: string[] = [];
  for (const expert of experts) {
    const id = newId();
    expertIds.push(id);
    await trx
      .insertInto('users')
      .values({
        id,
        email: expert.email,
        password_hash: passwordHash,
        name: expert.name,
        locale: expert.locale,
        is_platform_admin: 0,
        created_at: stamp,
        updated_at: stamp,
      })
      .execute();
    const business = expert.business
      ? await trx.selectFrom('businesses').select('id').where('slug', '=', expert.business).executeTakeFirst()
      : undefined;
    await trx
      .insertInto('action_team_members')
      .values(member(id, expert.role, business?.id ?? null))
      .execute();
  }
  const goalId = newId();
  await trx
    .insertInto('action_team_goals')
    .values([
      {
        id: goalId,
        team_id: teamId,
        title_ko: '업소 보안 진단 50곳',
        title_en: '50 store security check-ups',
        target_on: dayFrom(now, 90),
        created_at: stamp,
        updated_at: stamp,
      },
      {
        id: newId(),
        team_id: teamId,
        title_ko: '한국어 보안 안내서 발간',
        title_en: 'A security guide in Korean',
        target_on: dayFrom(now, 45),
        created_at: stamp,
        updated_at: stamp,
      },
    ])
    .execute();
  await trx
    .insertInto('action_team_tasks')
    .values([
      {
        id: newId(),
        team_id: teamId,
        goal_id: goalId,
        title: '진단 점검표 초안 / Draft the check-up list',
        owner_user_id: expertIds[0] ?? null,
        status: 'doing',
        due_on: dayFrom(now, 14),
        created_at: stamp,
        updated_at: stamp,
      },
      {
        id: newId(),
        team_id: teamId,
        goal_id: goalId,
        title: '첫 20곳 일정 잡기 / Book the first 20 stores',
        owner_user_id: lead.id,
        status: 'todo',
        due_on: dayFrom(now, 30),
        created_at: stamp,
        updated_at: stamp,
      },
    ])
    .execute();
  await trx
    .insertInto('action_team_notes')
    .values({
      id: newId(),
      team_id: teamId,
      event_id: null,
      occurrence: null,
      held_on: dayFrom(now, -7),
      body: '첫 회의: 진단 점검표와 방문 순서를 정했습니다. / Kick-off: agreed on the check-up list and the order of visits.',
      author_id: lead.id,
      created_at: stamp,
    })
    .execute();
}
