/** Response shapes of the matching endpoints (server/modules/matching/schema.ts). */

export interface MatchPillar {
  key: string;
  nameKo: string;
  nameEn: string;
}

export interface MatchItem {
  id: string;
  descriptionKo: string;
  descriptionEn: string;
}

export interface CandidateBusiness {
  slug: string;
  kind: string;
  nameKo: string;
  nameEn: string;
  city: string;
  distanceMiles: number | null;
}

export interface MatchCandidate {
  business: CandidateBusiness;
  offer: MatchItem | null;
  score: number;
  /** Already translated into the caller's language. */
  reasons: string[];
}

export interface MatchesResponse {
  needs: { need: MatchItem & { pillar: MatchPillar }; candidates: MatchCandidate[] }[];
}

export interface LeadsResponse {
  offers: {
    offer: MatchItem & { pillar: MatchPillar };
    candidates: { business: CandidateBusiness; need: MatchItem; score: number; reasons: string[] }[];
  }[];
}

export interface Capacity {
  weeklyIntroCapacity: number | null;
  receivedThisWeek: number;
  weekStartsAt: string;
  nextWeekStartsAt: string;
}

/** What the introduction request is about: one of my needs and their offer, or my offer and their need. */
export interface IntroductionTarget {
  business: CandidateBusiness;
  needId?: string;
  offerId?: string;
}
