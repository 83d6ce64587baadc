/** The market entry concierge's API shapes (server/modules/market-entry/schema.ts). */
export type StepStatus = 'open' | 'done' | 'blocked';
export type ApplicationStatus = 'applied' | 'accepted' | 'declined';

export const stepKeys = [
  'entity-formation',
  'ein',
  'bank-account',
  'lease',
  'insurance',
  'permits',
  'hiring',
  'local-partners',
] as const;

export const countries = [
  'KR',
  'JP',
  'CN',
  'TW',
  'VN',
  'SG',
  'IN',
  'DE',
  'GB',
  'FR',
  'CA',
  'MX',
  'AU',
  'OTHER',
];

export interface Progress {
  done: number;
  total: number;
  overdue: number;
}

export interface Applied {
  id: string;
  status: ApplicationStatus;
  casePath: string;
}

export interface ApplicationSummary {
  id: string;
  companyNameKo: string;
  companyNameEn: string;
  country: string;
  industry: string;
  contactName: string;
  locale: 'ko' | 'en';
  targetDate: string;
  status: ApplicationStatus;
  createdAt: string;
  progress: Progress;
}

export interface Partner {
  slug: string;
  nameKo: string;
  nameEn: string;
  reasonKo: string;
  reasonEn: string;
}

export interface Step {
  id: string;
  key: string | null;
  titleKo: string;
  titleEn: string;
  explanationKo: string;
  explanationEn: string;
  pillar: { key: string; nameKo: string; nameEn: string } | null;
  partner: Partner | null;
  owner: { id: string; name: string } | null;
  dueOn: string;
  status: StepStatus;
  overdue: boolean;
  noteForCompany: string;
  internalNote: string;
  partnerChoices: Partner[];
}

export interface ApplicationDetail extends ApplicationSummary {
  contactEmail: string;
  needs: string[];
  message: string;
  acceptedOn: string | null;
  casePath: string;
  steps: Step[];
  committee: { id: string; name: string }[];
}

export interface CaseView {
  organization: { slug: string; name: string };
  companyName: string;
  locale: 'ko' | 'en';
  status: ApplicationStatus;
  targetDate: string;
  today: string;
  progress: Progress;
  steps: {
    id: string;
    title: string;
    explanation: string;
    pillar: string | null;
    partner: { slug: string; name: string; reason: string } | null;
    dueOn: string;
    status: StepStatus;
    overdue: boolean;
    note: string;
  }[];
}

/** Dark shades, so white badge text keeps its contrast (axe checks it). */
export const statusColors: Record<StepStatus | ApplicationStatus, string> = {
  open: 'blue.9',
  done: 'teal.9',
  blocked: 'red.9',
  applied: 'grape.9',
  accepted: 'teal.9',
  declined: 'gray.8',
};

export const overdueColor = 'red.9';

export const applicationsPath = (orgSlug: string) =>
  `/organizations/${encodeURIComponent(orgSlug)}/market-entry/applications`;
