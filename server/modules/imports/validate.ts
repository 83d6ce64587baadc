import type { BusinessKind, NewBusiness } from '../../platform/db/schema.ts';
import { geocodeZip } from '../../platform/geocode.ts';
import { industries, spokenLanguages } from '../businesses/industries.ts';
import type { MemberField } from './mapping.ts';
import type { DataRow } from './parse.ts';

/** The business columns an imported row may set; only mapped columns are set. */
export type MemberValues = Partial<
  Pick<
    NewBusiness,
    | 'kind'
    | 'name_ko'
    | 'name_en'
    | 'description_ko'
    | 'description_en'
    | 'industry'
    | 'address'
    | 'city'
    | 'state'
    | 'zip'
    | 'latitude'
    | 'longitude'
    | 'phone'
    | 'website'
    | 'languages'
  >
>;

export interface MemberRow {
  line: number;
  /** Lower-cased: the dedupe key within the organization and across the platform. */
  email: string;
  values: MemberValues;
}

/** A row problem; `key` is translated when the job is read, in the reader's language. */
export interface RowError {
  line: number;
  field: MemberField | 'file';
  key: string;
  params?: Record<string, unknown>;
}

const limits: Partial<Record<MemberField, number>> = {
  nameKo: 200,
  nameEn: 200,
  email: 254,
  phone: 40,
  website: 300,
  address: 300,
  city: 100,
  descriptionKo: 5000,
  descriptionEn: 5000,
  languages: 200,
  industry: 100,
};

