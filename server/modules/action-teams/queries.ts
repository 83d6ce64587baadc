import type { Insertable } from 'kysely';
import type { DbOrTrx } from '../../platform/db/database.ts';
import type { ActionTeamMemberTable, ActionTeamTable } from '../../platform/db/schema.ts';

export function teamBySlug(db: DbOrTrx, slug: string) {
  return db.selectFrom('action_teams').selectAll().where('slug', '=', slug).executeTakeFirst();
}

export async function slugTaken(db: DbOrTrx, slug: string): Promise<boolean> {
  return (
    (await db.selectFrom('action_teams').select('id').where('slug', '=', slug).executeTakeFirst()) !==
    undefined
  );
}

export async function insertTeam(db: DbOrTrx, row: Insertable<ActionTeamTable>, organizationId: string) {
  await db.insertInto('action_teams').values(row).execute();
  await share(db, row.id, organizationId);
}

export async function share(db: DbOrTrx, teamId: string, organizationId: string): Promise<void> {
  await db
    .insertInto('action_team_organizations')
    .values({ team_id: teamId, organization_id: organizationId })
    .execute();
}

export async function isShared(db: DbOrTrx, teamId: string, organizationId: string): Promise<boolean> {
  const row = await db
    .selectFrom('action_team_organizations')
    .select('team_id')
    .where('team_id', '=', teamId)
    .where('organization_id', '=', organizationId)
    .executeTakeFirst();
  return row !== undefined;
}

export function teamsOfOrganization(db: DbOrTrx, organizationId: string) {
  return db
    .selectFrom('action_teams')
    .innerJoin('action_team_organizations as shared', 'shared.team_id', 'action_teams.id')
    .selectAll('action_teams')
    .where('shared.organization_id', '=', organizationId)
    .orderBy('action_teams.name_en')
    .orderBy('action_teams.id')
    .execute();
}

export function organizationsOf(db: DbOrTrx, teamIds: readonly string[]) {
  if (teamIds.length === 0) {
    return Promise.resolve([]);
  }
  return db
    .selectFrom('action_team_organizations as shared')
    .innerJoin('organizations', 'organizations.id', 'shared.organization_id')
    .select([
      'shared.team_id',
      'organizations.id',
      'organizations.slug',
      'organizations.name_ko',
      'organizations.name_en',
    ])
    .where('shared.team_id', 'in', teamIds)
    .orderBy('organizations.slug')
    .execute();
}

export function pillars(db: DbOrTrx) {
  return db
    .selectFrom('pillars')
    .select(['id', 'key', 'name_ko', 'name_en', 'retired'])
    .orderBy('position')
    .execute();
}

export function activeMembers(db: DbOrTrx, teamIds: readonly string[]) {
  if (teamIds.length === 0) {
    return Promise.resolve([]);
  }
  return db
    .selectFrom('action_team_members')
    .select(['team_id', 'user_id'])
    .where('team_id', 'in', teamIds)
    .where('status', '=', 'active')
    .execute();
}

export function membersOf(db: DbOrTrx, teamId: string) {
  return db
    .selectFrom('action_team_members as m')
    .innerJoin('users', 'users.id', 'm.user_id')
    .leftJoin('businesses', 'businesses.id', 'm.business_id')
    .selectAll('m')
    .select([
      'users.name',
      'businesses.slug as business_slug',
      'businesses.name_ko as business_name_ko',
      'businesses.name_en as business_name_en',
    ])
    .where('m.team_id', '=', teamId)
    .orderBy('m.invited_at')
    .orderBy('m.id')
    .execute();
}
export type MemberRow = Awaited<ReturnType<typeof membersOf>>[number];

