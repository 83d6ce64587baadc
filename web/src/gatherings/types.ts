/**
 * An event as the API presents it (GET /api/v1/organizations/:slug/events/:id), shared by every gatherings
 * page. Times: `startTime`/`endTime` are the organization's wall clock (HH:mm) in `timeZone`; `startsAt`/`endsAt`
 * are instants (ISO, UTC), shown with Intl in `timeZone`.
 */
export type EventKind = 'roundtable' | 'team_meeting' | 'expo' | 'other';

export interface Speaker {
  name: string;
  titleKo: string;
  titleEn: string;
}

export interface QuestionOption {
  value: string;
  labelKo: string;
  labelEn: string;
}

export interface RegistrationQuestion {
  id: string;
  labelKo: string;
  labelEn: string;
  kind: 'text' | 'choice' | 'multi';
  options: QuestionOption[];
  required: boolean;
}

export type Answers = Record<string, string | string[]>;

export interface FollowUp {
  id: string;
  text: string;
  owner: string;
  dueOn: string | null;
  done: boolean;
}

export interface OccurrenceSummary {
  date: string;
  startsAt: string;
  endsAt: string;
  cancelled: boolean;
  registered: number;
  waitlisted: number;
}

export interface EventSummary {
  id: string;
  organizationSlug: string;
  kind: EventKind;
  titleKo: string;
  titleEn: string;
  venueName: string;
  venueAddress: string;
  startsOn: string;
  startTime: string;
  endTime: string;
  timeZone: string;
  rrule: string | null;
  audience: 'members' | 'public';
  status: 'scheduled' | 'cancelled';
  capacity: number | null;
  waitlist: boolean;
  pillarId: string | null;
  /** The next occurrence not cancelled that has not ended; null when the event is over. */
  next: { date: string; startsAt: string; endsAt: string } | null;
  /** The latest occurrence not cancelled that has ended; null when none has. */
  last?: { date: string; startsAt: string; endsAt: string } | null;
}

export interface EventDetail extends EventSummary {
  agendaKo: string;
  agendaEn: string;
  speakers: Speaker[];
  questions: RegistrationQuestion[];
  reminderHours: number;
  cancelledDates: string[];
  /** The last few past occurrences and the coming ones (up to 12), with their counts. */
  occurrences: OccurrenceSummary[];
  version: number;
  canManage: boolean;
  canAttend: boolean;
  /** Whether the organizer has set up B2B meetings (expos). */
  hasMeetings: boolean;
}

/** Where each gatherings page lives (App.tsx routes these). */
export const eventPaths = {
  list: (org: string) => `/events/${org}`,
  create: (org: string) => `/events/${org}/new`,
  event: (org: string, id: string, date?: string) => `/events/${org}/${id}${date ? `?date=${date}` : ''}`,
  edit: (org: string, id: string) => `/events/${org}/${id}/edit`,
  registrations: (org: string, id: string, date: string) => `/events/${org}/${id}/registrations?date=${date}`,
  checkIn: (org: string, id: string, date: string) => `/events/${org}/${id}/check-in?date=${date}`,
  expo: (org: string, id: string) => `/events/${org}/${id}/expo`,
  leads: (org: string, id: string) => `/events/${org}/${id}/expo/leads`,
  meetings: (org: string, id: string) => `/events/${org}/${id}/meetings`,
  schedule: (org: string, id: string) => `/events/${org}/${id}/meetings/schedule`,
  report: (org: string, id: string, date: string) => `/events/${org}/${id}/report?date=${date}`,
  survey: (org: string, id: string, date: string) => `/events/${org}/${id}/survey?date=${date}`,
};
