import type { Db } from '../../platform/db/database.ts';
import type { MatrixWorld, RoleName, RouteCase } from '../../../test/world.ts';
import { everyone } from '../../../test/world.ts';
import { createUser } from '../../../test/fixtures.ts';
import { freshMember, freshTeam, pillarId } from './scene.ts';

/**
 * Action teams: who may call each route. The organization's people read the teams shared with it; its admins
 * (and platform admins, its API tokens) create, edit, share, get suggestions and invite — for a team another
 * organization shared with it too. Goals, tasks and notes: the admins and the team's active members. An
 * invitation is answered by the invitee only; the caller's own list needs a signed-in person. A public team's
 * page is open to anyone (a private one is tested in action-teams.test.ts).
 */
const managers = ['admin', 'platformAdmin', 'token'] as const;
const readers = ['member', 'partner', 'liaison', 'owner', ...managers] as const;
const people = everyone.filter((r) => r !== 'anonymous' && r !== 'token' && r !== 'otherToken');

type World = MatrixWorld;
const teams = (w: World) => `/api/v1/organizations/${w.org.slug}/action-teams`;

type Origin = 'own' | 'shared' | 'memberOn';
/** The organization's own team; one the other organization made and shared; one the member is active on. */
async function teamUrl(db: Db, w: World, origin: Origin): Promise<string> {
  const owners = origin === 'shared' ? [w.other.id, w.org.id] : [w.org.id];
  const team = await freshTeam(db, owners);
  if (origin === 'memberOn') {
    await freshMember(db, team.id, w.users.member.id, { status: 'active' });
  }
  return `${teams(w)}/${team.slug}`;
}

const targets: Record<Origin, { target: string; extra: readonly RoleName[] }> = {
  own: { target: 'own team', extra: [] },
  shared: { target: 'team shared by the other organization', extra: [] },
  memberOn: { target: 'team the member is on', extra: ['member'] },
};

const workCases = (origin: Origin): RouteCase[] => {
  const { target, extra } = targets[origin];
  const allowed = [...managers, ...extra];
  const goal = async (db: Db, url: string) => {
    const slug = url.split('/').pop() ?? '';
    const row = await db
      .selectFrom('action_teams')
      .select('id')
      .where('slug', '=', slug)
      .executeTakeFirstOrThrow();
    const id = `goal-${slug}`;
    const stamp = new Date().toISOString();
    await db
      .insertInto('action_team_goals')
      .values({
        id,
        team_id: row.id,
        title_ko: '목표',
        title_en: 'Goal',
        target_on: null,
        created_at: stamp,
        updated_at: stamp,
      })
      .execute();
    await db
      .insertInto('action_team_tasks')
      .values({
        id: `task-${slug}`,
        team_id: row.id,
        goal_id: id,
        title: 'Task',
        owner_user_id: null,
        due_on: null,
        created_at: stamp,
        updated_at: stamp,
      })
      .execute();
    return slug;
  };
  return [
    {
      route: 'POST /organizations/:slug/action-teams/:team/goals',
      target,
      allowed,
      request: async (db, w) => ({
        method: 'POST',
        url: `${await teamUrl(db, w, origin)}/goals`,
        payload: { titleKo: '보안 점검 50곳', titleEn: '50 security checks', targetOn: '2027-06-30' },
      }),
    },
    {
      route: 'PATCH /organizations/:slug/action-teams/:team/goals/:id',
      target,
      allowed,
      request: async (db, w) => {
        const url = await teamUrl(db, w, origin);
        const slug = await goal(db, url);
        return { method: 'PATCH', url: `${url}/goals/goal-${slug}`, payload: { status: 'done' } };
      },
    },
    {
      route: 'POST /organizations/:slug/action-teams/:team/tasks',
      target,
      allowed,
      request: async (db, w) => ({
        method: 'POST',
        url: `${await teamUrl(db, w, origin)}/tasks`,
        payload: { title: 'Checklist draft', dueOn: '2027-02-01' },
      }),
    },
    {
      route: 'PATCH /organizations/:slug/action-teams/:team/tasks/:id',
      target,
      allowed,
      request: async (db, w) => {
        const url = await teamUrl(db, w, origin);
        const slug = await goal(db, url);
        return { method: 'PATCH', url: `${url}/tasks/task-${slug}`, payload: { status: 'doing' } };
      },
    },
    {
      route: 'POST /organizations/:slug/action-teams/:team/notes',
      target,
      allowed,
      request: async (db, w) => ({
        method: 'POST',
        url: `${await teamUrl(db, w, origin)}/notes`,
        payload: { heldOn: '2027-01-21', body: 'Kick-off' },
      }),
    },
  ];
};

