import { randomBytes } from 'node:crypto';
import sharp from 'sharp';
import {
  addMembership,
  createBusiness,
  createOrganization,
  createUser,
  sessionHeaders,
} from '../../../test/fixtures.ts';
import { newId, now } from '../../platform/auth/secrets.ts';
import type { Db } from '../../platform/db/database.ts';
import type { IncidentStatus } from '../../platform/db/schema.ts';
import { blockOf } from './geo.ts';

/** Test support: incidents, cameras and footage requests written straight to the database, and uploads. */

/**
 * One organization with a store (owner `owner`, helper `staff`), a neighbour member with a store of
 * their own, a liaison and an admin; and a member of another organization.
 */
export async function createSafetyScene(db: Db) {
  const org = await createOrganization(db);
  const other = await createOrganization(db);
  const users = {
    owner: await createUser(db, { name: 'Store Owner', locale: 'ko' }),
    staff: await createUser(db, { name: 'Store Staff' }),
    neighbour: await createUser(db, { name: 'Neighbour' }),
    liaison: await createUser(db, { name: 'Officer Park' }),
    admin: await createUser(db, { name: 'Chamber Admin' }),
    outsider: await createUser(db, { name: 'Outsider' }),
  };
  await addMembership(db, org.id, users.owner.id, 'member');
  await addMembership(db, org.id, users.staff.id, 'member');
  await addMembership(db, org.id, users.neighbour.id, 'member');
  await addMembership(db, org.id, users.liaison.id, 'liaison');
  await addMembership(db, org.id, users.admin.id, 'admin');
  await addMembership(db, other.id, users.outsider.id, 'member');
  const store = await createBusiness(db, { organizationIds: [org.id], ownerId: users.owner.id });
  await db
    .insertInto('business_users')
    .values({ business_id: store.id, user_id: users.staff.id, role: 'staff' })
    .execute();
  const neighbourStore = await createBusiness(db, {
    organizationIds: [org.id],
    ownerId: users.neighbour.id,
    nameEn: 'Neighbour Mart',
  });
  const headers = {
    owner: await sessionHeaders(db, users.owner.id),
    staff: await sessionHeaders(db, users.staff.id),
    neighbour: await sessionHeaders(db, users.neighbour.id),
    liaison: await sessionHeaders(db, users.liaison.id),
    admin: await sessionHeaders(db, users.admin.id),
    outsider: await sessionHeaders(db, users.outsider.id),
  };
  return { org, other, users, store, neighbourStore, headers };
}
export type SafetyScene = Awaited<ReturnType<typeof createSafetyScene>>;

export interface FreshIncident {
  organizationId: string;
  businessId?: string | null;
  reporterId?: string | null;
  status?: IncidentStatus;
  occurredAt?: string;
  latitude?: number;
  longitude?: number;
}

export async function freshIncident(db: Db, options: FreshIncident): Promise<string> {
  const id = newId();
  const latitude = options.latitude ?? 32.79;
  const longitude = options.longitude ?? -96.8;
  const block = blockOf({ latitude, longitude });
  await db
    .insertInto('incidents')
    .values({
      id,
      organization_id: options.organizationId,
      business_id: options.businessId ?? null,
      reporter_user_id: options.reporterId ?? null,
      type: 'robbery',
      occurred_at: options.occurredAt ?? now(),
      location_kind: 'point',
      address: '100 Main St, Dallas, TX 75201',
      latitude,
      longitude,
      block_latitude: block.latitude,
      block_longitude: block.longitude,
      description: 'A man took cash from the register.',
      suspects: JSON.stringify([{ clothing: 'Black hoodie', height: '5\'10"', behaviour: 'Nervous' }]),
      vehicles: JSON.stringify([{ make: 'Honda', color: 'Silver', plate: 'ABC1234', direction: 'North' }]),
      police_called: 1,
      police_case_number: '26-123456',
      contact_phone: '214-555-0199',
      status: options.status ?? 'open',
      closed_at: options.status === 'closed' ? now() : null,
      closed_by_user_id: null,
      purged_at: null,
      created_at: now(),
      updated_at: now(),
    })
    .execute();
  return id;
}

export async function freshCamera(
  db: Db,
  businessId: string,
  point: { latitude: number; longitude: number } = { latitude: 32.7905, longitude: -96.8 },
): Promise<string> {
  const id = newId();
  await db
    .insertInto('cameras')
    .values({
      id,
      business_id: businessId,
      label: 'Front door',
      latitude: point.latitude,
      longitude: point.longitude,
      direction_degrees: 180,
      retention_days: 30,
      shareable: 1,
      created_at: now(),
      updated_at: now(),
    })
    .execute();
  return id;
}

export async function freshFootageRequest(db: Db, incidentId: string, cameraId: string): Promise<string> {
  const id = newId();
  await db
    .insertInto('footage_requests')
    .values({
      id,
      incident_id: incidentId,
      camera_id: cameraId,
      requested_by_user_id: null,
      note: 'Between 9 and 10 pm, please.',
      status: 'requested',
      response_note: null,
      answered_by_user_id: null,
      answered_at: null,
      created_at: now(),
    })
    .execute();
  return id;
}

let smallPng: Promise<Buffer> | undefined;

export function testPhoto(): Promise<Buffer> {
  smallPng ??= sharp({ create: { width: 16, height: 12, channels: 3, background: '#2c3e50' } })
    .png()
    .toBuffer();
  return smallPng;
}

/** A multipart body with one file field. */
export function multipart(data: Buffer, filename: string, contentType: string, field = 'file') {
  const boundary = `----dari${randomBytes(8).toString('hex')}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${filename}"\r\n` +
      `Content-Type: ${contentType}\r\n\r\n`,
  );
  return {
    payload: Buffer.concat([head, data, Buffer.from(`\r\n--${boundary}--\r\n`)]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}
