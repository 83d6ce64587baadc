import { newId, now } from '../../platform/auth/secrets.ts';
import type { DbOrTrx } from '../../platform/db/database.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { occurrenceOn } from '../gatherings/occurrences.ts';
import type { TeamAccess } from './access.ts';
import { actionTeamError } from './messages.ts';
import * as queries from './queries.ts';
import type {
  GoalCreateBody,
  GoalUpdateBody,
  NoteCreateBody,
  TaskCreateBody,
  TaskUpdateBody,
} from './schema.ts';
import { bilingual, teamDetail } from './service.ts';

/** A team's work: goals with target dates, tasks with owners and status, and meeting notes. */

const invalid = (field: string, name: string, params?: Record<string, unknown>) =>
  new AppError('validation_failed', { fields: { [field]: actionTeamError(name, params) } });

/** A calendar date that exists (the schema checks the shape; 2027-02-30 passes it). */
function realDate(field: string, value: string | null | undefined): string | null | undefined {
  if (value === null || value === undefined) {
    return value;
  }
  const parsed = new Date(`${value}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== value) {
    throw invalid(field, 'dateInvalid');
  }
  return value;
}

async function goalOfTeam(db: DbOrTrx, access: TeamAccess, id: string) {
  const goal = await db
    .selectFrom('action_team_goals')
    .selectAll()
    .where('id', '=', id)
    .where('team_id', '=', access.team.id)
    .executeTakeFirst();
  return goal;
}

export async function addGoal(trx: DbOrTrx, access: TeamAccess, body: GoalCreateBody) {
  const title = bilingual('titleKo', body.titleKo, body.titleEn);
  const stamp = now();
  await trx
    .insertInto('action_team_goals')
    .values({
      id: newId(),
      team_id: access.team.id,
      title_ko: title.ko,
      title_en: title.en,
      target_on: realDate('targetOn', body.targetOn) ?? null,
      created_at: stamp,
      updated_at: stamp,
    })
    .execute();
  return teamDetail(trx, access);
}

export async function updateGoal(trx: DbOrTrx, access: TeamAccess, id: string, body: GoalUpdateBody) {
  const goal = await goalOfTeam(trx, access, id);
  if (!goal) {
    throw notFound();
  }
  const title = bilingual('titleKo', body.titleKo ?? goal.title_ko, body.titleEn ?? goal.title_en);
  await trx
    .updateTable('action_team_goals')
    .set({
      title_ko: title.ko,
      title_en: title.en,
      target_on: body.targetOn === undefined ? goal.target_on : realDate('targetOn', body.targetOn),
      status: body.status ?? goal.status,
      updated_at: now(),
    })
    .where('id', '=', goal.id)
    .execute();
  return teamDetail(trx, access);
}

/** The goal and owner a task points at must be the team's own: a goal of the team, an active member. */
async function checkTaskLinks(db: DbOrTrx, access: TeamAccess, body: TaskUpdateBody) {
  if (body.goalId && !(await goalOfTeam(db, access, body.goalId))) {
    throw invalid('goalId', 'goalUnknown');
  }
  if (body.ownerUserId) {
    const member = await queries.memberOf(db, access.team.id, body.ownerUserId);
    if (member?.status !== 'active') {
      throw invalid('ownerUserId', 'notTeamMember');
    }
  }
  realDate('dueOn', body.dueOn);
  if (body.title !== undefined && !body.title.trim()) {
    throw invalid('title', 'textMissing');
  }
}

export async function addTask(trx: DbOrTrx, access: TeamAccess, body: TaskCreateBody) {
  await checkTaskLinks(trx, access, body);
  const stamp = now();
  await trx
    .insertInto('action_team_tasks')
    .values({
      id: newId(),
      team_id: access.team.id,
      goal_id: body.goalId ?? null,
      title: body.title.trim(),
      owner_user_id: body.ownerUserId ?? null,
      status: body.status ?? 'todo',
      due_on: body.dueOn ?? null,
      created_at: stamp,
      updated_at: stamp,
    })
    .execute();
  return teamDetail(trx, access);
}

export async function updateTask(trx: DbOrTrx, access: TeamAccess, id: string, body: TaskUpdateBody) {
  const task = await trx
    .selectFrom('action_team_tasks')
    .selectAll()
    .where('id', '=', id)
    .where('team_id', '=', access.team.id)
    .executeTakeFirst();
  if (!task) {
    throw notFound();
  }
  await checkTaskLinks(trx, access, body);
  await trx
    .updateTable('action_team_tasks')
    .set({
      title: body.title?.trim() ?? task.title,
      goal_id: body.goalId === undefined ? task.goal_id : body.goalId,
      owner_user_id: body.ownerUserId === undefined ? task.owner_user_id : body.ownerUserId,
      due_on: body.dueOn === undefined ? task.due_on : body.dueOn,
      status: body.status ?? task.status,
      updated_at: now(),
    })
    .where('id', '=', task.id)
    .execute();
  return teamDetail(trx, access);
}

/**
 * Meeting notes. Linked to a roundtable of one of the team's organizations, the occurrence (its local date)
 * must be one the gathering has, and it is the day the notes were held; otherwise `heldOn` is required.
 */
function whenHeld(body: NoteCreateBody): { eventId: string | null; heldOn: string } {
  if (!body.eventId) {
    if (!body.heldOn) {
      throw invalid('heldOn', 'dateInvalid');
    }
    return { eventId: null, heldOn: realDate('heldOn', body.heldOn) ?? body.heldOn };
  }
  return { eventId: body.eventId, heldOn: body.occurrence ?? '' };
}

export async function addNote(
  trx: DbOrTrx,
  access: TeamAccess,
  authorId: string | null,
  body: NoteCreateBody,
) {
  if (!body.body.trim()) {
    throw invalid('body', 'textMissing');
  }
  const held = whenHeld(body);
  if (held.eventId) {
    const organizationIds = (await queries.organizationsOf(trx, [access.team.id])).map((o) => o.id);
    const event = await queries.eventOfOrganizations(trx, held.eventId, organizationIds);
    if (!event) {
      throw invalid('eventId', 'eventUnknown');
    }
    const occurrence = occurrenceOn(event, held.heldOn);
    if (!occurrence || occurrence.cancelled) {
      throw invalid('occurrence', 'notAnOccurrence', { date: held.heldOn || '—' });
    }
  }
  await trx
    .insertInto('action_team_notes')
    .values({
      id: newId(),
      team_id: access.team.id,
      event_id: held.eventId,
      occurrence: held.eventId ? held.heldOn : null,
      held_on: held.heldOn,
      body: body.body.trim(),
      author_id: authorId,
      created_at: now(),
    })
    .execute();
  return teamDetail(trx, access);
}
