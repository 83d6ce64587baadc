import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import type { Locale } from '../../../platform/db/schema.ts';
import { t } from '../../../platform/i18n/index.ts';
import { wallClock } from '../../../platform/time-zones.ts';
import type { EventReport } from './schema.ts';

export interface ReportFile {
  body: Buffer;
  contentType: string;
  fileName: string;
}

const attendeeColumns = [
  'name',
  'company',
  'status',
  'checkedInAt',
  'meetingsScheduled',
  'meetingsHeld',
  'leads',
  'introductions',
] as const;

const pad = (n: number) => String(n).padStart(2, '0');

/** A check-in as the organizer's wall clock reads it (YYYY-MM-DD HH:mm in the event's zone). */
function localTime(iso: string | null, timeZone: string): string {
  if (!iso) {
    return '';
  }
  const c = wallClock(Date.parse(iso), timeZone);
  return `${c.year}-${pad(c.month)}-${pad(c.day)} ${pad(c.hour)}:${pad(c.minute)}`;
}

/** Spreadsheets run a cell starting with = + - @ as a formula; an apostrophe keeps a name as text. */
const text = (value: string) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);

function attendeeRows(report: EventReport, locale: Locale): (string | number)[][] {
  return report.attendees.map((a) => [
    text(a.name),
    text(a.company),
    t(locale, `eventReport:attendance.${a.attendance}`),
    localTime(a.checkedInAt, report.event.timeZone),
    a.meetingsScheduled,
    a.meetingsHeld,
    a.leads,
    a.introductions,
  ]);
}

function summaryRows(report: EventReport, locale: Locale): (string | number)[][] {
  const { totals, survey } = report;
  const title = locale === 'ko' ? report.event.titleKo : report.event.titleEn;
  const rows: [string, string | number | null][] = [
    ['event', text(title)],
    ['date', report.occurrence.date],
    ['registered', totals.registered],
    ['attended', totals.attended],
    ['noShows', totals.noShows],
    ['attendancePercent', totals.attendancePercent],
    ['waitlisted', totals.waitlisted],
    ['cancelled', totals.cancelled],
    ['meetingsScheduled', totals.meetingsScheduled],
    ['meetingsHeld', totals.meetingsHeld],
    ['leads', totals.leads],
    ['introductions', totals.introductions],
    ['partnerships', totals.partnerships],
    ['surveyResponses', survey.responses],
    ['averageRating', survey.averageRating],
    ['wouldReturnPercent', survey.wouldReturnPercent],
  ];
  return rows.map(([key, value]) => [t(locale, `eventReport:summary.${key}`), value ?? '']);
}

const headers = (locale: Locale) => attendeeColumns.map((c) => t(locale, `eventReport:columns.${c}`));
const summaryHeaders = (locale: Locale) =>
  ['measure', 'value'].map((c) => t(locale, `eventReport:columns.${c}`));
const baseName = (report: EventReport) => `event-${report.occurrence.date}-report`;

/**
 * The attendees (one row each), then an empty line and the summary (measure, value): UTF-8 with a BOM so
 * Excel reads Korean, headers in the caller's language.
 */
export function reportCsv(report: EventReport, locale: Locale): ReportFile {
  const attendees = Papa.unparse(
    { fields: headers(locale), data: attendeeRows(report, locale) },
    { newline: '\r\n' },
  );
  const summary = Papa.unparse(
    { fields: summaryHeaders(locale), data: summaryRows(report, locale) },
    { newline: '\r\n' },
  );
  return {
    body: Buffer.from(`\uFEFF${attendees}\r\n\r\n${summary}\r\n`, 'utf8'),
    contentType: 'text/csv; charset=utf-8',
    fileName: `${baseName(report)}.csv`,
  };
}

/** Two sheets: the summary, then the attendees; headers bold and frozen. */
export async function reportXlsx(report: EventReport, locale: Locale): Promise<ReportFile> {
  const workbook = new ExcelJS.Workbook();
  const sheets = [
    { name: 'summary', header: summaryHeaders(locale), rows: summaryRows(report, locale), width: 28 },
    { name: 'attendees', header: headers(locale), rows: attendeeRows(report, locale), width: 18 },
  ];
  for (const { name, header, rows, width } of sheets) {
    const sheet = workbook.addWorksheet(t(locale, `eventReport:sheets.${name}`));
    sheet.addRow(header).font = { bold: true };
    sheet.addRows(rows);
    sheet.views = [{ state: 'frozen', ySplit: 1 }];
    sheet.columns.forEach((column) => {
      column.width = width;
    });
  }
  return {
    body: Buffer.from(await workbook.xlsx.writeBuffer()),
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    fileName: `${baseName(report)}.xlsx`,
  };
}
