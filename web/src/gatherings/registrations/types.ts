import type { Answers } from '../types.ts';

/** What the registrations API answers (server/modules/gatherings/registrations/schema.ts). */
export type RegistrationStatus = 'registered' | 'waitlisted' | 'cancelled';

export interface BusinessRef {
  slug: string;
  nameKo: string;
  nameEn: string;
}

export interface Registration {
  id: string;
  occurrence: string;
  status: RegistrationStatus;
  name: string;
  email: string;
  company: string;
  business: BusinessRef | null;
  answers: Answers;
  waitlistPosition: number | null;
  ticketCode: string;
  /** The QR code as an SVG data URL. */
  ticketQr: string;
  ticketPath: string;
  checkedInAt: string | null;
  createdAt: string;
  event: {
    id: string;
    titleKo: string;
    titleEn: string;
    venueName: string;
    venueAddress: string;
    timeZone: string;
    startsAt: string;
    endsAt: string;
  };
}

export interface Counts {
  registered: number;
  waitlisted: number;
  cancelled: number;
  checkedIn: number;
  capacity: number | null;
}

export interface RegistrationList {
  occurrence: { date: string; startsAt: string; endsAt: string; cancelled: boolean };
  counts: Counts;
  items: (Omit<Registration, 'occurrence' | 'ticketCode' | 'ticketQr' | 'ticketPath' | 'event'> & {
    status: RegistrationStatus;
  })[];
}

export interface CheckInResult {
  registration: { id: string; name: string; company: string };
  checkedInAt: string;
  alreadyCheckedIn: boolean;
  counts: Counts;
}

const enc = encodeURIComponent;

/** The API paths of registrations. */
export const registrationApi = {
  occurrence: (org: string, id: string, date: string) =>
    `/organizations/${enc(org)}/events/${enc(id)}/occurrences/${enc(date)}`,
  list: (org: string, id: string, date: string) =>
    `${registrationApi.occurrence(org, id, date)}/registrations`,
  mine: (org: string, id: string, date: string) => `${registrationApi.list(org, id, date)}/mine`,
  one: (org: string, id: string, date: string, registrationId: string) =>
    `${registrationApi.list(org, id, date)}/${enc(registrationId)}`,
  checkIns: (org: string, id: string, date: string) =>
    `${registrationApi.occurrence(org, id, date)}/check-ins`,
  ticket: (org: string, id: string, code: string) =>
    `/organizations/${enc(org)}/events/${enc(id)}/tickets/${enc(code)}`,
};

export const registrationKeys = {
  mine: (org: string, id: string, date: string) => ['registrations', org, id, date, 'mine'] as const,
  ticket: (code: string) => ['registrations', 'ticket', code] as const,
  list: (org: string, id: string, date: string) => ['registrations', org, id, date, 'list'] as const,
};
