import { AppError } from '../../platform/errors.ts';

/** The member fields a file column can feed, in export order. */
export const memberFields = [
  'kind',
  'nameKo',
  'nameEn',
  'email',
  'phone',
  'website',
  'industry',
  'address',
  'city',
  'state',
  'zip',
  'descriptionKo',
  'descriptionEn',
  'languages',
] as const;

export type MemberField = (typeof memberFields)[number];
export type Mapping = Record<string, MemberField | null>;

export function isMemberField(value: unknown): value is MemberField {
  return typeof value === 'string' && (memberFields as readonly string[]).includes(value);
}

/** Only e-mail is required on its own; a name is required in Korean or English (checked per row). */
export const fieldList = memberFields.map((key) => ({ key, required: key === 'email' }));

/**
 * Header spellings seen in chamber spreadsheets, compared after `normalizeHeader`. Includes the
 * export headers in both languages (see messages.ts `columns`), so an export re-imports as is.
 */
const aliases: Record<MemberField, string[]> = {
  kind: ['kind', 'type', 'membertype', 'memberkind', '구분', '회원구분', '유형', '종류'],
  nameKo: [
    'nameko',
    'namekorean',
    'koreanname',
    'businessnamekorean',
    '상호',
    '상호명',
    '업체명',
    '회사명',
    '상호한글',
    '업체명한글',
    '한글상호',
    '한글업체명',
    '이름한글',
  ],
  nameEn: [
    'nameen',
    'nameenglish',
    'englishname',
    'name',
    'businessname',
    'company',
    'companyname',
    'businessnameenglish',
    '상호영문',
    '영문상호',
    '업체명영문',
    '영문업체명',
    '영문명',
    '이름영문',
  ],
  email: ['email', 'emailaddress', 'mail', '이메일', '이메일주소', '전자우편', '메일'],
  phone: ['phone', 'phonenumber', 'tel', 'telephone', '전화', '전화번호', '연락처', '휴대폰', '핸드폰'],
  website: ['website', 'web', 'url', 'homepage', 'site', '웹사이트', '홈페이지'],
  industry: ['industry', 'category', 'businesstype', 'sector', '업종', '업태', '분야'],
  address: ['address', 'streetaddress', 'street', 'address1', '주소', '도로명주소', '사업장주소'],
  city: ['city', 'town', '도시', '시'],
  state: ['state', 'province', '주'],
  zip: ['zip', 'zipcode', 'postalcode', 'postcode', '우편번호'],
  descriptionKo: [
    'descriptionko',
    'descriptionkorean',
    'koreandescription',
    '소개',
    '소개한글',
    '한글소개',
    '업체소개',
    '설명',
  ],
  descriptionEn: [
    'descriptionen',
    'descriptionenglish',
    'englishdescription',
    'description',
    'about',
    '소개영문',
    '영문소개',
  ],
  languages: ['languages', 'language', 'languagesspoken', 'spokenlanguages', '언어', '사용언어', '구사언어'],
};

/** Case, spaces and punctuation do not matter: "E-mail" = "email", "상호 (한글)" = "상호한글". */
export function normalizeHeader(header: string): string {
  return header.toLowerCase().replace(/[\s_\-./()[\]:#*]+/g, '');
}

const fieldByAlias = new Map<string, MemberField>(
  memberFields.flatMap((field) => aliases[field].map((alias) => [alias, field] as const)),
);

/** Each field is suggested for the first header that names it; other headers map to null. */
export function suggestMapping(headers: readonly string[]): Mapping {
  const taken = new Set<MemberField>();
  const mapping: Mapping = {};
  for (const header of headers) {
    const field = fieldByAlias.get(normalizeHeader(header));
    if (field && !taken.has(field)) {
      taken.add(field);
      mapping[header] = field;
    } else {
      mapping[header] = null;
    }
  }
  return mapping;
}

function mappingError(key: string, params: Record<string, unknown> = {}): AppError {
  return new AppError('validation_failed', {
    fields: { mapping: { key: `imports:mapping.${key}`, params } },
  });
}

/** Parses the `mapping` form field (JSON), or suggests one when absent; checks it against the file's headers. */
export function resolveMapping(raw: string | undefined, headers: readonly string[]): Mapping {
  if (raw === undefined || raw.trim() === '') {
    return checkMapping(suggestMapping(headers), headers);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw mappingError('invalidJson');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw mappingError('invalidJson');
  }
  const mapping: Mapping = {};
  for (const [header, field] of Object.entries(parsed)) {
    if (field !== null && field !== '' && !isMemberField(field)) {
      throw mappingError('unknownField', { field: String(field).slice(0, 50) });
    }
    mapping[header] = isMemberField(field) ? field : null;
  }
  return checkMapping(mapping, headers);
}

function checkMapping(mapping: Mapping, headers: readonly string[]): Mapping {
  const seen = new Set<MemberField>();
  for (const [header, field] of Object.entries(mapping)) {
    if (!headers.includes(header)) {
      throw mappingError('unknownHeader', { header: header.slice(0, 100) });
    }
    if (field === null) {
      continue;
    }
    if (seen.has(field)) {
      throw mappingError('fieldTwice', { field });
    }
    seen.add(field);
  }
  if (!seen.has('email')) {
    throw mappingError('emailMissing');
  }
  if (!seen.has('nameKo') && !seen.has('nameEn')) {
    throw mappingError('nameMissing');
  }
  return mapping;
}
