import type { DbOrTrx } from '../platform/db/database.ts';
import { newId } from '../platform/auth/secrets.ts';
import { geocodeZip } from '../platform/geocode.ts';
import { targetsOf } from '../modules/alerts/queries.ts';
import { AREA_RADIUS_MILES } from '../modules/alerts/schema.ts';

/**
 * Safe City alerts for kacc-dallas: Han Mart's owner alerted the neighbours after the robbery (expired,
 * most of them saw it, one saw the man too), and the police liaison's alert about a car break-in crew
 * ended with an all-clear. Gogi House's owner opted in for the area around home. Recipients are the
 * real targets of each alert (targetsOf), so the record matches what the fan-out would have sent.
 */

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;

async function userId(trx: DbOrTrx, email: string): Promise<string | null> {
  const row = await trx.selectFrom('users').select('id').where('email', '=', email).executeTakeFirst();
  return row?.id ?? null;
}

interface DemoAlert {
  raisedBy: string | null;
  incident: {
    id: string;
    type: 'robbery' | 'burglary' | 'suspicious';
    latitude: number;
    longitude: number;
  } | null;
  point: { latitude: number; longitude: number };
  type: 'robbery' | 'burglary' | 'suspicious';
  message: string;
  industries: string[];
  raisedAt: Date;
  allClear?: string;
  /** Which recipients (by position, nearest first) saw it, and who saw it too. */
  seenEvery: number;
  sighting?: string;
}

async function insertAlert(trx: DbOrTrx, organizationId: string, alert: DemoAlert): Promise<void> {
  const id = newId();
  const raisedAt = alert.raisedAt.getTime();
  const row = {
    organization_id: organizationId,
    latitude: alert.point.latitude,
    longitude: alert.point.longitude,
    radius_miles: 2,
    industries: JSON.stringify(alert.industries),
    raised_by_user_id: alert.raisedBy,
  };
  const targets = (await targetsOf(trx, row, AREA_RADIUS_MILES.max)).sort(
    (a, b) => a.distanceMiles - b.distanceMiles,
  );
  await trx
    .insertInto('alerts')
    .values({
      id,
      ...row,
      incident_id: alert.incident?.id ?? null,
      incident_type: alert.type,
      message: alert.message,
      status: alert.allClear ? 'all_clear' : 'expired',
      expires_at: new Date(raisedAt + 4 * HOUR_MS).toISOString(),
      all_clear_at: alert.allClear ? new Date(raisedAt + 3 * HOUR_MS).toISOString() : null,
      all_clear_message: alert.allClear ?? null,
      retracted_at: null,
      retracted_by_user_id: null,
      delivered_at: new Date(raisedAt + 1000).toISOString(),
      created_at: alert.raisedAt.toISOString(),
    })
    .execute();
  for (const [index, target] of targets.entries()) {
    const seen = index % alert.seenEvery === 0;
    const sawToo = index === 0 && alert.sighting !== undefined;
    await trx
      .insertInto('alert_recipients')
      .values({
        alert_id: id,
        user_id: target.userId,
        business_id: target.businessId,
        distance_miles: Math.round(target.distanceMiles * 100) / 100,
        seen_at: seen ? new Date(raisedAt + (4 + index * 3) * MINUTE_MS).toISOString() : null,
        saw_too_at: sawToo ? new Date(raisedAt + 20 * MINUTE_MS).toISOString() : null,
        sighting_note: sawToo ? (alert.sighting ?? null) : null,
        reported_false_at: null,
        created_at: alert.raisedAt.toISOString(),
      })
      .execute();
  }
}

export async function seedSafetyAlerts(trx: DbOrTrx, at: Date = new Date()): Promise<void> {
  const organization = await trx
    .selectFrom('organizations')
    .select('id')
    .where('slug', '=', 'kacc-dallas')
    .executeTakeFirst();
  const owner = await userId(trx, 'owner@hanmart.example');
  const liaison = await userId(trx, 'liaison@dallaspolice.example');
  const neighbour = await userId(trx, 'owner@gogihouse.example');
  if (!organization) {
    return;
  }
  const home = geocodeZip('75007');
  if (neighbour && home) {
    await trx
      .insertInto('alert_areas')
      .values({
        id: newId(),
        user_id: neighbour,
        label: '집 / Home',
        latitude: home.latitude,
        longitude: home.longitude,
        zip: home.zip,
        radius_miles: 1,
        created_at: new Date(at.getTime() - 30 * 24 * HOUR_MS).toISOString(),
      })
      .execute();
  }
  const robbery = await trx
    .selectFrom('incidents')
    .select(['id', 'type', 'latitude', 'longitude', 'created_at'])
    .where('organization_id', '=', organization.id)
    .where('reporter_user_id', '=', owner)
    .where('type', '=', 'robbery')
    .orderBy('occurred_at', 'desc')
    .executeTakeFirst();
  if (robbery && owner) {
    await insertAlert(trx, organization.id, {
      raisedBy: owner,
      incident: { ...robbery, type: 'robbery' },
      point: robbery,
      type: 'robbery',
      message:
        '칼을 든 남성, 회색 후드티, 키 약 180cm, 도보로 벨트라인 로드 방향 도주. / Man with a knife, grey hoodie, about 5′11″, left on foot toward Belt Line Rd.',
      industries: [],
      raisedAt: new Date(new Date(robbery.created_at).getTime() + 10 * MINUTE_MS),
      seenEvery: 1,
      sighting: '10분 전 가게 앞을 지나갔습니다. / He walked past my door ten minutes earlier.',
    });
  }
  const carrollton = geocodeZip('75006');
  if (liaison && carrollton) {
    await insertAlert(trx, organization.id, {
      raisedBy: liaison,
      incident: null,
      point: carrollton,
      type: 'burglary',
      message:
        '야간에 편의점·식료품점 뒷문을 노리는 침입 절도 일당이 있습니다. 뒷문 잠금과 조명을 확인하세요. / A crew is forcing the back doors of convenience and grocery stores at night. Check back-door locks and lights.',
      industries: ['convenience-store', 'grocery'],
      raisedAt: new Date(at.getTime() - 12 * 24 * HOUR_MS),
      allClear:
        '용의자 3명이 체포되었습니다. 협조해 주셔서 감사합니다. / Three suspects were arrested. Thank you for your help.',
      seenEvery: 2,
    });
  }
}
