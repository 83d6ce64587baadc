/** Response shapes of the introduction endpoints (server/modules/introductions/schema.ts). */

export type Stage = 'requested' | 'accepted' | 'declined' | 'expired' | 'met' | 'active' | 'closed';

export interface Names {
  slug: string;
  nameKo: string;
  nameEn: string;
}

export interface IntroductionSummary {
  id: string;
  stage: Stage;
  direction: 'sent' | 'received';
  other: Names;
  message: string;
  outcome: 'won' | 'lost' | null;
  valueCents: number | null;
  createdAt: string;
  updatedAt: string;
  expiresAt: string;
}

export interface IntroductionDetail extends IntroductionSummary {
  requester: Names;
  recipient: Names;
  needId: string | null;
  offerId: string | null;
  closeNote: string | null;
  respondedAt: string | null;
  canRespond: boolean;
  canAdvance: boolean;
  timeline: { stage: Stage; note: string; actor: string | null; createdAt: string }[];
  contact: { phone: string; email: string; name: string | null } | null;
}

export const introductionKey = (id: string) => ['introductions', 'detail', id] as const;
