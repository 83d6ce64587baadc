import { newId } from '../../../platform/auth/secrets.ts';
import type { DbOrTrx } from '../../../platform/db/database.ts';
import type { ExpoExhibitorTable } from '../../../platform/db/schema.ts';
import type { Insertable } from 'kysely';

/** Test support: an exhibitor written straight to the database. */
export async function freshExhibitor(
  db: DbOrTrx,
  eventId: string,
  overrides: Partial<Insertable<ExpoExhibitorTable>> = {},
): Promise<string> {
  const id = newId();
  const stamp = new Date().toISOString();
  await db
    .insertInto('expo_exhibitors')
    .values({
      id,
      event_id: eventId,
      business_id: null,
      name_ko: '시큐어 코리아',
      name_en: 'Secure Korea',
      tier: 'gold',
      booth: null,
      logo_path: null,
      created_at: stamp,
      updated_at: stamp,
      ...overrides,
    })
    .execute();
  return id;
}
