import { INCIDENT_TYPES as incidentTypes, type IncidentType } from '../../../../server/platform/db/schema.ts';

export { incidentTypes, type IncidentType };
export type TypeCounts = Record<IncidentType, number>;

export const levels = ['excellent', 'good', 'fair', 'poor'] as const;

export interface Dashboard {
  organization: { slug: string; nameKo: string; nameEn: string };
  months: string[];
  incidents: {
    total: number;
    byType: TypeCounts;
    byMonth: { month: string; total: number; byType: TypeCounts }[];
  };
  alerts: {
    raised: number;
    recipients: number;
    seen: number;
    seenShare: number | null;
    sightings: number;
    medianMinutesToFirstSeen: number | null;
    medianMinutesFromReportToFirstSeen: number | null;
  };
  checklists: {
    kind: string;
    title: string;
    businesses: number;
    assessed: number;
    averagePercent: number | null;
    levels: Record<(typeof levels)[number], number>;
  }[];
  retentionMonths: number;
  canManageRetention: boolean;
}
