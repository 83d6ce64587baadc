/** Shapes of the action-team API (server/modules/action-teams/schema.ts). */
export type Role = 'lead' | 'member' | 'adviser';
export type MemberStatus = 'invited' | 'active' | 'declined' | 'left';
export type TaskStatus = 'todo' | 'doing' | 'done';

export interface Names {
  nameKo: string;
  nameEn: string;
}
export interface Pillar extends Names {
  id: string;
  key: string;
}
export interface OrganizationRef extends Names {
  slug: string;
}
export interface BusinessRef extends Names {
  slug: string;
}

export interface TeamSummary extends Names {
  slug: string;
  summaryKo: string;
  summaryEn: string;
  isPublic: boolean;
  pillar: Pillar;
  organizations: OrganizationRef[];
  activeMembers: number;
}

export interface TeamList {
  organization: OrganizationRef;
  canManage: boolean;
  pillars: Pillar[];
  items: TeamSummary[];
}

export interface Member {
  id: string;
  userId: string;
  name: string;
  role: Role;
  status: MemberStatus;
  business: BusinessRef | null;
}

export interface Goal {
  id: string;
  titleKo: string;
  titleEn: string;
  targetOn: string | null;
  status: 'open' | 'done';
}

export interface Task {
  id: string;
  title: string;
  goalId: string | null;
  owner: { userId: string; name: string } | null;
  status: TaskStatus;
  dueOn: string | null;
}

export interface Note {
  id: string;
  heldOn: string;
  body: string;
  gathering: { eventId: string; occurrence: string; titleKo: string; titleEn: string } | null;
  author: string | null;
}

export interface TeamDetail extends TeamSummary {
  canManage: boolean;
  canContribute: boolean;
  members: Member[];
  goals: Goal[];
  tasks: Task[];
  notes: Note[];
}

export interface Suggestion {
  business: BusinessRef & { kind: 'member' | 'partner' };
  score: number;
  reasons: string[];
}

export interface PublicTeam extends Names {
  slug: string;
  summaryKo: string;
  summaryEn: string;
  pillar: Pillar;
  organizations: OrganizationRef[];
  members: { name: string; role: Role; business: BusinessRef | null }[];
  goals: Goal[];
}

export interface MyMembership {
  id: string;
  role: Role;
  status: MemberStatus;
  team: Names & { slug: string; pillar: Pillar };
  business: BusinessRef | null;
  invitedAt: string;
}

export const teamPaths = {
  list: (orgSlug: string) => `/teams/org/${encodeURIComponent(orgSlug)}`,
  team: (orgSlug: string, teamSlug: string) =>
    `/teams/org/${encodeURIComponent(orgSlug)}/${encodeURIComponent(teamSlug)}`,
  public: (teamSlug: string) => `/teams/${encodeURIComponent(teamSlug)}`,
  invitations: '/teams/invitations',
};

export const teamApi = (orgSlug: string, teamSlug?: string) =>
  `/organizations/${encodeURIComponent(orgSlug)}/action-teams${teamSlug ? `/${encodeURIComponent(teamSlug)}` : ''}`;
