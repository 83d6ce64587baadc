import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { can } from '../../platform/auth/policies.ts';
import type { DbOrTrx } from '../../platform/db/database.ts';
import { errorResponses, requireUser } from '../../platform/http.ts';
import { actorId, organizationFor } from '../organizations/access.ts';
import { teamFor, visibleTeam } from './access.ts';
import * as invitations from './invitations.ts';
import './messages.ts';
import {
  GoalCreateBody,
  GoalUpdateBody,
  InviteBody,
  ItemParams,
  MemberUpdateBody,
  MembershipParams,
  MyMembership,
  MyMemberships,
  NoteCreateBody,
  OrgParams,
  PublicParams,
  PublicTeam,
  ShareParams,
  SuggestionList,
  TaskCreateBody,
  TaskUpdateBody,
  TeamCreateBody,
  TeamDetail,
  TeamList,
  TeamParams,
  TeamUpdateBody,
} from './schema.ts';
import * as service from './service.ts';
import * as work from './work.ts';

const tags = ['action-teams'];
const base = '/organizations/:slug/action-teams';
const team = `${base}/:team`;

/** Who invites, as the invitee reads it: the person, or the organization for its API token. */
async function inviterOf(trx: DbOrTrx, request: FastifyRequest, organizationName: string) {
  const userId = actorId(request);
  const user = userId
    ? await trx.selectFrom('users').select('name').where('id', '=', userId).executeTakeFirst()
    : undefined;
  return { id: userId, name: user?.name ?? organizationName };
}