const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;
const PHONE = /^[0-9+()\-.\s#/]+((ext|x)\.?\s*\d+)?$/i;

function squash(value: string): string {
  return value.toLowerCase().replace(/[\s·.,_\-/&]+/g, '');
}

const kindNames: Record<string, BusinessKind> = {
  member: 'member',
  members: 'member',
  회원: 'member',
  회원사: 'member',
  partner: 'partner',
  partners: 'partner',
  파트너: 'partner',
  협력사: 'partner',
};

const industryByName = new Map<string, string>(
  industries.flatMap((i) => [
    [squash(i.key), i.key],
    [squash(i.nameKo), i.key],
    [squash(i.nameEn), i.key],
  ]),
);

const languageNames: Record<string, string> = {
  korean: 'ko',
  한국어: 'ko',
  한글: 'ko',
  english: 'en',
  영어: 'en',
  spanish: 'es',
  español: 'es',
  스페인어: 'es',
  chinese: 'zh',
  중국어: 'zh',
  vietnamese: 'vi',
  베트남어: 'vi',
};

function normalizeWebsite(value: string): string | undefined {
  const candidate = /^https?:\/\//i.test(value) ? value : `https://${value}`;
  try {
    const url = new URL(candidate);
    return url.hostname.includes('.') && !/\s/.test(value) ? candidate : undefined;
  } catch {
    return undefined;
  }
}

function parseLanguages(value: string): { codes: string[]; unknown?: string } {
  const codes: string[] = [];
  for (const part of value.split(/[,;/|]/)) {
    const word = part.trim().toLowerCase();
    if (word === '') {
      continue;
    }
    const code = languageNames[word] ?? word;
    if (!(spokenLanguages as readonly string[]).includes(code)) {
      return { codes, unknown: part.trim() };
    }
    if (!codes.includes(code)) {
      codes.push(code);
    }
  }
  return { codes };
}

/** A mapped column: its index in the file's rows and the field it feeds. */
export type Columns = ReadonlyArray<readonly [number, MemberField]>;

/** Checks one data row; returns the business values or every error of the row. */
export function validateRow(row: DataRow, columns: Columns): { member?: MemberRow; errors: RowError[] } {
  const raw: Partial<Record<MemberField, string>> = {};
  for (const [index, field] of columns) {
    raw[field] = row.cells[index] ?? '';
  }
  return checkFields(row.line, raw);
}

function checkFields(
  line: number,
  raw: Partial<Record<MemberField, string>>,
): { member?: MemberRow; errors: RowError[] } {
  const errors: RowError[] = [];
  const fail = (field: MemberField, key: string, params?: Record<string, unknown>) =>
    errors.push({ line, field, key: `imports:rows.${key}`, ...(params ? { params } : {}) });
  for (const [field, limit] of Object.entries(limits) as Array<[MemberField, number]>) {
    if ((raw[field]?.length ?? 0) > limit) {
      fail(field, 'tooLong', { limit });
    }
  }
  const values: MemberValues = {};
  const nameKo = raw.nameKo ?? '';
  const nameEn = raw.nameEn ?? '';
  if (nameKo === '' && nameEn === '') {
    fail(raw.nameKo === undefined ? 'nameEn' : 'nameKo', 'nameRequired');
  }
  if (raw.nameKo !== undefined) {
    values.name_ko = nameKo || nameEn;
  }
  if (raw.nameEn !== undefined) {
    values.name_en = nameEn || nameKo;
  }
  const email = (raw.email ?? '').toLowerCase();
  if (email === '') {
    fail('email', 'required');
  } else if (!EMAIL.test(email)) {
    fail('email', 'emailInvalid', { value: email.slice(0, 80) });
  }
  if (raw.kind) {
    const kind = kindNames[raw.kind.toLowerCase()];
    if (kind) {
      values.kind = kind;
    } else {
      fail('kind', 'kindInvalid', { value: raw.kind.slice(0, 40) });
    }
  }
  if (raw.phone !== undefined) {
    const digits = raw.phone.replace(/\D/g, '').length;
    if (raw.phone !== '' && (!PHONE.test(raw.phone) || digits < 7 || digits > 20)) {
      fail('phone', 'phoneInvalid', { value: raw.phone.slice(0, 40) });
    }
    values.phone = raw.phone;
  }
  if (raw.website !== undefined) {
    const website = raw.website === '' ? '' : normalizeWebsite(raw.website);
    if (website === undefined) {
      fail('website', 'websiteInvalid', { value: raw.website.slice(0, 80) });
    }
    values.website = website ?? '';
  }
  if (raw.industry !== undefined) {
    const industry = raw.industry === '' ? '' : industryByName.get(squash(raw.industry));
    if (industry === undefined) {
      fail('industry', 'industryUnknown', { value: raw.industry.slice(0, 60) });
    }
    values.industry = industry ?? '';
  }
  for (const [field, column] of [
    ['address', 'address'],
    ['descriptionKo', 'description_ko'],
    ['descriptionEn', 'description_en'],
    ['city', 'city'],
  ] as const) {
    if (raw[field] !== undefined) {
      values[column] = raw[field];
    }
  }
  if (raw.state !== undefined) {
    if (raw.state !== '' && !/^[a-z]{2}$/i.test(raw.state)) {
      fail('state', 'stateInvalid', { value: raw.state.slice(0, 40) });
    }
    values.state = raw.state.toUpperCase();
  }
  if (raw.zip !== undefined) {
    checkZip(raw.zip, values, fail);
  }
  if (raw.languages !== undefined) {
    const { codes, unknown } = parseLanguages(raw.languages);
    if (unknown !== undefined) {
      fail('languages', 'languageUnknown', { value: unknown.slice(0, 40) });
    }
    values.languages = JSON.stringify(codes);
  }
  return errors.length > 0 ? { errors } : { member: { line, email, values }, errors };
}

/** Spreadsheets drop leading zeros of numeric ZIPs (07030 → 7030), so short all-digit values are padded. */
function checkZip(
  value: string,
  values: MemberValues,
  fail: (field: MemberField, key: string, params?: Record<string, unknown>) => void,
): void {
  if (value === '') {
    Object.assign(values, { zip: '', latitude: null, longitude: null });
    return;
  }
  const zip = /^\d{3,4}$/.test(value) ? value.padStart(5, '0') : value;
  if (!/^\d{5}(-?\d{4})?$/.test(zip)) {
    fail('zip', 'zipInvalid', { value: value.slice(0, 20) });
    return;
  }
  const place = geocodeZip(zip);
  if (!place) {
    fail('zip', 'zipUnknown', { value: zip });
    return;
  }
  values.zip = place.zip;
  values.latitude = place.latitude;
  values.longitude = place.longitude;
  values.city = values.city || place.city;
  values.state = values.state || place.state;
}
