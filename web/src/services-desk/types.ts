/** The services desk's API shapes (server/modules/services-desk/schema.ts) and its pages' URLs. */

export type Language = 'ko' | 'en';
export type BusinessSize = 'solo' | 'small' | 'medium' | 'large';
export type RequestStatus = 'open' | 'proposals' | 'in_progress' | 'done' | 'withdrawn';
export type Outcome = 'saved_money' | 'loan_approved' | 'site_live' | 'other';

export const SIZES: BusinessSize[] = ['solo', 'small', 'medium', 'large'];
export const LANGUAGES: Language[] = ['ko', 'en'];
export const OUTCOMES: Outcome[] = ['saved_money', 'loan_approved', 'site_live', 'other'];

export interface QuestionOption {
  value: string;
  labelKo: string;
  labelEn: string;
}
export interface Question {
  id: string;
  labelKo: string;
  labelEn: string;
  kind: 'text' | 'choice' | 'multi';
  options: QuestionOption[];
  required: boolean;
}
export type Answers = Record<string, string | string[]>;

export interface Named {
  slug: string;
  nameKo: string;
  nameEn: string;
}
export interface Pillar {
  key: string;
  nameKo: string;
  nameEn: string;
}

export interface AskForm {
  organizations: (Named & { timeZone: string; pillars: (Pillar & { questions: Question[] })[] })[];
}

export interface Contact {
  businessSlug: string;
  nameKo: string;
  nameEn: string;
  email: string;
  phone: string;
  website: string;
  people: { name: string; email: string }[];
}

export interface Proposal {
  businessSlug: string;
  nameKo: string;
  nameEn: string;
  status: 'routed' | 'proposed' | 'picked';
  proposal: string | null;
  hasInterest: boolean;
  disclosure: string | null;
  assigned: boolean;
  proposedAt: string | null;
  contact: Contact | null;
}

export interface Attachment {
  id: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  url: string;
}

interface RequestFields {
  id: string;
  organization: Named;
  business: Named;
  pillar: Pillar;
  title: string;
  description: string;
  answers: Answers;
  questions: Question[];
  language: Language;
  businessSize: BusinessSize;
  status: RequestStatus;
  timeZone: string;
  respondBy: string;
  escalated: boolean;
  filedAt: string;
  attachments: Attachment[];
}

export interface ServiceRequest extends RequestFields {
  noPartnerAvailable: boolean;
  routedCount: number;
  proposals: Proposal[];
  rating: number | null;
  outcome: Outcome | null;
  savedDollars: number | null;
  outcomeNote: string | null;
}

export interface ServiceRequestList {
  requests: {
    id: string;
    title: string;
    pillar: Pillar;
    status: RequestStatus;
    respondBy: string;
    proposalCount: number;
    filedAt: string;
  }[];
}

export interface InboxItem extends RequestFields {
  partner: { businessSlug: string; nameKo: string; nameEn: string };
  myStatus: 'routed' | 'proposed' | 'picked';
  myProposal: string | null;
  canPropose: boolean;
  memberContact: Contact | null;
}

export interface Inbox {
  requests: InboxItem[];
}

export interface VettedPartner {
  pillarKey: string;
  businessSlug: string;
  nameKo: string;
  nameEn: string;
  weeklyCapacity: number | null;
  routedThisWeek: number;
  zips: string[];
  radiusMiles: number | null;
  languages: Language[];
  sizes: BusinessSize[];
}

export interface Desk {
  organization: Named;
  timeZone: string;
  canManage: boolean;
  pillars: (Pillar & { questions: Question[] })[];
  partners: VettedPartner[];
  unanswered: {
    id: string;
    title: string;
    pillar: Pillar;
    business: Named;
    respondBy: string;
    filedAt: string;
  }[];
}

const enc = encodeURIComponent;
export const helpPaths = {
  hub: '/help',
  ask: (businessSlug: string) => `/my/business/${enc(businessSlug)}/help`,
  request: (businessSlug: string, id: string) => `/my/business/${enc(businessSlug)}/help/${enc(id)}`,
  inbox: '/help/inbox',
  desk: (orgSlug: string) => `/service-desk/${enc(orgSlug)}`,
};
export const helpApi = {
  form: (slug: string) => `/businesses/${enc(slug)}/service-desk`,
  requests: (slug: string) => `/businesses/${enc(slug)}/service-requests`,
  request: (slug: string, id: string) => `/businesses/${enc(slug)}/service-requests/${enc(id)}`,
  inbox: '/service-requests/inbox',
  proposals: (id: string) => `/service-requests/${enc(id)}/proposals`,
  desk: (orgSlug: string) => `/organizations/${enc(orgSlug)}/service-desk`,
};
