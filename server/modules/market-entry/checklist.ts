/**
 * The concierge's standard checklist, as data: what a company entering the Dallas market does, in order.
 * Each step names the pillar whose partners help with it, the words a good partner's offer mentions (both
 * languages, for the suggestion), and how many days after acceptance it is due (the committee may change it).
 */
export interface StandardStep {
  key: string;
  pillar: string;
  dueAfterDays: number;
  titleKo: string;
  titleEn: string;
  explanationKo: string;
  explanationEn: string;
  keywordsKo: string;
  keywordsEn: string;
}

export const standardSteps: readonly StandardStep[] = [
  {
    key: 'entity-formation',
    pillar: 'legal',
    dueAfterDays: 14,
    titleKo: '법인 설립',
    titleEn: 'Entity formation',
    explanationKo: '텍사스 주 국무장관실에 LLC 또는 Corporation을 등록하고 등록 대리인을 지정합니다.',
    explanationEn:
      'Register an LLC or corporation with the Texas Secretary of State and name a registered agent.',
    keywordsKo: '법인 설립 LLC Corporation',
    keywordsEn: 'entity formation LLC corporation',
  },
  {
    key: 'ein',
    pillar: 'finance',
    dueAfterDays: 21,
    titleKo: 'EIN(사업자 납세자 번호) 발급',
    titleEn: 'Employer Identification Number (EIN)',
    explanationKo: 'IRS에서 연방 사업자 번호(EIN)를 받습니다. 은행 계좌, 급여, 세금 신고에 필요합니다.',
    explanationEn: 'Get the federal tax ID from the IRS: banks, payroll and tax returns all ask for it.',
    keywordsKo: '세무 세금 신고',
    keywordsEn: 'tax returns filing',
  },
  {
    key: 'bank-account',
    pillar: 'finance',
    dueAfterDays: 30,
    titleKo: '사업자 은행 계좌 개설',
    titleEn: 'Business bank account',
    explanationKo: '법인 서류와 EIN으로 미국 사업자 계좌를 엽니다. 해외 기업을 받는 은행을 고르세요.',
    explanationEn:
      'Open a US business account with the formation papers and the EIN, at a bank used to companies from abroad.',
    keywordsKo: '사업자 계좌 해외 기업',
    keywordsEn: 'business accounts companies abroad',
  },
  {
    key: 'lease',
    pillar: 'legal',
    dueAfterDays: 45,
    titleKo: '사무실·매장 임대',
    titleEn: 'Office or store lease',
    explanationKo: '사무실, 매장 또는 창고의 임대차 계약을 서명 전에 검토받습니다.',
    explanationEn: 'Have the office, store or warehouse lease reviewed before signing it.',
    keywordsKo: '임대차 계약 검토',
    keywordsEn: 'commercial lease review',
  },
  {
    key: 'insurance',
    pillar: 'finance',
    dueAfterDays: 50,
    titleKo: '사업자 보험',
    titleEn: 'Business insurance',
    explanationKo:
      '일반 배상책임, 재산, 산재(Workers’ Comp) 보험을 준비합니다. 임대인이 증명서를 요구합니다.',
    explanationEn:
      'Arrange general liability, property and workers’ compensation cover; landlords ask for the certificate.',
    keywordsKo: '보험 재무 계획',
    keywordsEn: 'insurance financial planning',
  },
  {
    key: 'permits',
    pillar: 'legal',
    dueAfterDays: 60,
    titleKo: '인허가와 면허',
    titleEn: 'Permits and licences',
    explanationKo: '시 사업자 등록, 입주 증명(CO), 판매세 허가 등 업종에 필요한 인허가를 받습니다.',
    explanationEn:
      'City registration, certificate of occupancy, sales-tax permit and the licences your industry needs.',
    keywordsKo: '인허가 절차',
    keywordsEn: 'permits licences entering',
  },
  {
    key: 'hiring',
    pillar: 'legal',
    dueAfterDays: 75,
    titleKo: '현지 채용',
    titleEn: 'Hiring',
    explanationKo: '고용 계약, 근로 시간 규정, I-9 확인과 급여 체계를 갖추고 첫 직원을 채용합니다.',
    explanationEn: 'Employment contracts, wage-and-hour rules, I-9 checks and payroll before the first hire.',
    keywordsKo: '고용 계약 채용',
    keywordsEn: 'employment contracts hiring',
  },
  {
    key: 'local-partners',
    pillar: 'inventory',
    dueAfterDays: 90,
    titleKo: '현지 파트너',
    titleEn: 'Local partners',
    explanationKo: '유통, 물류 창고, 도매 등 현지 파트너를 소개받고 첫 거래를 시작합니다.',
    explanationEn:
      'Meet distribution, warehouse and wholesale partners in the area and start the first deals.',
    keywordsKo: '물류 창고 유통',
    keywordsEn: 'warehouses logistics distribution wholesale',
  },
];

export const standardStepKeys = standardSteps.map((s) => s.key);