const manageCases = (origin: 'own' | 'shared'): RouteCase[] => {
  const { target } = targets[origin];
  const member = async (db: Db, w: World) => {
    const url = await teamUrl(db, w, origin);
    const slug = url.split('/').pop() ?? '';
    const row = await db
      .selectFrom('action_teams')
      .select('id')
      .where('slug', '=', slug)
      .executeTakeFirstOrThrow();
    const person = await createUser(db, { name: 'Expert' });
    return `${url}/members/${await freshMember(db, row.id, person.id)}`;
  };
  return [
    {
      route: 'GET /organizations/:slug/action-teams/:team',
      target,
      allowed: readers,
      request: async (db, w) => ({ method: 'GET', url: await teamUrl(db, w, origin) }),
    },
    {
      route: 'PATCH /organizations/:slug/action-teams/:team',
      target,
      allowed: managers,
      request: async (db, w) => ({
        method: 'PATCH',
        url: await teamUrl(db, w, origin),
        payload: { summaryEn: 'Security help' },
      }),
    },
    {
      route: 'PUT /organizations/:slug/action-teams/:team/organizations/:organization',
      target,
      allowed: managers,
      request: async (db, w) => ({
        method: 'PUT',
        url: `${await teamUrl(db, w, origin)}/organizations/${w.other.slug}`,
      }),
    },
    {
      route: 'GET /organizations/:slug/action-teams/:team/suggestions',
      target,
      allowed: managers,
      request: async (db, w) => ({ method: 'GET', url: `${await teamUrl(db, w, origin)}/suggestions` }),
    },
    {
      route: 'POST /organizations/:slug/action-teams/:team/members',
      target,
      allowed: managers,
      request: async (db, w) => {
        const person = await createUser(db, { name: 'Expert' });
        return {
          method: 'POST',
          url: `${await teamUrl(db, w, origin)}/members`,
          payload: { email: person.email, role: 'member' },
        };
      },
    },
    {
      route: 'PATCH /organizations/:slug/action-teams/:team/members/:id',
      target,
      allowed: managers,
      request: async (db, w) => ({ method: 'PATCH', url: await member(db, w), payload: { role: 'lead' } }),
    },
    {
      route: 'DELETE /organizations/:slug/action-teams/:team/members/:id',
      target,
      allowed: managers,
      request: async (db, w) => ({ method: 'DELETE', url: await member(db, w) }),
    },
  ];
};

/** An invitation (or, for leaving, a membership) of the member of the organization. */
const answerCase = (action: 'accept' | 'decline' | 'leave'): RouteCase => ({
  route: `POST /action-teams/memberships/:id/${action}`,
  target: "the member's",
  allowed: ['member'],
  request: async (db, w) => {
    const team = await freshTeam(db, [w.org.id]);
    const status = action === 'leave' ? 'active' : 'invited';
    const id = await freshMember(db, team.id, w.users.member.id, { status });
    return { method: 'POST', url: `/api/v1/action-teams/memberships/${id}/${action}` };
  },
});

export const actionTeamRouteCases: RouteCase[] = [
  {
    route: 'GET /organizations/:slug/action-teams',
    allowed: readers,
    request: async (_db, w) => ({ method: 'GET', url: teams(w) }),
  },
  {
    route: 'POST /organizations/:slug/action-teams',
    allowed: managers,
    request: async (db, w) => ({
      method: 'POST',
      url: teams(w),
      payload: { pillarId: await pillarId(db), nameKo: '사이버 보안', nameEn: 'Cyber Security' },
    }),
  },
  ...manageCases('own'),
  ...manageCases('shared'),
  ...workCases('own'),
  ...workCases('shared'),
  ...workCases('memberOn'),
  {
    route: 'GET /action-teams/memberships',
    allowed: people,
    request: async () => ({ method: 'GET', url: '/api/v1/action-teams/memberships' }),
  },
  answerCase('accept'),
  answerCase('decline'),
  answerCase('leave'),
  {
    route: 'GET /action-teams/:team',
    target: 'public team',
    allowed: everyone,
    request: async (db, w) => ({
      method: 'GET',
      url: `/api/v1/action-teams/${(await freshTeam(db, [w.org.id])).slug}`,
    }),
  },
];
