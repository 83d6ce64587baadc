import type { Event } from '../../../platform/db/schema.ts';
import type { ParticipantRow } from './queries.ts';
import type { Slot } from './slots.ts';

/** The fields B2B meetings expose; never raw rows. */

export function parseList(json: string | null | undefined): string[] {
  if (!json) {
    return [];
  }
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  } catch {
    return [];
  }
}

export function presentEvent(event: Event) {
  return {
    id: event.id,
    titleKo: event.title_ko,
    titleEn: event.title_en,
    date: event.starts_on,
    timeZone: event.time_zone,
  };
}

export function presentSlot(slot: Slot) {
  return {
    id: slot.id,
    endLabel: slot.endLabel,
    startsAt: new Date(slot.start).toISOString(),
    endsAt: new Date(slot.end).toISOString(),
  };
}

/** Someone at the expo: their name, company (as registered, else their business's name) and business. */
export function presentPerson(row: ParticipantRow) {
  const business =
    row.business_slug === null
      ? null
      : { slug: row.business_slug, nameKo: row.business_name_ko ?? '', nameEn: row.business_name_en ?? '' };
  return {
    registrationId: row.registration_id,
    name: row.name,
    company: row.company || business?.nameEn || business?.nameKo || '',
    business,
  };
}

export function presentParticipant(row: ParticipantRow) {
  return { ...presentPerson(row), offers: parseList(row.offers), needs: parseList(row.needs) };
}

export type Person = ReturnType<typeof presentPerson>;

/** A person who is no longer a participant (registration cancelled) still shows by name in old requests. */
export function formerPerson(registrationId: string, name: string) {
  return { registrationId, name, company: '', business: null };
}
