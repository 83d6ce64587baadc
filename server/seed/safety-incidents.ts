import type { DbOrTrx } from '../platform/db/database.ts';
import type { IncidentStatus, IncidentType } from '../platform/db/schema.ts';
import { newId } from '../platform/auth/secrets.ts';
import { blockOf } from '../modules/incidents/geo.ts';
import type { Suspect, Vehicle } from '../modules/incidents/schema.ts';

/**
 * Safe City demo data for kacc-dallas: a dozen incidents around the member stores over the past months
 * (descriptions in Korean and English, as members write them in a bilingual chamber), desk comments by
 * the police liaison, and Han Mart's registered cameras.
 */

interface DemoIncident {
  store: string;
  reporter: 'owner@hanmart.example' | 'liaison@dallaspolice.example' | 'owner@gogihouse.example';
  type: IncidentType;
  daysAgo: number;
  /** Local hour in Dallas (CST, UTC−6; close enough for a demo). */
  hour: number;
  /** Metres east/north of the store, for reports made from a point nearby. */
  offset?: [number, number];
  description: string;
  suspects?: Suspect[];
  vehicles?: Vehicle[];
  policeCaseNumber?: string;
  status?: IncidentStatus;
  comment?: string;
}

const demoIncidents: DemoIncident[] = [
  {
    store: 'han-mart',
    reporter: 'owner@hanmart.example',
    type: 'robbery',
    daysAgo: 6,
    hour: 23,
    description:
      '밤 11시경 남성 1명이 계산대에서 칼을 보이며 현금을 요구해 약 300달러를 가져갔습니다. 직원은 다치지 않았습니다. / Around 11 pm a man showed a knife at the register and took about $300 in cash. No one was hurt.',
    suspects: [
      {
        clothing: 'Black hoodie, grey sweatpants, white sneakers',
        height: '5\'10"',
        build: 'slim',
        marks: 'Tattoo on the left hand',
        behaviour: 'Bought gum first, waited until the store was empty',
      },
    ],
    vehicles: [
      {
        make: 'Nissan',
        model: 'Altima',
        color: 'dark grey',
        plate: 'RKT4417',
        direction: 'East on Belt Line Rd',
      },
    ],
    policeCaseNumber: '26-211874',
    comment: 'Detective assigned. Patrol added on Belt Line Rd between 10 pm and 2 am this week.',
  },
  {
    store: 'han-mart',
    reporter: 'owner@hanmart.example',
    type: 'shoplifting',
    daysAgo: 19,
    hour: 16,
    description:
      '10대 2명이 음료와 과자를 가방에 넣고 달아났습니다. / Two teenagers put drinks and snacks in a backpack and ran out.',
    suspects: [
      {
        clothing: 'School uniform polo, red backpack',
        build: 'small',
        behaviour: 'One distracted the cashier',
      },
    ],
    status: 'closed',
    comment: 'School resource officer informed; closing.',
  },
  {
    store: 'gogi-house-bbq',
    reporter: 'owner@gogihouse.example',
    type: 'burglary',
    daysAgo: 34,
    hour: 3,
    description:
      '새벽에 뒷문을 부수고 들어와 금고와 태블릿 2대를 가져갔습니다. / Someone broke the back door before dawn and took the safe and two tablets.',
    vehicles: [{ make: 'Ford', model: 'F-150', color: 'white', direction: 'North on Josey Ln' }],
    policeCaseNumber: '26-198302',
  },
  {
    store: 'royal-lane-food-mart',
    reporter: 'liaison@dallaspolice.example',
    type: 'robbery',
    daysAgo: 12,
    hour: 22,
    description:
      '두 명이 총기를 보이며 계산대 현금과 복권을 빼앗았습니다. / Two men showed a handgun and took the register cash and lottery tickets.',
    suspects: [
      { clothing: 'Blue surgical mask, black jacket', height: '6\'0"', build: 'heavy' },
      {
        clothing: 'Orange beanie, camouflage pants',
        height: '5\'7"',
        build: 'medium',
        behaviour: 'Stayed at the door',
      },
    ],
    policeCaseNumber: '26-207719',
  },
  {
    store: 'valley-view-quick-stop',
    reporter: 'liaison@dallaspolice.example',
    type: 'suspicious',
    daysAgo: 10,
    hour: 21,
    offset: [60, -40],
    description:
      '주차장에서 차 한 대가 한 시간 넘게 시동을 켠 채 가게를 지켜보았습니다. / A car idled in the parking lot for over an hour, watching the store.',
    vehicles: [
      {
        make: 'Toyota',
        model: 'Camry',
        color: 'black',
        plate: 'no front plate',
        direction: 'Left west on Valley View Ln',
      },
    ],
  },
  {
    store: 'josey-express-mart',
    reporter: 'liaison@dallaspolice.example',
    type: 'vandalism',
    daysAgo: 47,
    hour: 2,
    description:
      '앞 유리창이 벽돌로 깨졌습니다. 도난품은 없습니다. / The front window was smashed with a brick. Nothing was taken.',
    status: 'closed',
  },
  {
    store: 'seoul-beauty-supply',
    reporter: 'liaison@dallaspolice.example',
    type: 'fraud',
    daysAgo: 25,
    hour: 14,
    description:
      '위조 100달러 지폐 3장으로 가발을 구입했습니다. / Three counterfeit $100 bills were used to buy wigs.',
    suspects: [{ clothing: 'Beige trench coat, sunglasses', behaviour: 'Paid in cash and refused a bag' }],
  },
  {
    store: 'garland-corner-market',
    reporter: 'liaison@dallaspolice.example',
    type: 'cyber',
    daysAgo: 15,
    hour: 10,
    description:
      '거래처를 사칭한 이메일로 송금 계좌 변경을 요청받았습니다. 송금 전에 확인했습니다. / An e-mail posing as a supplier asked to change the payment account; caught before paying.',
  },
  {
    store: 'han-mart',
    reporter: 'owner@hanmart.example',
    type: 'suspicious',
    daysAgo: 3,
    hour: 1,
    offset: [-90, 70],
    description:
      '새벽에 두 사람이 뒷골목에서 가게 뒷문을 살펴보았습니다. / Two people checked the store’s back door from the alley after midnight.',
    suspects: [
      {
        clothing: 'Dark clothes, one with a flashlight',
        behaviour: 'Tried the door handle, left when the light came on',
      },
    ],
  },
  {
    store: 'k-beauty-house',
    reporter: 'liaison@dallaspolice.example',
    type: 'shoplifting',
    daysAgo: 58,
    hour: 18,
    description:
      '화장품 진열대에서 약 400달러어치를 큰 가방에 담아 나갔습니다. / About $400 of cosmetics were swept into a large bag from the display.',
    suspects: [
      {
        clothing: 'Green jacket, large tote bag',
        height: '5\'5"',
        behaviour: 'Worked with a second person at the counter',
      },
    ],
    status: 'closed',
  },
  {
    store: 'moms-tofu-house',
    reporter: 'liaison@dallaspolice.example',
    type: 'burglary',
    daysAgo: 80,
    hour: 4,
    offset: [30, 20],
    description:
      '주차된 배달 차량의 유리를 깨고 카드 단말기를 가져갔습니다. / The window of the parked delivery van was broken and the card reader taken.',
    policeCaseNumber: '26-141022',
  },
  {
    store: 'arirang-travel',
    reporter: 'liaison@dallaspolice.example',
    type: 'fraud',
    daysAgo: 95,
    hour: 11,
    description:
      '경찰을 사칭한 전화로 고객 정보를 요구했습니다. 응하지 않았습니다. / A caller posing as the police asked for customer details; the staff did not give them.',
  },
];

