import type { Event } from '../../../platform/db/schema.ts';
import type { Occurrence } from '../occurrences.ts';
import type { Answers } from '../shapes.ts';
import type { RegistrationRow, StatusCounts } from './queries.ts';
import { ticketPath, ticketQrSvg } from './tickets.ts';

function presentBusiness(row: RegistrationRow) {
  return row.business_slug
    ? { slug: row.business_slug, nameKo: row.business_name_ko ?? '', nameEn: row.business_name_en ?? '' }
    : null;
}

function presentPerson(row: RegistrationRow, position: number | null) {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    company: row.company,
    business: presentBusiness(row),
    status: row.status,
    waitlistPosition: row.status === 'waitlisted' ? position : null,
    answers: JSON.parse(row.answers) as Answers,
    checkedInAt: row.checked_in_at,
    createdAt: row.created_at,
  };
}

/** The registrant's own view: their place, the ticket and its QR code, and when and where. */
export async function presentRegistration(
  row: RegistrationRow,
  event: Event,
  organizationSlug: string,
  occurrence: Occurrence,
  position: number | null,
) {
  const { id, name, email, company, business, status, waitlistPosition, answers, checkedInAt, createdAt } =
    presentPerson(row, position);
  return {
    id,
    occurrence: row.occurrence,
    status,
    name,
    email,
    company,
    business,
    answers,
    waitlistPosition,
    ticketCode: row.ticket_code,
    ticketQr: await ticketQrSvg(row.ticket_code),
    ticketPath: ticketPath(organizationSlug, event.id, row.occurrence, row.ticket_code),
    checkedInAt,
    createdAt,
    event: {
      id: event.id,
      titleKo: event.title_ko,
      titleEn: event.title_en,
      venueName: event.venue_name,
      venueAddress: event.venue_address,
      timeZone: event.time_zone,
      startsAt: occurrence.startsAt.toISOString(),
      endsAt: occurrence.endsAt.toISOString(),
    },
  };
}

export function presentCounts(counts: StatusCounts, event: Event) {
  return { ...counts, capacity: event.capacity };
}

/** Organizers' list: everyone with their answers, the waitlist numbered in order. */
export function presentList(
  rows: RegistrationRow[],
  counts: StatusCounts,
  event: Event,
  occurrence: Occurrence,
) {
  let position = 0;
  return {
    occurrence: {
      date: occurrence.date,
      startsAt: occurrence.startsAt.toISOString(),
      endsAt: occurrence.endsAt.toISOString(),
      cancelled: occurrence.cancelled,
    },
    counts: presentCounts(counts, event),
    items: rows.map((row) => presentPerson(row, row.status === 'waitlisted' ? (position += 1) : null)),
  };
}
