import Papa from 'papaparse';
import type { Locale } from '../../platform/db/schema.ts';
import { t } from '../../platform/i18n/index.ts';
import { levels } from '../assessments/score.ts';
import './messages.ts';
import { incidentTypes, type Dashboard } from './schema.ts';

type Row = [measure: string, period: string, category: string, value: string];

/**
 * The dashboard as one long table (measure, period, category, value) that a spreadsheet can pivot,
 * headers and labels in `locale`, UTF-8 with a BOM so Excel reads Korean correctly. Every cell is
 * a number or our own label, so no cell can start a formula.
 */
export function dashboardCsv(dashboard: Dashboard, locale: Locale): Buffer {
  const tr = (key: string) => t(locale, `safetyDashboard:${key}`);
  const measure = (key: string) => tr(`csv.measures.${key}`);
  const typeLabel = (type: string) => tr(`incidentTypes.${type}`);
  const period = `${dashboard.months[0]} – ${dashboard.months[dashboard.months.length - 1]}`;
  const number = (value: number | null) => (value === null ? '' : String(value));
  const rows: Row[] = [];

  for (const month of dashboard.incidents.byMonth) {
    for (const type of incidentTypes) {
      rows.push([measure('incidentsByMonth'), month.month, typeLabel(type), String(month.byType[type])]);
    }
    rows.push([measure('incidentsByMonth'), month.month, tr('csv.total'), String(month.total)]);
  }
  for (const type of incidentTypes) {
    rows.push([
      measure('incidentsByType'),
      period,
      typeLabel(type),
      String(dashboard.incidents.byType[type]),
    ]);
  }
  rows.push([measure('incidentsByType'), period, tr('csv.total'), String(dashboard.incidents.total)]);

  const { alerts } = dashboard;
  const share = alerts.seenShare === null ? null : Math.round(alerts.seenShare * 1000) / 10;
  for (const [key, value] of [
    ['alertsRaised', alerts.raised],
    ['alertRecipients', alerts.recipients],
    ['alertsSeen', alerts.seen],
    ['seenShare', share],
    ['sightings', alerts.sightings],
    ['medianToFirstSeen', alerts.medianMinutesToFirstSeen],
    ['medianFromReport', alerts.medianMinutesFromReportToFirstSeen],
  ] as const) {
    rows.push([measure(key), period, '', number(value)]);
  }

  for (const checklist of dashboard.checklists) {
    rows.push([measure('businesses'), '', checklist.title, String(checklist.businesses)]);
    rows.push([measure('assessed'), '', checklist.title, String(checklist.assessed)]);
    rows.push([measure('averagePercent'), '', checklist.title, number(checklist.averagePercent)]);
    for (const level of levels) {
      const category = `${checklist.title} — ${tr(`levels.${level}`)}`;
      rows.push([measure('atLevel'), '', category, String(checklist.levels[level] ?? 0)]);
    }
  }
  rows.push([measure('retention'), '', '', String(dashboard.retentionMonths)]);

  const columns = ['measure', 'period', 'category', 'value'].map((c) => tr(`csv.columns.${c}`));
  const csv = Papa.unparse({ fields: columns, data: rows }, { newline: '\r\n' });
  return Buffer.from(`\uFEFF${csv}\r\n`, 'utf8');
}