/** Han Mart's cameras: the ordinance's register, entrance and exit views, and the lot. */
const hanMartCameras = [
  { label: '계산대 / Register', offset: [0, 0], direction: 180, retention: 30, shareable: 1 },
  { label: '정문 / Front door', offset: [8, -6], direction: 200, retention: 30, shareable: 1 },
  { label: '주차장 / Parking lot', offset: [20, -35], direction: 160, retention: 14, shareable: 1 },
  { label: '뒷문 / Back door', offset: [-10, 12], direction: 0, retention: 7, shareable: 0 },
] as const;

const DAY_MS = 86_400_000;
const DALLAS_UTC_OFFSET_HOURS = 6;

function shifted(point: { latitude: number; longitude: number }, [east, north]: readonly [number, number]) {
  const latitude = point.latitude + north / 111_320;
  const longitude = point.longitude + east / (111_320 * Math.cos((point.latitude * Math.PI) / 180));
  return { latitude: Math.round(latitude * 1e6) / 1e6, longitude: Math.round(longitude * 1e6) / 1e6 };
}

function occurredAt(at: Date, daysAgo: number, hour: number): string {
  const day = new Date(at.getTime() - daysAgo * DAY_MS);
  day.setUTCHours(hour + DALLAS_UTC_OFFSET_HOURS, 17, 0, 0);
  return day.toISOString();
}

