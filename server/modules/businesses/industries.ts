/** The fixed industry list a profile picks from (GET /industries); keys are stored on the business. */
export interface Industry {
  key: string;
  nameKo: string;
  nameEn: string;
}

export const industries: readonly Industry[] = [
  { key: 'convenience-store', nameKo: '편의점', nameEn: 'Convenience store' },
  { key: 'beauty-supply', nameKo: '미용 용품점', nameEn: 'Beauty supply' },
  { key: 'grocery', nameKo: '식료품점', nameEn: 'Grocery' },
  { key: 'retail', nameKo: '소매점', nameEn: 'Retail' },
  { key: 'restaurant', nameKo: '식당', nameEn: 'Restaurant' },
  { key: 'cafe-bakery', nameKo: '카페·베이커리', nameEn: 'Café and bakery' },
  { key: 'beauty-salon', nameKo: '미용실', nameEn: 'Beauty salon' },
  { key: 'dry-cleaning', nameKo: '세탁소', nameEn: 'Dry cleaning' },
  { key: 'auto-service', nameKo: '자동차 정비', nameEn: 'Auto service' },
  { key: 'clinic', nameKo: '병원·의원', nameEn: 'Clinic' },
  { key: 'dental', nameKo: '치과', nameEn: 'Dental' },
  { key: 'pharmacy', nameKo: '약국', nameEn: 'Pharmacy' },
  { key: 'education', nameKo: '교육', nameEn: 'Education' },
  { key: 'tech', nameKo: 'IT·기술', nameEn: 'Technology' },
  { key: 'software', nameKo: '소프트웨어 개발', nameEn: 'Software development' },
  { key: 'security', nameKo: '보안', nameEn: 'Security' },
  { key: 'telecom', nameKo: '통신', nameEn: 'Telecommunications' },
  { key: 'web-design', nameKo: '웹 디자인', nameEn: 'Web design' },
  { key: 'marketing', nameKo: '마케팅', nameEn: 'Marketing' },
  { key: 'consulting', nameKo: '컨설팅', nameEn: 'Consulting' },
  { key: 'legal', nameKo: '법률', nameEn: 'Legal' },
  { key: 'accounting', nameKo: '회계·세무', nameEn: 'Accounting and tax' },
  { key: 'banking', nameKo: '은행', nameEn: 'Banking' },
  { key: 'insurance', nameKo: '보험', nameEn: 'Insurance' },
  { key: 'real-estate', nameKo: '부동산', nameEn: 'Real estate' },
  { key: 'construction', nameKo: '건설', nameEn: 'Construction' },
  { key: 'logistics', nameKo: '물류·창고', nameEn: 'Logistics and warehousing' },
  { key: 'manufacturing', nameKo: '제조', nameEn: 'Manufacturing' },
  { key: 'electronics', nameKo: '전자', nameEn: 'Electronics' },
  { key: 'travel', nameKo: '여행', nameEn: 'Travel' },
  { key: 'media', nameKo: '언론·미디어', nameEn: 'Media' },
  { key: 'other', nameKo: '기타', nameEn: 'Other' },
];

export const industryKeys: readonly string[] = industries.map((i) => i.key);

/** Languages a business or offer may list (ISO 639-1). */
export const spokenLanguages = ['ko', 'en', 'es', 'zh', 'vi'] as const;
export type SpokenLanguage = (typeof spokenLanguages)[number];
