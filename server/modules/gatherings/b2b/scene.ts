import type { Db } from '../../../platform/db/database.ts';
import {
  addMembership,
  createBusiness,
  createOrganization,
  createUser,
  sessionHeaders,
} from '../../../../test/fixtures.ts';
import { freshEvent, freshRegistration } from '../scene.ts';
import { pairKey } from './requests.ts';
import { newId } from '../../../platform/auth/secrets.ts';

/** Test support: an expo with an organizer and signed-in attendees, and meetings written straight to the tables. */

export interface Attendee {
  userId: string;
  registrationId: string;
  headers: Record<string, string>;
  businessId: string | null;
}

export async function freshAttendee(
  db: Db,
  eventId: string,
  options: { name?: string; organizationId?: string; withBusiness?: boolean } = {},
): Promise<Attendee> {
  const user = await createUser(db, { name: options.name ?? 'Attendee' });
  const business =
    options.withBusiness && options.organizationId
      ? await createBusiness(db, {
          organizationIds: [options.organizationId],
          ownerId: user.id,
          nameEn: `${options.name ?? 'Attendee'} Co`,
        })
      : null;
  const registration = await freshRegistration(db, eventId, {
    user_id: user.id,
    business_id: business?.id ?? null,
    name: options.name ?? `Attendee ${user.id.slice(0, 4)}`,
    email: user.email,
  });
  return {
    userId: user.id,
    registrationId: registration.id,
    headers: await sessionHeaders(db, user.id),
    businessId: business?.id ?? null,
  };
}

export async function expoScene(db: Db, attendees = 0) {
  const org = await createOrganization(db);
  const admin = await createUser(db, { name: 'Organizer' });
  await addMembership(db, org.id, admin.id, 'admin');
  const eventId = await freshEvent(db, org.id);
  const people: Attendee[] = [];
  for (let i = 0; i < attendees; i++) {
    people.push(await freshAttendee(db, eventId, { name: `Person ${i}`, organizationId: org.id }));
  }
  return {
    org,
    eventId,
    adminHeaders: await sessionHeaders(db, admin.id),
    people,
    url: `/api/v1/organizations/${org.slug}/events/${eventId}/meetings`,
  };
}

/** Settings written directly: 09:00–12:00 in `slotMinutes` slots, `tables` tables, no break. */
export async function writeSettings(db: Db, eventId: string, tables = 4, slotMinutes = 30): Promise<void> {
  await db
    .insertInto('b2b_settings')
    .values({
      event_id: eventId,
      slot_minutes: slotMinutes,
      day_start: '09:00',
      day_end: '12:00',
      table_count: tables,
      scheduled_at: null,
      updated_at: new Date().toISOString(),
    })
    .execute();
}

/** A request between two registrations, in the given status. */
export async function freshRequest(
  db: Db,
  eventId: string,
  from: string,
  to: string,
  status: 'pending' | 'accepted' = 'accepted',
): Promise<string> {
  const id = newId();
  await db
    .insertInto('b2b_requests')
    .values({
      id,
      event_id: eventId,
      requester_id: from,
      recipient_id: to,
      pair_key: pairKey(from, to),
      status,
      created_at: new Date().toISOString(),
      answered_at: status === 'accepted' ? new Date().toISOString() : null,
    })
    .execute();
  return id;
}
