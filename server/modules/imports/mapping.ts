import { mappingError, resolveColumns, suggestColumns, type ColumnSet } from './columns.ts';

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

const memberColumns: ColumnSet<MemberField> = {
  fields: memberFields,
  aliases,
  checkComplete(mapped) {
    if (!mapped.has('email')) {
      throw mappingError('emailMissing');
    }
    if (!mapped.has('nameKo') && !mapped.has('nameEn')) {
      throw mappingError('nameMissing');
    }
  },
};

/** Each field is suggested for the first header that names it; other headers map to null. */
export function suggestMapping(headers: readonly string[]): Mapping {
  return suggestColumns(memberColumns, headers);
}

/** Parses the `mapping` form field (JSON), or suggests one when absent; checks it against the file's headers. */
export function resolveMapping(raw: string | undefined, headers: readonly string[]): Mapping {
  return resolveColumns(memberColumns, raw, headers);
}
