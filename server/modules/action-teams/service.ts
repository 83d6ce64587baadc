import { newId, now } from '../../platform/auth/secrets.ts';
import type { DbOrTrx } from '../../platform/db/database.ts';
import type { Locale, Organization } from '../../platform/db/schema.ts';
import { AppError } from '../../platform/errors.ts';
import { organizationBySlug } from '../organizations/service.ts';
import type { Team, TeamAccess } from './access.ts';
import { actionTeamError } from './messages.ts';
import * as present from './presenter.ts';
import * as queries from './queries.ts';
import type { TeamCreateBody, TeamUpdateBody } from './schema.ts';
import { suggestExperts } from './suggestions.ts';

/** Paths of the web app that a team page would shadow. */
const RESERVED_SLUGS = new Set(['org', 'invitations', 'new', 'memberships']);

/** Both names, or the one given twice: a team written in one language still reads in the other. */
export function bilingual(field: string, ko: string | undefined, en: string | undefined) {
  const k = (ko ?? '').trim();
  const e = (en ?? '').trim();
  if (!k && !e) {
    throw new AppError('validation_failed', { fields: { [field]: actionTeamError('textMissing') } });
  }
  return { ko: k || e, en: e || k };
}

async function freshSlug(db: DbOrTrx, name: string): Promise<string> {
  const base =
    name
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'team';
  for (let n = 1; ; n += 1) {
    const slug = n === 1 ? base : `${base}-${n}`;
    if (!RESERVED_SLUGS.has(slug) && !(await queries.slugTaken(db, slug))) {
      return slug;
    }
  }
}

async function pillarOf(db: DbOrTrx, pillarId: string) {
  const pillar = (await queries.pillars(db)).find((p) => p.id === pillarId);
  if (!pillar) {
    throw new Error(`action team with unknown pillar ${pillarId}`);
  }
  return pillar;
}

export async function listTeams(db: DbOrTrx, organization: Organization, canManage: boolean) {
  const teams = await queries.teamsOfOrganization(db, organization.id);
  const ids = teams.map((team) => team.id);
  const organizations = await queries.organizationsOf(db, ids);
  const active = await queries.activeMembers(db, ids);
  const pillars = await queries.pillars(db);
  return {
    organization: present.presentOrganization(organization),
    canManage,
    pillars: pillars.filter((p) => p.retired === 0).map(present.presentPillar),
    items: teams.flatMap((team) => {
      const pillar = pillars.find((p) => p.id === team.pillar_id);
      return pillar
        ? [
            present.presentSummary(
              team,
              pillar,
              organizations.filter((o) => o.team_id === team.id),
              active.filter((m) => m.team_id === team.id).length,
            ),
          ]
        : [];
    }),
  };
}

export async function createTeam(
  trx: DbOrTrx,
  organization: Organization,
  userId: string | null,
  body: TeamCreateBody,
): Promise<Team> {
  const pillar = (await queries.pillars(trx)).find((p) => p.id === body.pillarId && p.retired === 0);
  if (!pillar) {
    throw new AppError('validation_failed', { fields: { pillarId: actionTeamError('pillarUnknown') } });
  }
  const name = bilingual('nameKo', body.nameKo, body.nameEn);
  const stamp = now();
  const team = {
    id: newId(),
    slug: await freshSlug(trx, name.en),
    pillar_id: pillar.id,
    name_ko: name.ko,
    name_en: name.en,
    summary_ko: (body.summaryKo ?? '').trim(),
    summary_en: (body.summaryEn ?? '').trim(),
    is_public: body.isPublic === false ? 0 : 1,
    created_by: userId,
    created_at: stamp,
    updated_at: stamp,
  };
  await queries.insertTeam(trx, team, organization.id);
  return team;
}

export async function teamDetail(db: DbOrTrx, access: TeamAccess) {
  const { team } = access;
  const members = await queries.membersOf(db, team.id);
  const organizations = await queries.organizationsOf(db, [team.id]);
  const active = members.filter((m) => m.status === 'active').length;
  return {
    ...present.presentSummary(team, await pillarOf(db, team.pillar_id), organizations, active),
    canManage: access.canManage,
    canContribute: access.canContribute,
    // Declined and past members are the managers' business only.
    members: members.filter((m) => access.canManage || m.status === 'active').map(present.presentMember),
    goals: (await queries.goalsOf(db, team.id)).map(present.presentGoal),
    tasks: (await queries.tasksOf(db, team.id)).map(present.presentTask),
    notes: (await queries.notesOf(db, team.id)).map(present.presentNote),
  };
}

export async function updateTeam(trx: DbOrTrx, access: TeamAccess, body: TeamUpdateBody) {
  const { team } = access;
  const name =
    body.nameKo !== undefined || body.nameEn !== undefined
      ? bilingual('nameKo', body.nameKo ?? team.name_ko, body.nameEn ?? team.name_en)
      : { ko: team.name_ko, en: team.name_en };
  const changes = {
    name_ko: name.ko,
    name_en: name.en,
    summary_ko: body.summaryKo?.trim() ?? team.summary_ko,
    summary_en: body.summaryEn?.trim() ?? team.summary_en,
    is_public: body.isPublic === undefined ? team.is_public : body.isPublic ? 1 : 0,
    updated_at: now(),
  };
  await trx.updateTable('action_teams').set(changes).where('id', '=', team.id).execute();
  return teamDetail(trx, { ...access, team: { ...team, ...changes } });
}

/** Shares the team with another organization, whose admins then co-manage it (sharing twice changes nothing). */
export async function shareTeam(trx: DbOrTrx, access: TeamAccess, organizationSlug: string) {
  const other = await organizationBySlug(trx, organizationSlug);
  if (!(await queries.isShared(trx, access.team.id, other.id))) {
    await queries.share(trx, access.team.id, other.id);
  }
  return teamDetail(trx, access);
}

export async function suggestions(db: DbOrTrx, access: TeamAccess, locale: Locale) {
  const organizationIds = (await queries.organizationsOf(db, [access.team.id])).map((o) => o.id);
  const pillar = await pillarOf(db, access.team.pillar_id);
  return { items: await suggestExperts(db, access.team, organizationIds, pillar, locale) };
}

export async function publicTeam(db: DbOrTrx, team: Team) {
  const members = await queries.membersOf(db, team.id);
  return {
    slug: team.slug,
    nameKo: team.name_ko,
    nameEn: team.name_en,
    summaryKo: team.summary_ko,
    summaryEn: team.summary_en,
    pillar: present.presentPillar(await pillarOf(db, team.pillar_id)),
    organizations: (await queries.organizationsOf(db, [team.id])).map(present.presentOrganization),
    members: members.filter((m) => m.status === 'active').map(present.presentPublicMember),
    goals: (await queries.goalsOf(db, team.id)).map(present.presentGoal),
  };
}

/** For other modules (the services desk escalates to them): the active leads of the pillar's teams. */
export function pillarLeads(db: DbOrTrx, organizationId: string, pillarId: string): Promise<string[]> {
  return queries.pillarLeads(db, organizationId, pillarId);
}