async function idOf(
  trx: DbOrTrx,
  table: 'businesses' | 'users' | 'organizations',
  key: string,
): Promise<string> {
  const column = table === 'users' ? 'email' : 'slug';
  const row = await trx.selectFrom(table).select('id').where(column, '=', key).executeTakeFirst();
  if (!row) {
    throw new Error(`The Safe City demo refers to "${key}", which does not exist`);
  }
  return row.id;
}

export async function seedSafetyIncidents(trx: DbOrTrx, at: Date = new Date()): Promise<number> {
  const organizationId = await idOf(trx, 'organizations', 'kacc-dallas');
  const liaisonId = await idOf(trx, 'users', 'liaison@dallaspolice.example');
  for (const incident of demoIncidents) {
    const store = await trx
      .selectFrom('businesses')
      .select(['id', 'latitude', 'longitude'])
      .where('slug', '=', incident.store)
      .executeTakeFirstOrThrow();
    const point = shifted(
      { latitude: store.latitude ?? 32.95, longitude: store.longitude ?? -96.89 },
      incident.offset ?? [0, 0],
    );
    const block = blockOf(point);
    const id = newId();
    const when = occurredAt(at, incident.daysAgo, incident.hour);
    const reported = new Date(new Date(when).getTime() + 20 * 60_000).toISOString();
    const closed = incident.status === 'closed';
    await trx
      .insertInto('incidents')
      .values({
        id,
        organization_id: organizationId,
        business_id: store.id,
        reporter_user_id: await idOf(trx, 'users', incident.reporter),
        type: incident.type,
        occurred_at: when,
        location_kind: incident.offset ? 'point' : 'business',
        address: null,
        latitude: point.latitude,
        longitude: point.longitude,
        block_latitude: block.latitude,
        block_longitude: block.longitude,
        description: incident.description,
        suspects: JSON.stringify(incident.suspects ?? []),
        vehicles: JSON.stringify(incident.vehicles ?? []),
        police_called: incident.policeCaseNumber ? 1 : 0,
        police_case_number: incident.policeCaseNumber ?? null,
        contact_phone: incident.reporter === 'liaison@dallaspolice.example' ? null : '972-555-0120',
        status: incident.status ?? 'open',
        closed_at: closed ? reported : null,
        closed_by_user_id: closed ? liaisonId : null,
        purged_at: null,
        created_at: reported,
        updated_at: reported,
      })
      .execute();
    if (incident.comment) {
      await trx
        .insertInto('incident_comments')
        .values({
          id: newId(),
          incident_id: id,
          user_id: liaisonId,
          body: incident.comment,
          created_at: reported,
        })
        .execute();
    }
  }
  const hanMart = await trx
    .selectFrom('businesses')
    .select(['id', 'latitude', 'longitude'])
    .where('slug', '=', 'han-mart')
    .executeTakeFirstOrThrow();
  const created = new Date(at.getTime() - 60 * DAY_MS).toISOString();
  for (const camera of hanMartCameras) {
    const point = shifted(
      { latitude: hanMart.latitude ?? 32.95, longitude: hanMart.longitude ?? -96.89 },
      camera.offset,
    );
    await trx
      .insertInto('cameras')
      .values({
        id: newId(),
        business_id: hanMart.id,
        label: camera.label,
        latitude: point.latitude,
        longitude: point.longitude,
        direction_degrees: camera.direction,
        retention_days: camera.retention,
        shareable: camera.shareable,
        created_at: created,
        updated_at: created,
      })
      .execute();
  }
  return demoIncidents.length;
}
