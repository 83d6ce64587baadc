import type { Db } from '../../platform/db/database.ts';
import type { IncidentType, Locale } from '../../platform/db/schema.ts';
import { newId, now } from '../../platform/auth/secrets.ts';
import type { Point } from './geo.ts';
import { addMembership, createBusiness, createUser, sessionHeaders } from '../../../test/fixtures.ts';

/** Test support: businesses placed on the map around downtown Dallas, and incidents straight in the table. */

export const CENTER: Point = { latitude: 32.78, longitude: -96.8 };

let places = 0;
/** A center of its own, miles from the others, so alert caps of one test do not reach the next. */
export function freshCenter(): Point {
  places += 1;
  return {
    latitude: CENTER.latitude + (places % 20) * 0.2,
    longitude: CENTER.longitude - Math.floor(places / 20) * 0.2,
  };
}

/** Degrees of latitude per mile, to place a business a given distance north of the center. */
const DEGREES_PER_MILE = 1 / 69;

export async function placeBusiness(
  db: Db,
  organizationId: string,
  options: {
    milesNorth: number;
    center?: Point;
    industry?: string;
    kind?: 'member' | 'partner';
    locale?: Locale;
    name?: string;
  },
): Promise<{ id: string; slug: string; ownerId: string; headers: Record<string, string> }> {
  const owner = await createUser(db, { name: options.name ?? 'Owner', locale: options.locale ?? 'en' });
  await addMembership(db, organizationId, owner.id, options.kind === 'partner' ? 'partner' : 'member');
  const business = await createBusiness(db, {
    organizationIds: [organizationId],
    ownerId: owner.id,
    kind: options.kind ?? 'member',
  });
  await db
    .updateTable('businesses')
    .set({
      latitude: (options.center ?? CENTER).latitude + options.milesNorth * DEGREES_PER_MILE,
      longitude: (options.center ?? CENTER).longitude,
      industry: options.industry ?? 'retail',
    })
    .where('id', '=', business.id)
    .execute();
  return { ...business, ownerId: owner.id, headers: await sessionHeaders(db, owner.id) };
}

export async function createIncident(
  db: Db,
  organizationId: string,
  options: { businessId?: string; reporterId?: string; type?: IncidentType; center?: Point } = {},
): Promise<string> {
  const id = newId();
  await db
    .insertInto('incidents')
    .values({
      id,
      organization_id: organizationId,
      business_id: options.businessId ?? null,
      reporter_user_id: options.reporterId ?? null,
      type: options.type ?? 'robbery',
      occurred_at: now(),
      location_kind: 'point',
      address: null,
      latitude: (options.center ?? CENTER).latitude,
      longitude: (options.center ?? CENTER).longitude,
      block_latitude: Math.round((options.center ?? CENTER).latitude * 1000) / 1000,
      block_longitude: Math.round((options.center ?? CENTER).longitude * 1000) / 1000,
      description: 'Two men took cash from the register.',
      police_case_number: null,
      contact_phone: null,
      closed_at: null,
      closed_by_user_id: null,
      purged_at: null,
      created_at: now(),
      updated_at: now(),
    })
    .execute();
  return id;
}
