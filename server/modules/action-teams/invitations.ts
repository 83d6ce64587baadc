import { newId, now } from '../../platform/auth/secrets.ts';
import type { DbOrTrx } from '../../platform/db/database.ts';
import type { ActionTeamMemberStatus, ActionTeamRole } from '../../platform/db/schema.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { t } from '../../platform/i18n/index.ts';
import { notify } from '../notifications/service.ts';
import type { TeamAccess } from './access.ts';
import { actionTeamError } from './messages.ts';
import { presentMyMembership } from './presenter.ts';
import * as queries from './queries.ts';
import type { InviteBody } from './schema.ts';
import { teamDetail } from './service.ts';

/**
 * Invitations: a manager invites a person (by their account's e-mail) or a business (its owners), with a role;
 * the invitee accepts or declines, and may later leave. A team may have several leads (a team shared by
 * chambers often has one per chamber): naming a lead never demotes another.
 */

const INVITATIONS_LINK = '/teams/invitations';
const roleNames = (role: ActionTeamRole) => ({
  roleKo: t('ko', `actionTeams:roles.${role}`),
  roleEn: t('en', `actionTeams:roles.${role}`),
});

async function invitees(db: DbOrTrx, body: InviteBody) {
  if (body.businessSlug) {
    const owners = await queries.businessOwners(db, body.businessSlug);
    if (owners.length === 0) {
      throw new AppError('validation_failed', { fields: { businessSlug: actionTeamError('noOwners') } });
    }
    return owners;
  }
  if (!body.email?.trim()) {
    throw new AppError('validation_failed', { fields: { email: actionTeamError('personMissing') } });
  }
  const user = await queries.userByEmail(db, body.email);
  if (!user) {
    throw new AppError('validation_failed', { fields: { email: actionTeamError('noAccount') } });
  }
  return [{ user_id: user.id, business_id: null }];
}

/** Invites each person once: someone already invited or on the team is left as is (no second notice). */
export async function invite(
  trx: DbOrTrx,
  access: TeamAccess,
  inviter: { id: string | null; name: string },
  body: InviteBody,
) {
  const { team } = access;
  const pillar = (await queries.pillars(trx)).find((p) => p.id === team.pillar_id);
  const stamp = now();
  for (const person of await invitees(trx, body)) {
    const existing = await queries.memberOf(trx, team.id, person.user_id);
    if (existing && (existing.status === 'invited' || existing.status === 'active')) {
      continue;
    }
    const row = {
      role: body.role,
      status: 'invited' as const,
      business_id: person.business_id,
      invited_by: inviter.id,
      invited_at: stamp,
      responded_at: null,
    };
    if (existing) {
      await trx.updateTable('action_team_members').set(row).where('id', '=', existing.id).execute();
    } else {
      await queries.insertMember(trx, { id: newId(), team_id: team.id, user_id: person.user_id, ...row });
    }
    await notify(trx, {
      userId: person.user_id,
      kind: 'actionTeam.invited',
      payload: {
        teamKo: team.name_ko,
        teamEn: team.name_en,
        pillarKo: pillar?.name_ko ?? '',
        pillarEn: pillar?.name_en ?? '',
        ...roleNames(body.role),
        inviter: inviter.name,
        link: INVITATIONS_LINK,
      },
    });
  }
  return teamDetail(trx, access);
}

async function memberOfTeam(db: DbOrTrx, access: TeamAccess, id: string) {
  const member = await queries.membershipById(db, id);
  if (!member || member.team_id !== access.team.id) {
    throw notFound();
  }
  return member;
}

export async function changeRole(trx: DbOrTrx, access: TeamAccess, id: string, role: ActionTeamRole) {
  const member = await memberOfTeam(trx, access, id);
  await trx.updateTable('action_team_members').set({ role }).where('id', '=', member.id).execute();
  return teamDetail(trx, access);
}

/** Takes someone off the team (or withdraws their invitation): they are recorded as having left. */
export async function removeMember(trx: DbOrTrx, access: TeamAccess, id: string) {
  const member = await memberOfTeam(trx, access, id);
  if (member.status === 'invited' || member.status === 'active') {
    await trx
      .updateTable('action_team_members')
      .set({ status: 'left', responded_at: now() })
      .where('id', '=', member.id)
      .execute();
  }
  return teamDetail(trx, access);
}

export async function myMemberships(db: DbOrTrx, userId: string) {
  return { items: (await queries.membershipsOfUser(db, userId)).map(presentMyMembership) };
}

type Answer = 'accept' | 'decline' | 'leave';
/** Where each answer may start from, and where it leads; repeating an answer changes nothing. */
const transitions: Record<Answer, { from: ActionTeamMemberStatus; to: ActionTeamMemberStatus }> = {
  accept: { from: 'invited', to: 'active' },
  decline: { from: 'invited', to: 'declined' },
  leave: { from: 'active', to: 'left' },
};

export async function answer(trx: DbOrTrx, userId: string, id: string, action: Answer) {
  const member = await queries.membershipById(trx, id);
  if (!member) {
    throw notFound();
  }
  if (member.user_id !== userId) {
    throw new AppError('forbidden');
  }
  const { from, to } = transitions[action];
  if (member.status !== to) {
    if (member.status !== from) {
      const error = actionTeamError(action === 'leave' ? 'notActive' : 'alreadyAnswered');
      throw new AppError('conflict', { fields: { status: error } });
    }
    const changed = await trx
      .updateTable('action_team_members')
      .set({ status: to, responded_at: now() })
      .where('id', '=', member.id)
      .where('status', '=', from)
      .executeTakeFirst();
    if (Number(changed.numUpdatedRows) === 1 && action !== 'leave' && member.invited_by) {
      await tellInviter(
        trx,
        member.invited_by,
        member.team_id,
        userId,
        member.role,
        action === 'accept' ? 'accepted' : 'declined',
      );
    }
  }
  return presentMyMembership(await queries.membershipView(trx, id));
}

async function tellInviter(
  trx: DbOrTrx,
  inviterId: string,
  teamId: string,
  userId: string,
  role: ActionTeamRole,
  kind: 'accepted' | 'declined',
) {
  const team = await trx
    .selectFrom('action_teams')
    .select(['name_ko', 'name_en', 'slug'])
    .where('id', '=', teamId)
    .executeTakeFirstOrThrow();
  const person = await trx
    .selectFrom('users')
    .select('name')
    .where('id', '=', userId)
    .executeTakeFirstOrThrow();
  await notify(trx, {
    userId: inviterId,
    kind: `actionTeam.${kind}`,
    payload: {
      teamKo: team.name_ko,
      teamEn: team.name_en,
      person: person.name,
      ...roleNames(role),
      link: `/teams/${team.slug}`,
    },
  });
}
