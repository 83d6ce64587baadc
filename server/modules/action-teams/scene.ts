import type { Insertable } from 'kysely';
import { newId } from '../../platform/auth/secrets.ts';
import type { DbOrTrx } from '../../platform/db/database.ts';
import type { ActionTeamMemberTable, ActionTeamTable } from '../../platform/db/schema.ts';

/** Test support: teams and members written straight to the database. */

export async function pillarId(db: DbOrTrx, key = 'cyber-security'): Promise<string> {
  const pillar = await db.selectFrom('pillars').select('id').where('key', '=', key).executeTakeFirstOrThrow();
  return pillar.id;
}

/** A team of the pillar (cyber security by default) shared with the organizations given. */
export async function freshTeam(
  db: DbOrTrx,
  organizationIds: readonly string[],
  overrides: Partial<Insertable<ActionTeamTable>> = {},
): Promise<{ id: string; slug: string }> {
  const id = newId();
  const slug = `team-${id.slice(0, 8)}`;
  const stamp = new Date().toISOString();
  await db
    .insertInto('action_teams')
    .values({
      id,
      slug,
      pillar_id: overrides.pillar_id ?? (await pillarId(db)),
      name_ko: '사이버 보안 팀',
      name_en: 'Cyber Security team',
      summary_ko: '매장 네트워크와 결제 보안',
      summary_en: 'Store network and payment security',
      created_by: null,
      created_at: stamp,
      updated_at: stamp,
      ...overrides,
    })
    .execute();
  for (const organizationId of organizationIds) {
    await db
      .insertInto('action_team_organizations')
      .values({ team_id: id, organization_id: organizationId })
      .execute();
  }
  return { id, slug };
}

export async function freshMember(
  db: DbOrTrx,
  teamId: string,
  userId: string,
  overrides: Partial<Insertable<ActionTeamMemberTable>> = {},
): Promise<string> {
  const id = newId();
  await db
    .insertInto('action_team_members')
    .values({
      id,
      team_id: teamId,
      user_id: userId,
      business_id: null,
      role: 'member',
      status: 'invited',
      invited_by: null,
      invited_at: new Date().toISOString(),
      responded_at: null,
      ...overrides,
    })
    .execute();
  return id;
}
