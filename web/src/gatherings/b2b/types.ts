/** The B2B meetings API's shapes (server/modules/gatherings/b2b/schema.ts). */
export interface Slot {
  /** Local start 'HH:mm' in the event's zone: the slot's name. */
  id: string;
  endLabel: string;
  startsAt: string;
  endsAt: string;
}

export interface Break {
  start: string;
  end: string;
}

export interface Settings {
  configured: boolean;
  slotMinutes: number;
  dayStart: string;
  dayEnd: string;
  breaks: Break[];
  tableCount: number;
  scheduleVersion: number;
  scheduledAt: string | null;
  date: string;
  timeZone: string;
  eventStart: string;
  eventEnd: string;
  slots: Slot[];
  canManage: boolean;
}

export interface Pillar {
  id: string;
  key: string;
  nameKo: string;
  nameEn: string;
}

export interface Me {
  event: { id: string; titleKo: string; titleEn: string; date: string; timeZone: string };
  registrationId: string | null;
  offers: string[];
  needs: string[];
  availableSlots: string[] | null;
  slots: Slot[];
  pillars: Pillar[];
  canManage: boolean;
}

export interface Person {
  registrationId: string;
  name: string;
  company: string;
  business: { slug: string; nameKo: string; nameEn: string } | null;
}

export interface Participant extends Person {
  offers: string[];
  needs: string[];
}

export interface Suggestion {
  person: Person;
  score: number;
  reasons: string[];
}

export interface MeetingPlace {
  slot: string;
  endLabel: string;
  startsAt: string;
  endsAt: string;
  table: number;
  pinned: boolean;
}

export type RequestStatus = 'pending' | 'accepted' | 'declined' | 'cancelled';

export interface MeetingRequest {
  id: string;
  direction: 'incoming' | 'outgoing';
  other: Person;
  message: string;
  status: RequestStatus;
  createdAt: string;
  answeredAt: string | null;
  meeting: MeetingPlace | null;
}

export interface RequestList {
  incoming: MeetingRequest[];
  outgoing: MeetingRequest[];
}

export interface AgendaItem extends MeetingPlace {
  requestId: string;
  other: Person;
}

export interface Agenda {
  event: Me['event'];
  items: AgendaItem[];
  waiting: number;
}

export interface GridMeeting {
  requestId: string;
  slot: string;
  table: number;
  pinned: boolean;
  priority: number;
  people: Person[];
}

export interface ScheduleGrid {
  version: number;
  scheduledAt: string | null;
  timeZone: string;
  slots: Slot[];
  tableCount: number;
  meetings: GridMeeting[];
  unplaced: {
    requestId: string;
    priority: number;
    people: Person[];
    reason: 'no_common_slot' | 'crowded' | 'waiting';
  }[];
  accepted: number;
  placed: number;
  weight: number;
  bound: number | null;
}

/** The API path of an expo's meetings. */
export const meetingsApi = (org: string, eventId: string) =>
  `/organizations/${encodeURIComponent(org)}/events/${encodeURIComponent(eventId)}/meetings`;
