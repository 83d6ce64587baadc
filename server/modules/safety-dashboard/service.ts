import type { DbOrTrx } from '../../platform/db/database.ts';
import type { IncidentType, Locale, Organization } from '../../platform/db/schema.ts';
import { checklists } from '../assessments/checklists/index.ts';
import { levelOf, levels, percentOf, type Level } from '../assessments/score.ts';
import * as queries from './queries.ts';
import { incidentTypes, type Dashboard, type TypeCounts } from './schema.ts';

const MONTHS = 12;

/** The last twelve calendar months in UTC as YYYY-MM, oldest first, ending with the month of `now`. */
export function lastMonths(now: Date, count = MONTHS): string[] {
  return Array.from({ length: count }, (_, index) => {
    const date = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - (count - 1 - index), 1));
    return date.toISOString().slice(0, 7);
  });
}

/** The middle value (the mean of the two middle ones for an even count); null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) {
    return null;
  }
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const value =
    sorted.length % 2 === 1
      ? (sorted[middle] as number)
      : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
  return Math.round(value * 10) / 10;
}

const minutesBetween = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 60_000;

function zeroCounts(): TypeCounts {
  return Object.fromEntries(incidentTypes.map((t) => [t, 0])) as TypeCounts;
}

function isIncidentType(value: string): value is IncidentType {
  return (incidentTypes as readonly string[]).includes(value);
}

async function incidentPicture(db: DbOrTrx, organizationId: string, months: string[]) {
  const rows = await queries.incidentCounts(db, organizationId, `${months[0]}-01T00:00:00.000Z`);
  const byType = zeroCounts();
  const byMonth = months.map((month) => ({ month, total: 0, byType: zeroCounts() }));
  let total = 0;
  for (const row of rows) {
    const bucket = byMonth.find((m) => m.month === row.month);
    if (!bucket || !isIncidentType(row.type)) {
      continue;
    }
    const count = Number(row.count);
    bucket.byType[row.type] += count;
    bucket.total += count;
    byType[row.type] += count;
    total += count;
  }
  return { total, byType, byMonth };
}

async function alertPicture(db: DbOrTrx, organizationId: string, since: string) {
  const rows = await queries.alertReach(db, organizationId, since);
  const toFirstSeen: number[] = [];
  const fromReport: number[] = [];
  let recipients = 0;
  let seen = 0;
  let sightings = 0;
  for (const row of rows) {
    recipients += Number(row.recipients);
    seen += Number(row.seen);
    sightings += Number(row.sightings);
    if (row.first_seen) {
      toFirstSeen.push(minutesBetween(row.created_at, row.first_seen));
      if (row.reported_at) {
        fromReport.push(minutesBetween(row.reported_at, row.first_seen));
      }
    }
  }
  return {
    raised: rows.length,
    recipients,
    seen,
    seenShare: recipients === 0 ? null : seen / recipients,
    sightings,
    medianMinutesToFirstSeen: median(toFirstSeen),
    medianMinutesFromReportToFirstSeen: median(fromReport),
  };
}

/** Per checklist: how many member businesses took it, and the levels of their latest results. */
async function checklistPicture(db: DbOrTrx, organizationId: string, locale: Locale) {
  const rows = await queries.assessmentsOfMembers(db, organizationId);
  const businesses = await queries.countMembers(db, organizationId);
  const seen = new Set<string>();
  const latest = rows.filter((row) => {
    const key = `${row.business_id}:${row.kind}`;
    const first = !seen.has(key);
    seen.add(key);
    return first;
  });
  return checklists.map((checklist) => {
    const percents = latest
      .filter((r) => r.kind === checklist.kind)
      .map((r) => percentOf(r.score, r.max_score));
    const counts = Object.fromEntries(levels.map((l) => [l, 0])) as Record<Level, number>;
    for (const percent of percents) {
      counts[levelOf(percent)] += 1;
    }
    return {
      kind: checklist.kind,
      title: checklist.title[locale],
      businesses,
      assessed: percents.length,
      averagePercent:
        percents.length === 0 ? null : Math.round(percents.reduce((a, b) => a + b, 0) / percents.length),
      levels: counts,
    };
  });
}

/** The organization's safety picture over the last twelve months (checklists: latest results). */
export async function safetyDashboard(
  db: DbOrTrx,
  organization: Organization,
  locale: Locale,
  now: Date,
  canManageRetention: boolean,
): Promise<Dashboard> {
  const months = lastMonths(now);
  // Sequential on purpose: a transaction holds one connection.
  const incidents = await incidentPicture(db, organization.id, months);
  const alerts = await alertPicture(db, organization.id, `${months[0]}-01T00:00:00.000Z`);
  const assessed = await checklistPicture(db, organization.id, locale);
  return {
    organization: { slug: organization.slug, nameKo: organization.name_ko, nameEn: organization.name_en },
    months,
    incidents,
    alerts,
    checklists: assessed,
    retentionMonths: organization.safety_retention_months,
    canManageRetention,
  };
}
