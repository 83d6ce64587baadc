import { Type, type Static } from 'typebox';
import { levels } from '../assessments/score.ts';
import { INCIDENT_TYPES, type IncidentType } from '../../platform/db/schema.ts';

/** Every incident type, in the order the dashboard lists them. */
export const incidentTypes = INCIDENT_TYPES;

export const MIN_RETENTION_MONTHS = 1;
export const MAX_RETENTION_MONTHS = 120;

export const OrgParams = Type.Object(
  { slug: Type.String({ minLength: 1, maxLength: 80 }) },
  { additionalProperties: false },
);
export const DashboardQuery = Type.Object(
  { lang: Type.Optional(Type.Enum(['ko', 'en'])) },
  { additionalProperties: false },
);

export const RetentionBody = Type.Object(
  { retentionMonths: Type.Integer({ minimum: MIN_RETENTION_MONTHS, maximum: MAX_RETENTION_MONTHS }) },
  { additionalProperties: false },
);
export type RetentionBody = Static<typeof RetentionBody>;
export const RetentionResponse = Type.Object({ retentionMonths: Type.Integer() });

const TypeCounts = Type.Object(Object.fromEntries(incidentTypes.map((t) => [t, Type.Integer()])));
export type TypeCounts = Record<IncidentType, number>;

const Minutes = Type.Union([Type.Number(), Type.Null()]);

export const Dashboard = Type.Object({
  organization: Type.Object({ slug: Type.String(), nameKo: Type.String(), nameEn: Type.String() }),
  /** The last twelve calendar months (UTC), oldest first, the current month last. */
  months: Type.Array(Type.String()),
  incidents: Type.Object({
    total: Type.Integer(),
    byType: TypeCounts,
    byMonth: Type.Array(Type.Object({ month: Type.String(), total: Type.Integer(), byType: TypeCounts })),
  }),
  alerts: Type.Object({
    raised: Type.Integer(),
    recipients: Type.Integer(),
    seen: Type.Integer(),
    /** Seen ÷ recipients, 0–1; null before any alert reached anyone. */
    seenShare: Type.Union([Type.Number(), Type.Null()]),
    /** Recipients who answered "I saw this too". */
    sightings: Type.Integer(),
    /** Median over alerts seen at least once: alert raised → its first "seen". */
    medianMinutesToFirstSeen: Minutes,
    /** The same from the incident's report, for alerts raised from a report. */
    medianMinutesFromReportToFirstSeen: Minutes,
  }),
  checklists: Type.Array(
    Type.Object({
      kind: Type.String(),
      title: Type.String(),
      /** The organization's businesses, and how many have taken this checklist (latest result counts). */
      businesses: Type.Integer(),
      assessed: Type.Integer(),
      averagePercent: Type.Union([Type.Integer(), Type.Null()]),
      levels: Type.Object(Object.fromEntries(levels.map((l) => [l, Type.Integer()]))),
    }),
  ),
  retentionMonths: Type.Integer(),
  /** Whether the caller may change the retention period (organization admins). */
  canManageRetention: Type.Boolean(),
});
export type Dashboard = Static<typeof Dashboard>;
