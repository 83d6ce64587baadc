import { useQuery } from '@tanstack/react-query';
import { api } from '../api.ts';
import type { EventDetail, EventSummary, FollowUp } from './types.ts';

/** The API paths of an organization's events, and the queries the pages share. */
export const eventApi = {
  list: (org: string) => `/organizations/${encodeURIComponent(org)}/events`,
  event: (org: string, id: string) =>
    `/organizations/${encodeURIComponent(org)}/events/${encodeURIComponent(id)}`,
  minutes: (org: string, id: string, date: string) =>
    `${eventApi.event(org, id)}/occurrences/${encodeURIComponent(date)}/minutes`,
  /** Served by the API itself: a link the browser downloads and a calendar app subscribes to. */
  ics: (org: string, id: string) => `/api/v1${eventApi.event(org, id)}/event.ics`,
  feed: (org: string) => `/api/v1/organizations/${encodeURIComponent(org)}/calendar.ics`,
};

export const eventKeys = {
  list: (org: string, range?: string) =>
    range ? (['events', org, range] as const) : (['events', org] as const),
  event: (org: string, id: string) => ['events', org, id] as const,
  minutes: (org: string, id: string, date: string) => ['events', org, id, 'minutes', date] as const,
};

/** Days as the browser counts them (YYYY-MM-DD), `days` from today. */
const dayFromToday = (days: number) => {
  const date = new Date();
  date.setDate(date.getDate() + days);
  return date.toLocaleDateString('en-CA');
};

/** The coming year's events, or (past) the last two years' events. */
export function useEvents(org: string, past = false) {
  const range = past ? `?from=${dayFromToday(-730)}&to=${dayFromToday(-1)}` : '';
  return useQuery({
    queryKey: eventKeys.list(org, range),
    queryFn: () => api.get<EventSummary[]>(`${eventApi.list(org)}${range}`),
  });
}

/** `ticket`: the code in the e-mailed link, which opens a members-only event to a signed-out registrant. */
export function useEvent(org: string, id: string, enabled = true, ticket?: string | null) {
  return useQuery({
    queryKey: eventKeys.event(org, id),
    queryFn: () =>
      api.get<EventDetail>(
        `${eventApi.event(org, id)}${ticket ? `?ticket=${encodeURIComponent(ticket)}` : ''}`,
      ),
    enabled,
  });
}

export interface Minutes {
  date: string;
  minutesKo: string;
  minutesEn: string;
  followUps: FollowUp[];
  updatedAt: string | null;
  canEdit: boolean;
}
