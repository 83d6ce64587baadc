import type { Pillar } from '../../platform/db/schema.ts';
import type { Team } from './access.ts';
import type { MemberRow } from './queries.ts';
import type * as queries from './queries.ts';

/** What the API shows of teams and their parts: named fields only, never raw rows. */

type OrganizationRow = { slug: string; name_ko: string; name_en: string };
type GoalRow = Awaited<ReturnType<typeof queries.goalsOf>>[number];
type TaskRow = Awaited<ReturnType<typeof queries.tasksOf>>[number];
type NoteRow = Awaited<ReturnType<typeof queries.notesOf>>[number];

export const presentPillar = (p: Pick<Pillar, 'id' | 'key' | 'name_ko' | 'name_en'>) => ({
  id: p.id,
  key: p.key,
  nameKo: p.name_ko,
  nameEn: p.name_en,
});

export const presentOrganization = (o: OrganizationRow) => ({
  slug: o.slug,
  nameKo: o.name_ko,
  nameEn: o.name_en,
});

const businessRef = (slug: string | null, ko: string | null, en: string | null) =>
  slug ? { slug, nameKo: ko ?? '', nameEn: en ?? '' } : null;

export function presentSummary(
  team: Team,
  pillar: Pick<Pillar, 'id' | 'key' | 'name_ko' | 'name_en'>,
  organizations: readonly OrganizationRow[],
  activeMembers: number,
) {
  return {
    slug: team.slug,
    nameKo: team.name_ko,
    nameEn: team.name_en,
    summaryKo: team.summary_ko,
    summaryEn: team.summary_en,
    isPublic: team.is_public === 1,
    pillar: presentPillar(pillar),
    organizations: organizations.map(presentOrganization),
    activeMembers,
  };
}

export const presentMember = (m: MemberRow) => ({
  id: m.id,
  userId: m.user_id,
  name: m.name,
  role: m.role,
  status: m.status,
  business: businessRef(m.business_slug, m.business_name_ko, m.business_name_en),
  invitedAt: m.invited_at,
  respondedAt: m.responded_at,
});

export const presentPublicMember = (m: MemberRow) => ({
  name: m.name,
  role: m.role,
  business: businessRef(m.business_slug, m.business_name_ko, m.business_name_en),
});

export const presentGoal = (g: GoalRow) => ({
  id: g.id,
  titleKo: g.title_ko,
  titleEn: g.title_en,
  targetOn: g.target_on,
  status: g.status,
});

export const presentTask = (task: TaskRow) => ({
  id: task.id,
  title: task.title,
  goalId: task.goal_id,
  owner: task.owner_user_id ? { userId: task.owner_user_id, name: task.owner_name ?? '' } : null,
  status: task.status,
  dueOn: task.due_on,
});

export const presentNote = (n: NoteRow) => ({
  id: n.id,
  heldOn: n.held_on,
  body: n.body,
  gathering:
    n.event_id && n.occurrence
      ? {
          eventId: n.event_id,
          occurrence: n.occurrence,
          titleKo: n.event_title_ko ?? '',
          titleEn: n.event_title_en ?? '',
        }
      : null,
  author: n.author_name,
  createdAt: n.created_at,
});

type MembershipRow = Awaited<ReturnType<typeof queries.membershipsOfUser>>[number];

export const presentMyMembership = (m: MembershipRow) => ({
  id: m.id,
  role: m.role,
  status: m.status,
  team: {
    slug: m.slug,
    nameKo: m.name_ko,
    nameEn: m.name_en,
    pillar: presentPillar({
      id: m.pillar_id,
      key: m.pillar_key,
      name_ko: m.pillar_name_ko,
      name_en: m.pillar_name_en,
    }),
  },
  business: businessRef(m.business_slug, m.business_name_ko, m.business_name_en),
  invitedAt: m.invited_at,
});
