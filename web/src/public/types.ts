export interface OrganizationSummary {
  id: string;
  slug: string;
  kind: string;
  nameKo: string;
  nameEn: string;
  descriptionKo: string | null;
  descriptionEn: string | null;
}

export interface OrganizationLanding extends OrganizationSummary {
  website: string | null;
  memberCount: number;
  businesses: {
    slug: string;
    kind: string;
    nameKo: string;
    nameEn: string;
    industry: string | null;
    city: string | null;
    pillarKeys: string[];
  }[];
}
