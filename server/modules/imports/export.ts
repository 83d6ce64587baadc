import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import type { DbOrTrx } from '../../platform/db/database.ts';
import type { Business, Locale } from '../../platform/db/schema.ts';
import { t } from '../../platform/i18n/index.ts';
import { industries } from '../businesses/industries.ts';
import { memberFields, type MemberField } from './mapping.ts';

export type ExportFormat = 'csv' | 'xlsx';

export interface ExportFile {
  body: Buffer;
  contentType: string;
  fileName: string;
  count: number;
}

type Cell = (business: Business, locale: Locale) => string;

function languageList(json: string): string {
  try {
    const parsed: unknown = JSON.parse(json);
    return Array.isArray(parsed) ? parsed.filter((v) => typeof v === 'string').join(', ') : '';
  } catch {
    return '';
  }
}

function industryName(key: string, locale: Locale): string {
  const industry = industries.find((i) => i.key === key);
  if (!industry) {
    return key;
  }
  return locale === 'ko' ? industry.nameKo : industry.nameEn;
}

/** One cell per import field, written so that the import reads it back to the same value. */
const cells: Record<MemberField, Cell> = {
  kind: (b, locale) => t(locale, `imports:kinds.${b.kind}`),
  nameKo: (b) => b.name_ko,
  nameEn: (b) => b.name_en,
  email: (b) => b.email,
  phone: (b) => b.phone,
  website: (b) => b.website,
  industry: (b, locale) => industryName(b.industry, locale),
  address: (b) => b.address,
  city: (b) => b.city,
  state: (b) => b.state,
  zip: (b) => b.zip,
  descriptionKo: (b) => b.description_ko,
  descriptionEn: (b) => b.description_en,
  languages: (b) => languageList(b.languages),
};

/**
 * Spreadsheet apps run a CSV cell starting with = + - @ as a formula; an apostrophe keeps it text
 * (phone numbers like "+1 214…" are left alone). The import strips that apostrophe again.
 */
function guardFormula(value: string): string {
  const risky = /^[=@\t\r]/.test(value) || (/^[+-]/.test(value) && /[^0-9\s().+-]/.test(value));
  return risky ? `'${value}` : value;
}

async function memberRows(db: DbOrTrx, organizationId: string): Promise<Business[]> {
  return db
    .selectFrom('businesses')
    .innerJoin('business_organizations', 'business_organizations.business_id', 'businesses.id')
    .selectAll('businesses')
    .where('business_organizations.organization_id', '=', organizationId)
    .orderBy('businesses.slug')
    .execute();
}

/** The organization's members and partners as CSV (UTF-8 with BOM, for Excel) or XLSX, headers in `locale`. */
export async function exportMembers(
  db: DbOrTrx,
  organization: { id: string; slug: string },
  locale: Locale,
  format: ExportFormat,
): Promise<ExportFile> {
  const businesses = await memberRows(db, organization.id);
  const headers = memberFields.map((field) => t(locale, `imports:columns.${field}`));
  const rows = businesses.map((b) => memberFields.map((field) => cells[field](b, locale)));
  const fileName = `${organization.slug}-members.${format}`;
  if (format === 'csv') {
    const csv = Papa.unparse(
      { fields: headers, data: rows.map((r) => r.map(guardFormula)) },
      { newline: '\r\n' },
    );
    return {
      body: Buffer.from(`\uFEFF${csv}\r\n`, 'utf8'),
      contentType: 'text/csv; charset=utf-8',
      fileName,
      count: rows.length,
    };
  }
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(t(locale, 'imports:sheetName'));
  sheet.addRow(headers).font = { bold: true };
  sheet.addRows(rows);
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  sheet.columns.forEach((column) => {
    column.width = 20;
  });
  return {
    body: Buffer.from(await workbook.xlsx.writeBuffer()),
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    fileName,
    count: rows.length,
  };
}
