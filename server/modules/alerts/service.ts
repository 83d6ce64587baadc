import type { Caller } from '../../platform/auth/caller.ts';
import { can } from '../../platform/auth/policies.ts';
import { newId } from '../../platform/auth/secrets.ts';
import type { DbOrTrx } from '../../platform/db/database.ts';
import type { Updateable } from 'kysely';
import type { AlertTable, IncidentType } from '../../platform/db/schema.ts';
import { AppError, type FieldErrors } from '../../platform/errors.ts';
import { geocodeZip } from '../../platform/geocode.ts';
import { industries as knownIndustries } from '../businesses/industries.ts';
import { notify } from '../notifications/service.ts';
import type { AlertAccess } from './access.ts';
import type { Point } from './geo.ts';
import * as queries from './queries.ts';
import { EXPIRY_HOURS, RADIUS_MILES, type NoteBody, type RaiseBody } from './schema.ts';
import './messages.ts';

/** Flood caps: per raiser, and per area (alerts raised within AREA_CAP_MILES of the point). */
export const RAISER_CAP_PER_HOUR = 3;
export const AREA_CAP_PER_HOUR = 10;
export const AREA_CAP_MILES = 1;
const HOUR_MS = 3_600_000;

function invalid(fields: FieldErrors): AppError {
  return new AppError('validation_failed', { fields });
}

function denied(caller: Caller): AppError {
  return new AppError(caller.kind === 'anonymous' ? 'unauthenticated' : 'forbidden');
}

interface Origin {
  organizationId: string;
  incidentId: string | null;
  type: IncidentType;
  point: Point;
}

/** Where the alert comes from: an incident (its organization, type and place), or the body alone. */
async function originOf(trx: DbOrTrx, caller: Caller, body: RaiseBody): Promise<Origin> {
  const userId = caller.kind === 'user' ? caller.userId : null;
  if (body.incidentId !== undefined) {
    const extra = (['organization', 'type', 'latitude', 'longitude', 'zip'] as const).filter(
      (key) => body[key] !== undefined,
    );
    if (extra.length > 0) {
      throw invalid(Object.fromEntries(extra.map((key) => [key, { key: 'alerts:errors.fromIncident' }])));
    }
    const incident = await queries.incidentById(trx, body.incidentId);
    if (!incident) {
      throw new AppError('not_found');
    }
    const reporterSide =
      userId !== null &&
      (incident.reporter_user_id === userId ||
        (incident.business_id !== null && (await queries.isBusinessUser(trx, incident.business_id, userId))));
    if (
      !can(caller, 'alerts.raise', {
        organizationId: incident.organization_id,
        isBusinessMember: reporterSide,
      })
    ) {
      throw denied(caller);
    }
    return {
      organizationId: incident.organization_id,
      incidentId: incident.id,
      type: incident.type,
      point: { latitude: incident.latitude, longitude: incident.longitude },
    };
  }
  if (body.organization === undefined) {
    throw invalid({ organization: { key: 'alerts:errors.organizationRequired' } });
  }
  const organization = await trx
    .selectFrom('organizations')
    .select('id')
    .where('slug', '=', body.organization)
    .executeTakeFirst();
  if (!organization) {
    throw new AppError('not_found');
  }
  // Without an incident only the organization's liaisons and admins speak for the area.
  if (!can(caller, 'alerts.raise', { organizationId: organization.id })) {
    throw denied(caller);
  }
  const fields: FieldErrors = {};
  if (body.type === undefined) {
    fields.type = { key: 'alerts:errors.typeRequired' };
  }
  let point: Point | undefined;
  if (body.zip !== undefined) {
    const place = geocodeZip(body.zip);
    if (place) {
      point = place;
    } else {
      fields.zip = { key: 'alerts:errors.zipUnknown' };
    }
  } else if (body.latitude !== undefined && body.longitude !== undefined) {
    point = { latitude: body.latitude, longitude: body.longitude };
  } else if (!fields.zip) {
    fields.zip = { key: 'alerts:errors.placeRequired' };
  }
  if (Object.keys(fields).length > 0 || !point || body.type === undefined) {
    throw invalid(fields);
  }
  return { organizationId: organization.id, incidentId: null, type: body.type, point };
}

async function checkCaps(trx: DbOrTrx, userId: string, point: Point, at: Date): Promise<void> {
  const since = new Date(at.getTime() - HOUR_MS).toISOString();
  if ((await queries.raisedSince(trx, userId, since)) >= RAISER_CAP_PER_HOUR) {
    throw new AppError('alert_limit_raiser', { params: { limit: RAISER_CAP_PER_HOUR } });
  }
  if ((await queries.raisedNear(trx, point, AREA_CAP_MILES, since)) >= AREA_CAP_PER_HOUR) {
    throw new AppError('alert_limit_area', { params: { limit: AREA_CAP_PER_HOUR } });
  }
}

/**
 * Stores an alert, undelivered: the fan-out (fanout.ts) runs once the request's transaction has
 * committed, and the sweep retries it if it fails. Nothing is stored when a cap is reached.
 */
