import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api.ts';
import { INCIDENT_TYPES as incidentTypes, type IncidentType } from '../../../../server/platform/db/schema.ts';

export { incidentTypes, type IncidentType };

export type AlertStatus = 'active' | 'all_clear' | 'retracted' | 'expired';

export interface AlertRecipient {
  name: string;
  businessNameKo: string | null;
  businessNameEn: string | null;
  distanceMiles: number;
  seenAt: string | null;
  sawTooAt: string | null;
  sightingNote: string | null;
  reportedFalseAt: string | null;
}

export interface AlertDetail {
  id: string;
  organization: { slug: string; nameKo: string; nameEn: string };
  incidentId: string | null;
  type: IncidentType;
  message: string;
  latitude: number;
  longitude: number;
  radiusMiles: number;
  industries: string[];
  status: AlertStatus;
  expiresAt: string;
  allClearAt: string | null;
  allClearMessage: string | null;
  retractedAt: string | null;
  retractionReason: string | null;
  delivered: boolean;
  createdAt: string;
  raisedBy: string | null;
  mine: {
    distanceMiles: number;
    seenAt: string | null;
    sawTooAt: string | null;
    reportedFalseAt: string | null;
  } | null;
  canAllClear: boolean;
  canRetract: boolean;
  record: {
    sentCount: number;
    seenCount: number;
    sawTooCount: number;
    reportedFalseCount: number;
    recipients: AlertRecipient[];
  } | null;
}

export interface AlertArea {
  id: string;
  label: string;
  zip: string | null;
  latitude: number;
  longitude: number;
  radiusMiles: number;
  createdAt: string;
}

export const alertKey = (id: string) => ['alerts', id];

export function useAlert(id: string) {
  return useQuery({ queryKey: alertKey(id), queryFn: () => api.get<AlertDetail>(`/alerts/${id}`) });
}

export type AlertAction = 'seen' | 'saw-too' | 'report-false' | 'all-clear' | 'retract';

/** One of the alert's actions; the answer is the alert as it is now, put straight into the cache. */
export function useAlertAction(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ action, note }: { action: AlertAction; note?: string }) =>
      api.post<AlertDetail>(`/alerts/${id}/${action}`, note ? { note } : {}),
    onSuccess: (data) => queryClient.setQueryData(alertKey(id), data),
  });
}

/** The alert id in a notification's link (`/safety/alerts/<id>`). */
export function alertIdOf(link: string | null): string | null {
  return /^\/safety\/alerts\/([\w-]+)$/.exec(link ?? '')?.[1] ?? null;
}
