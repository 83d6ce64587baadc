/** The mini-site as its editors see it (GET /api/v1/businesses/:slug/site). */
export const days = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;
export type Day = (typeof days)[number];
export type Theme = 'classic' | 'warm' | 'modern';

export interface OpeningHours {
  day: Day;
  opens: string;
  closes: string;
}

export interface SiteView {
  slug: string;
  nameKo: string;
  nameEn: string;
  theme: Theme;
  themes: Theme[];
  taglineKo: string;
  taglineEn: string;
  aboutKo: string;
  aboutEn: string;
  hours: OpeningHours[];
  photos: { id: string; url: string }[];
  maxPhotos: number;
  pageUrl: string;
  qrUrl: string;
  printUrl: string;
  canInvite: boolean;
}

export interface SiteEditor {
  id: string;
  email: string;
  expiresAt: string;
  expired: boolean;
  createdAt: string;
}

export const siteKey = (slug: string) => ['mini-site', slug] as const;
export const editorsKey = (slug: string) => ['mini-site', slug, 'editors'] as const;
export const sitePath = (slug: string) => `/businesses/${encodeURIComponent(slug)}/site`;
