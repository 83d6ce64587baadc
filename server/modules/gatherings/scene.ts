import { newId, newSecret } from '../../platform/auth/secrets.ts';
import type { DbOrTrx } from '../../platform/db/database.ts';
import type { EventRegistrationTable, EventTable } from '../../platform/db/schema.ts';
import type { Insertable } from 'kysely';

/** Test support: events and registrations written straight to the database, for tests of any part of gatherings. */

export async function freshEvent(
  db: DbOrTrx,
  organizationId: string,
  overrides: Partial<Insertable<EventTable>> = {},
): Promise<string> {
  const id = newId();
  const stamp = new Date().toISOString();
  await db
    .insertInto('events')
    .values({
      id,
      organization_id: organizationId,
      kind: 'expo',
      title_ko: '스마트 비즈니스 엑스포',
      title_en: 'Smart Business Expo',
      starts_on: '2027-05-13',
      start_time: '09:00',
      end_time: '17:00',
      rrule: null,
      capacity: null,
      audience: 'public',
      pillar_id: null,
      created_by: null,
      created_at: stamp,
      updated_at: stamp,
      ...overrides,
    })
    .execute();
  return id;
}

/** A registration (registered, not checked in) with a fresh ticket code; `occurrence` defaults to 2027-05-13. */
export async function freshRegistration(
  db: DbOrTrx,
  eventId: string,
  overrides: Partial<Insertable<EventRegistrationTable>> = {},
): Promise<{ id: string; ticketCode: string }> {
  const id = newId();
  const ticketCode = newSecret();
  const stamp = new Date().toISOString();
  await db
    .insertInto('event_registrations')
    .values({
      id,
      event_id: eventId,
      occurrence: '2027-05-13',
      user_id: null,
      business_id: null,
      name: `Guest ${id.slice(0, 6)}`,
      email: `guest-${id}@example.com`,
      locale: 'ko',
      status: 'registered',
      ticket_code: ticketCode,
      checked_in_at: null,
      checked_in_by: null,
      reminded_at: null,
      created_at: stamp,
      updated_at: stamp,
      ...overrides,
    })
    .execute();
  return { id, ticketCode };
}
