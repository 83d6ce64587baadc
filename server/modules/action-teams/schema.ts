import { Type, type Static } from 'typebox';

const Slug = Type.String({ minLength: 1, maxLength: 80 });
const Id = Type.String({ minLength: 1, maxLength: 64 });
/** One language may be left empty; the service asks for at least one. */
const Text = (maxLength: number) => Type.String({ maxLength });
const Day = Type.String({ minLength: 10, maxLength: 10, pattern: '^\\d{4}-\\d{2}-\\d{2}$' });
const Role = Type.Enum(['lead', 'member', 'adviser']);

export const OrgParams = Type.Object({ slug: Slug }, { additionalProperties: false });
export const TeamParams = Type.Object({ slug: Slug, team: Slug }, { additionalProperties: false });
export const ItemParams = Type.Object({ slug: Slug, team: Slug, id: Id }, { additionalProperties: false });
export const ShareParams = Type.Object(
  { slug: Slug, team: Slug, organization: Slug },
  { additionalProperties: false },
);
export const PublicParams = Type.Object({ team: Slug }, { additionalProperties: false });
export const MembershipParams = Type.Object({ id: Id }, { additionalProperties: false });

export const TeamCreateBody = Type.Object(
  {
    pillarId: Id,
    nameKo: Text(120),
    nameEn: Text(120),
    summaryKo: Type.Optional(Text(2000)),
    summaryEn: Type.Optional(Text(2000)),
    /** Whether /teams/:slug shows it to anyone (default: yes). */
    isPublic: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
export type TeamCreateBody = Static<typeof TeamCreateBody>;

export const TeamUpdateBody = Type.Object(
  {
    nameKo: Type.Optional(Text(120)),
    nameEn: Type.Optional(Text(120)),
    summaryKo: Type.Optional(Text(2000)),
    summaryEn: Type.Optional(Text(2000)),
    isPublic: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
export type TeamUpdateBody = Static<typeof TeamUpdateBody>;

/** Invite a person by the e-mail of their account, or a business (its owners are invited). */
export const InviteBody = Type.Object(
  {
    email: Type.Optional(Type.String({ maxLength: 254 })),
    businessSlug: Type.Optional(Slug),
    role: Role,
  },
  { additionalProperties: false },
);
export type InviteBody = Static<typeof InviteBody>;

export const MemberUpdateBody = Type.Object({ role: Role }, { additionalProperties: false });

export const GoalCreateBody = Type.Object(
  { titleKo: Text(200), titleEn: Text(200), targetOn: Type.Optional(Type.Union([Day, Type.Null()])) },
  { additionalProperties: false },
);
export type GoalCreateBody = Static<typeof GoalCreateBody>;

export const GoalUpdateBody = Type.Object(
  {
    titleKo: Type.Optional(Text(200)),
    titleEn: Type.Optional(Text(200)),
    targetOn: Type.Optional(Type.Union([Day, Type.Null()])),
    status: Type.Optional(Type.Enum(['open', 'done'])),
  },
  { additionalProperties: false },
);
export type GoalUpdateBody = Static<typeof GoalUpdateBody>;

const TaskStatus = Type.Enum(['todo', 'doing', 'done']);

export const TaskCreateBody = Type.Object(
  {
    title: Type.String({ maxLength: 200 }),
    goalId: Type.Optional(Type.Union([Id, Type.Null()])),
    /** A user on the team (active). */
    ownerUserId: Type.Optional(Type.Union([Id, Type.Null()])),
    dueOn: Type.Optional(Type.Union([Day, Type.Null()])),
    status: Type.Optional(TaskStatus),
  },
  { additionalProperties: false },
);
export type TaskCreateBody = Static<typeof TaskCreateBody>;

export const TaskUpdateBody = Type.Object(
  {
    title: Type.Optional(Type.String({ maxLength: 200 })),
    goalId: Type.Optional(Type.Union([Id, Type.Null()])),
    ownerUserId: Type.Optional(Type.Union([Id, Type.Null()])),
    dueOn: Type.Optional(Type.Union([Day, Type.Null()])),
    status: Type.Optional(TaskStatus),
  },
  { additionalProperties: false },
);
export type TaskUpdateBody = Static<typeof TaskUpdateBody>;

/** Meeting notes; linked to a roundtable, the occurrence (its local date) is the day they were held. */
export const NoteCreateBody = Type.Object(
  {
    body: Type.String({ maxLength: 10_000 }),
    heldOn: Type.Optional(Day),
    eventId: Type.Optional(Type.Union([Id, Type.Null()])),
    occurrence: Type.Optional(Type.Union([Type.String({ maxLength: 10 }), Type.Null()])),
  },
  { additionalProperties: false },
);
export type NoteCreateBody = Static<typeof NoteCreateBody>;

const Names = { nameKo: Type.String(), nameEn: Type.String() };
const Pillar = Type.Object({ id: Type.String(), key: Type.String(), ...Names });
const OrganizationRef = Type.Object({ slug: Type.String(), ...Names });
const BusinessRef = Type.Object({ slug: Type.String(), ...Names });

const teamSummary = {
  slug: Type.String(),
  ...Names,
  summaryKo: Type.String(),
  summaryEn: Type.String(),
  isPublic: Type.Boolean(),
  pillar: Pillar,
  organizations: Type.Array(OrganizationRef),
  activeMembers: Type.Integer(),
};
export const TeamSummary = Type.Object(teamSummary);

export const TeamList = Type.Object({
  organization: OrganizationRef,
  /** Whether the caller may create teams here (the organization's admins). */
  canManage: Type.Boolean(),
  pillars: Type.Array(Pillar),
  items: Type.Array(TeamSummary),
});

export const Member = Type.Object({
  id: Type.String(),
  userId: Type.String(),
  name: Type.String(),
  role: Role,
  status: Type.Enum(['invited', 'active', 'declined', 'left']),
  business: Type.Union([BusinessRef, Type.Null()]),
  invitedAt: Type.String(),
  respondedAt: Type.Union([Type.String(), Type.Null()]),
});

export const Goal = Type.Object({
  id: Type.String(),
  titleKo: Type.String(),
  titleEn: Type.String(),
  targetOn: Type.Union([Type.String(), Type.Null()]),
  status: Type.Enum(['open', 'done']),
});

export const Task = Type.Object({
  id: Type.String(),
  title: Type.String(),
  goalId: Type.Union([Type.String(), Type.Null()]),
  owner: Type.Union([Type.Object({ userId: Type.String(), name: Type.String() }), Type.Null()]),
  status: TaskStatus,
  dueOn: Type.Union([Type.String(), Type.Null()]),
});

export const Note = Type.Object({
  id: Type.String(),
  heldOn: Type.String(),
  body: Type.String(),
  /** The roundtable occurrence the notes were taken at. */
  gathering: Type.Union([
    Type.Object({
      eventId: Type.String(),
      occurrence: Type.String(),
      titleKo: Type.String(),
      titleEn: Type.String(),
    }),
    Type.Null(),
  ]),
  author: Type.Union([Type.String(), Type.Null()]),
  createdAt: Type.String(),
});

export const TeamDetail = Type.Object({
  ...teamSummary,
  /** The organization's admins co-manage a shared team: invite, share, edit. */
  canManage: Type.Boolean(),
  /** Managers and the team's active members: goals, tasks and notes. */
  canContribute: Type.Boolean(),
  members: Type.Array(Member),
  goals: Type.Array(Goal),
  tasks: Type.Array(Task),
  notes: Type.Array(Note),
});

export const Suggestion = Type.Object({
  business: Type.Object({ slug: Type.String(), kind: Type.Enum(['member', 'partner']), ...Names }),
  score: Type.Integer(),
  /** Why, in the caller's language. */
  reasons: Type.Array(Type.String()),
});
export const SuggestionList = Type.Object({ items: Type.Array(Suggestion) });

export const PublicTeam = Type.Object({
  slug: Type.String(),
  ...Names,
  summaryKo: Type.String(),
  summaryEn: Type.String(),
  pillar: Pillar,
  organizations: Type.Array(OrganizationRef),
  /** Active members: names and the businesses' public pages. */
  members: Type.Array(
    Type.Object({ name: Type.String(), role: Role, business: Type.Union([BusinessRef, Type.Null()]) }),
  ),
  goals: Type.Array(Goal),
});

/** An invitation or membership of the caller, with what it is for. */
export const MyMembership = Type.Object({
  id: Type.String(),
  role: Role,
  status: Type.Enum(['invited', 'active', 'declined', 'left']),
  team: Type.Object({ slug: Type.String(), ...Names, pillar: Pillar }),
  business: Type.Union([BusinessRef, Type.Null()]),
  invitedAt: Type.String(),
});
export const MyMemberships = Type.Object({ items: Type.Array(MyMembership) });
