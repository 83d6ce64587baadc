import { newId } from '../../platform/auth/secrets.ts';
import type { Db } from '../../platform/db/database.ts';
import { createBusiness, createOrganization } from '../../../test/fixtures.ts';

/**
 * The ranking scene of the hand-checked tests (numbers worked out in matching.test.ts): a Korean- and
 * English-speaking store in Dallas (KACC) needs to cut inventory costs; consultants of the city chamber
 * offer help. Miles north of the store are turned into latitude with 69.093 mi per degree.
 */
export const STORE = { latitude: 32.79, longitude: -96.8 };
const MILES_PER_DEGREE = 69.093;

export async function pillarId(db: Db, key: string): Promise<string> {
  const row = await db.selectFrom('pillars').select('id').where('key', '=', key).executeTakeFirstOrThrow();
  return row.id;
}

export async function namedOrganization(db: Db, nameEn: string, nameKo: string) {
  const org = await createOrganization(db);
  await db
    .updateTable('organizations')
    .set({ name_en: nameEn, name_ko: nameKo })
    .where('id', '=', org.id)
    .execute();
  return org;
}

export async function placeBusiness(
  db: Db,
  options: {
    organizationIds: string[];
    ownerId?: string;
    nameEn: string;
    kind?: 'member' | 'partner';
    milesNorth: number | null;
    languages: string[];
    industry: string;
  },
) {
  const business = await createBusiness(db, {
    organizationIds: options.organizationIds,
    nameEn: options.nameEn,
    nameKo: options.nameEn,
    kind: options.kind ?? 'partner',
    ...(options.ownerId ? { ownerId: options.ownerId } : {}),
  });
  const located = options.milesNorth !== null;
  await db
    .updateTable('businesses')
    .set({
      latitude: located ? STORE.latitude + (options.milesNorth ?? 0) / MILES_PER_DEGREE : null,
      longitude: located ? STORE.longitude : null,
      languages: JSON.stringify(options.languages),
      industry: options.industry,
    })
    .where('id', '=', business.id)
    .execute();
  return business;
}

export async function addOffer(
  db: Db,
  businessId: string,
  pillar: string,
  text: { ko: string; en: string },
  radiusMiles = 25,
): Promise<string> {
  const id = newId();
  await db
    .insertInto('offers')
    .values({
      id,
      business_id: businessId,
      pillar_id: pillar,
      description_ko: text.ko,
      description_en: text.en,
      radius_miles: radiusMiles,
      languages: '[]',
      price_hint: '',
      created_at: new Date().toISOString(),
    })
    .execute();
  return id;
}

export async function addNeed(db: Db, businessId: string, pillar: string, text: { ko: string; en: string }) {
  const id = newId();
  await db
    .insertInto('needs')
    .values({
      id,
      business_id: businessId,
      pillar_id: pillar,
      description_ko: text.ko,
      description_en: text.en,
      urgency: 'medium',
      created_at: new Date().toISOString(),
    })
    .execute();
  return id;
}

export async function addIntroduction(
  db: Db,
  from: string,
  to: string,
  createdAt: string,
  answer: { respondedAt: string; stage: 'accepted' | 'declined' } | null = null,
): Promise<void> {
  await db
    .insertInto('introductions')
    .values({
      id: newId(),
      requester_business_id: from,
      recipient_business_id: to,
      requested_by: null,
      need_id: null,
      offer_id: null,
      message: 'Hello',
      stage: answer?.stage ?? 'requested',
      outcome: null,
      value_cents: null,
      close_note: null,
      responded_at: answer?.respondedAt ?? null,
      reminded_at: null,
      expires_at: '2099-01-01T00:00:00.000Z',
      created_at: createdAt,
      updated_at: createdAt,
    })
    .execute();
}
