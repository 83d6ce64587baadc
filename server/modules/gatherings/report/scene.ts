import type { Insertable } from 'kysely';
import { newId } from '../../../platform/auth/secrets.ts';
import type { Db } from '../../../platform/db/database.ts';
import type { IntroductionTable } from '../../../platform/db/schema.ts';
import {
  addMembership,
  createBusiness,
  createOrganization,
  createUser,
  sessionHeaders,
} from '../../../../test/fixtures.ts';
import { freshEvent, freshRegistration } from '../scene.ts';

/**
 * Test support: a past expo day with everything the report counts, and the numbers it must show.
 * Seven registrations: five registered (three checked in, two no-shows), one waitlisted, one cancelled.
 * Four accepted B2B requests, three scheduled: two held (both people checked in), one with a no-show.
 * Two badge scans. Five introductions from the expo (two partnerships), one from elsewhere, one from
 * another event. Three survey answers.
 */

export const DATE = '2026-05-13';
const STAMP = '2026-05-13T16:00:00.000Z';

export async function introduction(
  db: Db,
  from: string,
  to: string,
  overrides: Partial<Insertable<IntroductionTable>> = {},
): Promise<string> {
  const id = newId();
  await db
    .insertInto('introductions')
    .values({
      id,
      requester_business_id: from,
      recipient_business_id: to,
      requested_by: null,
      need_id: null,
      offer_id: null,
      message: '',
      stage: 'accepted',
      outcome: null,
      value_cents: null,
      close_note: null,
      responded_at: null,
      reminded_at: null,
      expires_at: '2027-01-01T00:00:00.000Z',
      created_at: STAMP,
      updated_at: STAMP,
      ...overrides,
    })
    .execute();
  return id;
}

async function request(db: Db, eventId: string, a: string, b: string, scheduled: boolean, slot = '10:00') {
  const id = newId();
  await db
    .insertInto('b2b_requests')
    .values({
      id,
      event_id: eventId,
      requester_id: a,
      recipient_id: b,
      pair_key: [a, b].sort().join(':'),
      status: 'accepted',
      created_at: STAMP,
      answered_at: STAMP,
    })
    .execute();
  if (scheduled) {
    await db
      .insertInto('b2b_meetings')
      .values({ request_id: id, event_id: eventId, slot_start: slot, table_number: 1, updated_at: STAMP })
      .execute();
  }
}

export async function reportScene(db: Db) {
  const org = await createOrganization(db);
  const admin = await createUser(db, { name: '김지현', locale: 'ko' });
  const englishAdmin = await createUser(db, { name: 'Emily', locale: 'en' });
  await addMembership(db, org.id, admin.id, 'admin');
  await addMembership(db, org.id, englishAdmin.id, 'admin');
  const business = async (nameEn: string) =>
    (await createBusiness(db, { organizationIds: [org.id], nameEn })).id;
  const [b1, b2, b3, b4] = [
    await business('One'),
    await business('Two'),
    await business('Three'),
    await business('Booth'),
  ];
  const eventId = await freshEvent(db, org.id, { starts_on: DATE, audience: 'public' });
  const other = await freshEvent(db, org.id, { starts_on: DATE });
  const checkedIn = { checked_in_at: '2026-05-13T14:05:00.000Z' };
  const reg = async (name: string, overrides: Parameters<typeof freshRegistration>[2] = {}) =>
    (await freshRegistration(db, eventId, { occurrence: DATE, name, company: `${name} Co`, ...overrides }))
      .id;
  const r1 = await reg('Ann', { business_id: b1, ...checkedIn });
  const r2 = await reg('Ben', { business_id: b2, ...checkedIn });
  const r3 = await reg('Cho', { business_id: b3 });
  const r4 = await reg('Dee', checkedIn);
  await reg('Eve', { status: 'waitlisted' });
  await reg('Fay', { status: 'cancelled' });
  await reg('김민수', { company: '=HYPERLINK("x")' });

  await request(db, eventId, r1, r2, true, '10:00');
  await request(db, eventId, r1, r3, true, '10:20');
  await request(db, eventId, r2, r4, true, '10:40');
  await request(db, eventId, r3, r4, false);

  const exhibitor = newId();
  await db
    .insertInto('expo_exhibitors')
    .values({
      id: exhibitor,
      event_id: eventId,
      business_id: b4,
      name_ko: '부스',
      name_en: 'Booth',
      tier: 'gold',
      booth: 'A1',
      logo_path: null,
      created_at: STAMP,
      updated_at: STAMP,
    })
    .execute();
  const fromEvent = { event_id: eventId };
  const i1 = await introduction(db, b4, b1, { ...fromEvent, stage: 'met' });
  await introduction(db, b1, b2, { ...fromEvent, stage: 'active' });
  await introduction(db, b2, b3, { ...fromEvent, stage: 'closed', outcome: 'won' });
  await introduction(db, b1, b3, { ...fromEvent, stage: 'closed', outcome: 'lost' });
  await introduction(db, b2, b1, { ...fromEvent, stage: 'requested' });
  await introduction(db, b1, b2, { stage: 'active' });
  await introduction(db, b1, b2, { event_id: other, stage: 'active' });
  for (const [registration, consent, introductionId] of [
    [r1, 1, i1],
    [r4, 0, null],
  ] as const) {
    await db
      .insertInto('expo_leads')
      .values({
        id: newId(),
        event_id: eventId,
        exhibitor_id: exhibitor,
        registration_id: registration,
        consent,
        introduction_id: introductionId,
        captured_by: null,
        created_at: STAMP,
      })
      .execute();
  }
  for (const [registration, rating, wouldReturn, comment] of [
    [r1, 5, 1, 'Great matches'],
    [r2, 4, 1, ''],
    [r4, 2, 0, 'Too noisy'],
  ] as const) {
    await db
      .insertInto('event_survey_responses')
      .values({
        registration_id: registration,
        event_id: eventId,
        occurrence: DATE,
        rating,
        would_return: wouldReturn,
        comment,
        created_at: `2026-05-13T1${rating}:00:00.000Z`,
      })
      .execute();
  }
  return {
    org,
    eventId,
    registrations: { r1, r2, r3, r4 },
    headers: { ko: await sessionHeaders(db, admin.id), en: await sessionHeaders(db, englishAdmin.id) },
    url: `/api/v1/organizations/${org.slug}/events/${eventId}/occurrences/${DATE}`,
  };
}
