/** What GET …/occurrences/:date/report and …/survey send (server/modules/gatherings/report/schema.ts). */

export interface SurveyResults {
  responses: number;
  averageRating: number | null;
  distribution: { rating: number; count: number }[];
  wouldReturnPercent: number | null;
  comments: { rating: number; wouldReturn: boolean; comment: string; at: string }[];
}

export interface ReportEvent {
  id: string;
  organizationSlug: string;
  kind: string;
  titleKo: string;
  titleEn: string;
  venueName: string;
  timeZone: string;
}

export interface ReportOccurrence {
  date: string;
  startsAt: string;
  endsAt: string;
  cancelled: boolean;
  ended: boolean;
}

export type Attendance = 'attended' | 'noShow' | 'expected' | 'waitlisted' | 'cancelled';

export interface EventReport {
  event: ReportEvent;
  occurrence: ReportOccurrence;
  totals: {
    registered: number;
    attended: number;
    noShows: number;
    attendancePercent: number | null;
    waitlisted: number;
    cancelled: number;
    meetingsScheduled: number;
    meetingsHeld: number;
    leads: number;
    introductions: number;
    partnerships: number;
  };
  attendees: {
    registrationId: string;
    name: string;
    company: string;
    attendance: Attendance;
    checkedInAt: string | null;
    meetingsScheduled: number;
    meetingsHeld: number;
    leads: number;
    introductions: number;
  }[];
  survey: SurveyResults;
}

export interface SurveyState {
  event: ReportEvent;
  occurrence: ReportOccurrence;
  registration: { name: string; status: 'registered' | 'waitlisted' | 'cancelled' } | null;
  open: boolean;
  answered: boolean;
  results: SurveyResults | null;
}

/** The API address of one occurrence. */
export const occurrenceApi = (org: string, eventId: string, date: string) =>
  `/organizations/${org}/events/${eventId}/occurrences/${date}`;