export async function raise(trx: DbOrTrx, caller: Caller, body: RaiseBody, at: Date): Promise<string> {
  const origin = await originOf(trx, caller, body);
  if (caller.kind !== 'user') {
    // An alert names the person who raised it; an API token is nobody's.
    throw denied(caller);
  }
  const industries = body.industries ?? [];
  const unknown = industries.filter((key) => !knownIndustries.some((i) => i.key === key));
  if (unknown.length > 0) {
    throw invalid({
      industries: { key: 'alerts:errors.industryUnknown', params: { keys: unknown.join(', ') } },
    });
  }
  await checkCaps(trx, caller.userId, origin.point, at);
  const id = newId();
  const hours = body.expiresInHours ?? EXPIRY_HOURS.default;
  await trx
    .insertInto('alerts')
    .values({
      id,
      organization_id: origin.organizationId,
      incident_id: origin.incidentId,
      raised_by_user_id: caller.userId,
      incident_type: origin.type,
      message: body.message.trim(),
      latitude: origin.point.latitude,
      longitude: origin.point.longitude,
      radius_miles: body.radiusMiles ?? RADIUS_MILES.default,
      industries: JSON.stringify(industries),
      expires_at: new Date(at.getTime() + hours * HOUR_MS).toISOString(),
      all_clear_at: null,
      all_clear_message: null,
      retracted_at: null,
      retracted_by_user_id: null,
      delivered_at: null,
      created_at: at.toISOString(),
    })
    .execute();
  return id;
}

function conflict(status: string): AppError {
  return new AppError('conflict', {
    fields: { status: { key: 'alerts:errors.notActive', params: { status } } },
  });
}

/** Tells each user about the alert, in their language (the texts are in messages.ts). */
async function tell(
  trx: DbOrTrx,
  userIds: Iterable<string>,
  kind: string,
  alert: queries.AlertRow,
  extra = {},
) {
  const payload = {
    alertId: alert.id,
    link: `/safety/alerts/${alert.id}`,
    type: alert.incident_type,
    ...extra,
  };
  for (const userId of new Set(userIds)) {
    await notify(trx, { userId, kind: `alert.${kind}`, payload });
  }
}

async function raiserAndLiaisons(trx: DbOrTrx, alert: queries.AlertRow, except: string): Promise<string[]> {
  const liaisons = await queries.organizationPeople(trx, alert.organization_id, ['liaison']);
  return [alert.raised_by_user_id, ...liaisons].filter((id): id is string => id !== null && id !== except);
}

export async function markSeen(trx: DbOrTrx, alertId: string, userId: string, at: Date): Promise<void> {
  await trx
    .updateTable('alert_recipients')
    .set({ seen_at: at.toISOString() })
    .where('alert_id', '=', alertId)
    .where('user_id', '=', userId)
    .where('seen_at', 'is', null)
    .execute();
}

/** "I saw this too": a sighting linked to the alert (and through it to the incident); the raiser and liaisons hear of it. */
export async function sawToo(
  trx: DbOrTrx,
  access: AlertAccess,
  userId: string,
  body: NoteBody,
  at: Date,
): Promise<void> {
  const note = body.note?.trim() || null;
  await markSeen(trx, access.alert.id, userId, at);
  await trx
    .updateTable('alert_recipients')
    .set({ saw_too_at: at.toISOString(), sighting_note: note })
    .where('alert_id', '=', access.alert.id)
    .where('user_id', '=', userId)
    .execute();
  const name = (await queries.userName(trx, userId)) ?? '';
  await tell(trx, await raiserAndLiaisons(trx, access.alert, userId), 'saw_too', access.alert, {
    name,
    note: note ?? '',
  });
}

/** A recipient reports the alert as false; the organization's admins (who may retract it) hear of it. */
export async function reportFalse(
  trx: DbOrTrx,
  access: AlertAccess,
  userId: string,
  body: NoteBody,
  at: Date,
): Promise<void> {
  await trx
    .updateTable('alert_recipients')
    .set({ reported_false_at: at.toISOString() })
    .where('alert_id', '=', access.alert.id)
    .where('user_id', '=', userId)
    .where('reported_false_at', 'is', null)
    .execute();
  const admins = await queries.organizationPeople(trx, access.alert.organization_id, ['admin']);
  await tell(
    trx,
    admins.filter((id) => id !== userId),
    'reported_false',
    access.alert,
    {
      note: body.note?.trim() ?? '',
    },
  );
}

/** Moves an active alert to `status` (one conditional UPDATE: of two racing changes one wins). */
async function close(
  trx: DbOrTrx,
  alert: queries.AlertRow,
  set: Updateable<AlertTable> & { status: 'all_clear' | 'retracted' },
  at: Date,
): Promise<void> {
  const result = await trx
    .updateTable('alerts')
    .set(set)
    .where('id', '=', alert.id)
    .where('status', '=', 'active')
    .where('expires_at', '>', at.toISOString())
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1) {
    const current = await queries.alertById(trx, alert.id);
    throw conflict(current?.status === 'active' ? 'expired' : (current?.status ?? 'expired'));
  }
}

export async function allClear(trx: DbOrTrx, access: AlertAccess, message: string, at: Date): Promise<void> {
  await close(
    trx,
    access.alert,
    { status: 'all_clear', all_clear_at: at.toISOString(), all_clear_message: message || null },
    at,
  );
  await tell(trx, await queries.recipientIds(trx, access.alert.id), 'all_clear', access.alert, { message });
}

export async function retract(
  trx: DbOrTrx,
  access: AlertAccess,
  userId: string | null,
  reason: string,
  at: Date,
): Promise<void> {
  const closing = {
    status: 'retracted' as const,
    retracted_at: at.toISOString(),
    retracted_by_user_id: userId,
    retraction_reason: reason || null,
  };
  await close(trx, access.alert, closing, at);
  const raiser = access.alert.raised_by_user_id;
  const told = [
    ...(await queries.recipientIds(trx, access.alert.id)),
    ...(raiser && raiser !== userId ? [raiser] : []),
  ];
  await tell(trx, told, 'retracted', access.alert, { reason });
}

/** The expiry sweep: active alerts past their time become expired. */
export async function expireAlerts(db: DbOrTrx, at: Date): Promise<number> {
  const result = await db
    .updateTable('alerts')
    .set({ status: 'expired' })
    .where('status', '=', 'active')
    .where('expires_at', '<=', at.toISOString())
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}
