import type { FastifyRequest } from 'fastify';
import type { Selectable } from 'kysely';
import { can } from '../../platform/auth/policies.ts';
import type { DbOrTrx } from '../../platform/db/database.ts';
import type { ActionTeamTable, Organization } from '../../platform/db/schema.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { actorId, organizationFor } from '../organizations/access.ts';
import * as queries from './queries.ts';

export type Team = Selectable<ActionTeamTable>;

/** A team in the URL, seen from one organization sharing it, and what the caller may do with it. */
export interface TeamAccess {
  organization: Organization;
  team: Team;
  /** The organization's admins (and platform admins, its API tokens): every sharing organization co-manages. */
  canManage: boolean;
  /** Managers and the team's active members: goals, tasks and meeting notes. */
  canContribute: boolean;
}

/**
 * Resolves `/organizations/:slug/action-teams/:team`: the organization's people see the teams shared with
 * it (401/403 otherwise, as for the organization); a team not shared with it is not found. `need` 'manage'
 * asks for actionTeams.manage, 'contribute' also lets the team's active members through (403 otherwise).
 */
export async function teamFor(
  db: DbOrTrx,
  request: FastifyRequest,
  slug: string,
  teamSlug: string,
  need: 'read' | 'contribute' | 'manage' = 'read',
): Promise<TeamAccess> {
  const organization = await organizationFor(db, request, slug, 'actionTeams.read');
  const team = await queries.teamBySlug(db, teamSlug);
  if (!team || !(await queries.isShared(db, team.id, organization.id))) {
    throw notFound();
  }
  const canManage = can(request.caller, 'actionTeams.manage', { organizationId: organization.id });
  const userId = actorId(request);
  const member = userId ? await queries.memberOf(db, team.id, userId) : undefined;
  const canContribute = canManage || member?.status === 'active';
  if ((need === 'manage' && !canManage) || (need === 'contribute' && !canContribute)) {
    throw new AppError('forbidden');
  }
  return { organization, team, canManage, canContribute };
}

/**
 * The public page's team: anyone sees a public team; a private one only the people of the organizations
 * sharing it and its own members — to everyone else it does not exist (404).
 */
export async function visibleTeam(db: DbOrTrx, request: FastifyRequest, teamSlug: string): Promise<Team> {
  const team = await queries.teamBySlug(db, teamSlug);
  if (!team) {
    throw notFound();
  }
  if (team.is_public === 1) {
    return team;
  }
  const organizationIds = (await queries.organizationsOf(db, [team.id])).map((o) => o.id);
  if (can(request.caller, 'actionTeams.read', { businessOrganizationIds: organizationIds })) {
    return team;
  }
  const userId = actorId(request);
  const member = userId ? await queries.memberOf(db, team.id, userId) : undefined;
  if (member && (member.status === 'active' || member.status === 'invited')) {
    return team;
  }
  throw notFound();
}