export function memberOf(db: DbOrTrx, teamId: string, userId: string) {
  return db
    .selectFrom('action_team_members')
    .selectAll()
    .where('team_id', '=', teamId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
}

export function membershipById(db: DbOrTrx, id: string) {
  return db.selectFrom('action_team_members').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertMember(db: DbOrTrx, row: Insertable<ActionTeamMemberTable>): Promise<void> {
  await db.insertInto('action_team_members').values(row).execute();
}

export function goalsOf(db: DbOrTrx, teamId: string) {
  return db
    .selectFrom('action_team_goals')
    .selectAll()
    .where('team_id', '=', teamId)
    .orderBy('target_on')
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

export function tasksOf(db: DbOrTrx, teamId: string) {
  return db
    .selectFrom('action_team_tasks as task')
    .leftJoin('users as owner', 'owner.id', 'task.owner_user_id')
    .selectAll('task')
    .select('owner.name as owner_name')
    .where('task.team_id', '=', teamId)
    .orderBy('task.due_on')
    .orderBy('task.created_at')
    .orderBy('task.id')
    .execute();
}

export function notesOf(db: DbOrTrx, teamId: string) {
  return db
    .selectFrom('action_team_notes as note')
    .leftJoin('events', 'events.id', 'note.event_id')
    .leftJoin('users as author', 'author.id', 'note.author_id')
    .selectAll('note')
    .select([
      'events.title_ko as event_title_ko',
      'events.title_en as event_title_en',
      'author.name as author_name',
    ])
    .where('note.team_id', '=', teamId)
    .orderBy('note.held_on', 'desc')
    .orderBy('note.created_at', 'desc')
    .execute();
}

export function eventOfOrganizations(db: DbOrTrx, eventId: string, organizationIds: readonly string[]) {
  return db
    .selectFrom('events')
    .selectAll()
    .where('id', '=', eventId)
    .where('organization_id', 'in', organizationIds)
    .executeTakeFirst();
}

export function userByEmail(db: DbOrTrx, email: string) {
  return db
    .selectFrom('users')
    .select(['id', 'name'])
    .where((eb) => eb(eb.fn('lower', ['email']), '=', email.trim().toLowerCase()))
    .executeTakeFirst();
}

export function businessOwners(db: DbOrTrx, businessSlug: string) {
  return db
    .selectFrom('businesses')
    .innerJoin('business_users', 'business_users.business_id', 'businesses.id')
    .select(['businesses.id as business_id', 'business_users.user_id'])
    .where('businesses.slug', '=', businessSlug)
    .where('business_users.role', '=', 'owner')
    .orderBy('business_users.user_id')
    .execute();
}

function membershipRows(db: DbOrTrx) {
  return db
    .selectFrom('action_team_members as m')
    .innerJoin('action_teams as team', 'team.id', 'm.team_id')
    .innerJoin('pillars', 'pillars.id', 'team.pillar_id')
    .leftJoin('businesses', 'businesses.id', 'm.business_id')
    .select([
      'm.id',
      'm.role',
      'm.status',
      'm.invited_at',
      'team.slug',
      'team.name_ko',
      'team.name_en',
      'pillars.id as pillar_id',
      'pillars.key as pillar_key',
      'pillars.name_ko as pillar_name_ko',
      'pillars.name_en as pillar_name_en',
      'businesses.slug as business_slug',
      'businesses.name_ko as business_name_ko',
      'businesses.name_en as business_name_en',
    ]);
}

/** The user's open invitations and memberships, newest first. */
export function membershipsOfUser(db: DbOrTrx, userId: string) {
  return membershipRows(db)
    .where('m.user_id', '=', userId)
    .where('m.status', 'in', ['invited', 'active'])
    .orderBy('m.invited_at', 'desc')
    .orderBy('m.id')
    .execute();
}

export function membershipView(db: DbOrTrx, id: string) {
  return membershipRows(db).where('m.id', '=', id).executeTakeFirstOrThrow();
}

/** User ids of the active leads of the pillar's teams shared with the organization. */
export async function pillarLeads(db: DbOrTrx, organizationId: string, pillarId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('action_team_members as m')
    .innerJoin('action_teams as team', 'team.id', 'm.team_id')
    .innerJoin('action_team_organizations as shared', 'shared.team_id', 'team.id')
    .select('m.user_id')
    .distinct()
    .where('shared.organization_id', '=', organizationId)
    .where('team.pillar_id', '=', pillarId)
    .where('m.role', '=', 'lead')
    .where('m.status', '=', 'active')
    .orderBy('m.user_id')
    .execute();
  return rows.map((r) => r.user_id);
}