/** Action teams: per pillar, expert business leaders gathered by the organizations sharing the team. */
export const actionTeamRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    base,
    {
      schema: {
        tags,
        summary: 'The action teams shared with the organization, and the pillars a new one may be for',
        params: OrgParams,
        response: { 200: TeamList, ...errorResponses(401, 403, 404) },
      },
    },
    async (request) => {
      const organization = await organizationFor(app.db, request, request.params.slug, 'actionTeams.read');
      const canManage = can(request.caller, 'actionTeams.manage', { organizationId: organization.id });
      return service.listTeams(app.db, organization, canManage);
    },
  );

  app.post(
    base,
    {
      schema: {
        tags,
        summary: 'Create a team for a pillar: bilingual name and public summary (admins)',
        params: OrgParams,
        body: TeamCreateBody,
        response: { 201: TeamDetail, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const detail = await app.db.transaction().execute(async (trx) => {
        const organization = await organizationFor(trx, request, request.params.slug, 'actionTeams.manage');
        const created = await service.createTeam(trx, organization, actorId(request), request.body);
        return service.teamDetail(
          trx,
          await teamFor(trx, request, organization.slug, created.slug, 'manage'),
        );
      });
      return reply.status(201).send(detail);
    },
  );

  app.get(
    team,
    {
      schema: {
        tags,
        summary: 'A team: members and roles, goals, tasks and meeting notes',
        params: TeamParams,
        response: { 200: TeamDetail, ...errorResponses(401, 403, 404) },
      },
    },
    async (request) =>
      service.teamDetail(app.db, await teamFor(app.db, request, request.params.slug, request.params.team)),
  );

  app.patch(
    team,
    {
      schema: {
        tags,
        summary: 'Change the name, the public summary or whether the public page is shown (admins)',
        params: TeamParams,
        body: TeamUpdateBody,
        response: { 200: TeamDetail, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) =>
      app.db.transaction().execute(async (trx) => {
        const access = await teamFor(trx, request, request.params.slug, request.params.team, 'manage');
        return service.updateTeam(trx, access, request.body);
      }),
  );

  app.put(
    `${team}/organizations/:organization`,
    {
      schema: {
        tags,
        summary: 'Share the team with another organization: its admins co-manage it (admins)',
        params: ShareParams,
        response: { 200: TeamDetail, ...errorResponses(401, 403, 404) },
      },
    },
    async (request) =>
      app.db.transaction().execute(async (trx) => {
        const access = await teamFor(trx, request, request.params.slug, request.params.team, 'manage');
        return service.shareTeam(trx, access, request.params.organization);
      }),
  );

  app.get(
    `${team}/suggestions`,
    {
      schema: {
        tags,
        summary:
          'Suggested experts: businesses with offers in the pillar, ranked by fit and track record, with reasons',
        params: TeamParams,
        response: { 200: SuggestionList, ...errorResponses(401, 403, 404) },
      },
    },
    async (request) => {
      const access = await teamFor(app.db, request, request.params.slug, request.params.team, 'manage');
      return service.suggestions(app.db, access, request.locale);
    },
  );

  app.post(
    `${team}/members`,
    {
      schema: {
        tags,
        summary:
          "Invite a person (their account's e-mail) or a business (its owners) with a role; told in their language",
        params: TeamParams,
        body: InviteBody,
        response: { 201: TeamDetail, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const detail = await app.db.transaction().execute(async (trx) => {
        const access = await teamFor(trx, request, request.params.slug, request.params.team, 'manage');
        const inviter = await inviterOf(
          trx,
          request,
          request.locale === 'ko' ? access.organization.name_ko : access.organization.name_en,
        );
        return invitations.invite(trx, access, inviter, request.body);
      });
      return reply.status(201).send(detail);
    },
  );

  app.patch(
    `${team}/members/:id`,
    {
      schema: {
        tags,
        summary: "Change someone's role: lead, member or adviser (several leads may share a team) (admins)",
        params: ItemParams,
        body: MemberUpdateBody,
        response: { 200: TeamDetail, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) =>
      app.db.transaction().execute(async (trx) => {
        const access = await teamFor(trx, request, request.params.slug, request.params.team, 'manage');
        return invitations.changeRole(trx, access, request.params.id, request.body.role);
      }),
  );

  app.delete(
    `${team}/members/:id`,
    {
      schema: {
        tags,
        summary: 'Take someone off the team, or withdraw their invitation (admins)',
        params: ItemParams,
        response: { 200: TeamDetail, ...errorResponses(401, 403, 404) },
      },
    },
    async (request) =>
      app.db.transaction().execute(async (trx) => {
        const access = await teamFor(trx, request, request.params.slug, request.params.team, 'manage');
        return invitations.removeMember(trx, access, request.params.id);
      }),
  );

  app.post(
    `${team}/goals`,
    {
      schema: {
        tags,
        summary: 'Add a goal with a target date (admins and the team’s active members)',
        params: TeamParams,
        body: GoalCreateBody,
        response: { 201: TeamDetail, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const detail = await app.db.transaction().execute(async (trx) => {
        const access = await teamFor(trx, request, request.params.slug, request.params.team, 'contribute');
        return work.addGoal(trx, access, request.body);
      });
      return reply.status(201).send(detail);
    },
  );

  app.patch(
    `${team}/goals/:id`,
    {
      schema: {
        tags,
        summary: 'Change a goal: title, target date, open or done',
        params: ItemParams,
        body: GoalUpdateBody,
        response: { 200: TeamDetail, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) =>
      app.db.transaction().execute(async (trx) => {
        const access = await teamFor(trx, request, request.params.slug, request.params.team, 'contribute');
        return work.updateGoal(trx, access, request.params.id, request.body);
      }),
  );

  app.post(
    `${team}/tasks`,
    {
      schema: {
        tags,
        summary: 'Add a task: title, owner (an active member), due date, goal, status',
        params: TeamParams,
        body: TaskCreateBody,
        response: { 201: TeamDetail, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const detail = await app.db.transaction().execute(async (trx) => {
        const access = await teamFor(trx, request, request.params.slug, request.params.team, 'contribute');
        return work.addTask(trx, access, request.body);
      });
      return reply.status(201).send(detail);
    },
  );

  app.patch(
    `${team}/tasks/:id`,
    {
      schema: {
        tags,
        summary: 'Move a task on the board (to do, doing, done) or change its owner, title or due date',
        params: ItemParams,
        body: TaskUpdateBody,
        response: { 200: TeamDetail, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) =>
      app.db.transaction().execute(async (trx) => {
        const access = await teamFor(trx, request, request.params.slug, request.params.team, 'contribute');
        return work.updateTask(trx, access, request.params.id, request.body);
      }),
  );

  app.post(
    `${team}/notes`,
    {
      schema: {
        tags,
        summary:
          'Write meeting notes, optionally linked to a roundtable occurrence (event id and its local date)',
        params: TeamParams,
        body: NoteCreateBody,
        response: { 201: TeamDetail, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const detail = await app.db.transaction().execute(async (trx) => {
        const access = await teamFor(trx, request, request.params.slug, request.params.team, 'contribute');
        return work.addNote(trx, access, actorId(request), request.body);
      });
      return reply.status(201).send(detail);
    },
  );

  app.get(
    '/action-teams/memberships',
    {
      schema: {
        tags,
        summary: "The caller's open invitations and the teams they are on",
        response: { 200: MyMemberships, ...errorResponses(401, 403) },
      },
    },
    async (request) => invitations.myMemberships(app.db, requireUser(request).userId),
  );

  for (const action of ['accept', 'decline', 'leave'] as const) {
    app.post(
      `/action-teams/memberships/:id/${action}`,
      {
        schema: {
          tags,
          summary: {
            accept: 'Accept an invitation (the invitee; accepting twice changes nothing)',
            decline: 'Decline an invitation (the invitee; declining twice changes nothing)',
            leave: 'Leave a team one is on',
          }[action],
          params: MembershipParams,
          response: { 200: MyMembership, ...errorResponses(401, 403, 404, 409) },
        },
      },
      async (request) =>
        app.db.transaction().execute(async (trx) => {
          const { userId } = requireUser(request);
          return invitations.answer(trx, userId, request.params.id, action);
        }),
    );
  }

  app.get(
    '/action-teams/:team',
    {
      schema: {
        tags,
        summary: 'The public page of a team: pillar, summary, active members and their businesses, goals',
        params: PublicParams,
        response: { 200: PublicTeam, ...errorResponses(404) },
      },
    },
    async (request) => service.publicTeam(app.db, await visibleTeam(app.db, request, request.params.team)),
  );
};
