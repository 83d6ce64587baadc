import type { Insertable } from 'kysely';
import { newId, newSecret } from '../platform/auth/secrets.ts';
import type { DbOrTrx } from '../platform/db/database.ts';
import type { EventRegistrationTable, IntroductionStage, Locale } from '../platform/db/schema.ts';
import { occurrencesBetween, type Occurrence } from '../modules/gatherings/occurrences.ts';
import type { FollowUp, RegistrationQuestion, Speaker } from '../modules/gatherings/shapes.ts';

/**
 * kacc-dallas's gatherings on first run, dated from the seed time so the demo never goes stale: the monthly
 * roundtable (third Thursday, 7:30–9:00 in Dallas), whose past occurrences have attendance and whose last one
 * has minutes, follow-ups, introductions and survey answers, so its report shows real numbers; and next
 * spring's Smart Business Expo with exhibitors, sponsors, sessions and B2B settings. The people registered are
 * seeded guests (no accounts): the demo logins stay free for everyone to register themselves.
 */

const ZONE = 'America/Chicago';
const DAY_MS = 86_400_000;

interface Guest {
  name: string;
  locale: Locale;
  /** A kacc-dallas business the guest works for. */
  business: string;
  /** At the last roundtable: checked in, no-show, or cancelled. */
  last: 'in' | 'no-show' | 'cancelled';
  /** Survey answer at the last roundtable: rating, would come again, comment. */
  survey?: [number, boolean, string];
}

const guests: Guest[] = [
  {
    name: '박정훈',
    locale: 'ko',
    business: 'royal-lane-food-mart',
    last: 'in',
    survey: [5, true, '경찰 연락관과 직접 이야기할 수 있어 좋았습니다.'],
  },
  { name: '최유진', locale: 'ko', business: 'seoul-garden-bakery', last: 'in', survey: [5, true, ''] },
  {
    name: 'David Kim',
    locale: 'en',
    business: 'hanmi-insurance',
    last: 'in',
    survey: [4, true, 'Useful, but 90 minutes felt short for the Q&A.'],
  },
  { name: '이수진', locale: 'ko', business: 'seoul-beauty-supply', last: 'in', survey: [5, true, ''] },
  { name: 'Michael Cho', locale: 'en', business: 'k-auto-service', last: 'in', survey: [4, true, ''] },
  {
    name: '강민지',
    locale: 'ko',
    business: 'clean-plus-cleaners',
    last: 'in',
    survey: [3, false, '주차가 어려웠어요. 장소 안내가 더 있으면 좋겠습니다.'],
  },
  {
    name: 'Jennifer Lee',
    locale: 'en',
    business: 'sarang-realty',
    last: 'in',
    survey: [5, true, 'Met two new clients over coffee. Keep the breakfast format!'],
  },
  { name: '윤재원', locale: 'ko', business: 'hanok-korean-bbq', last: 'in', survey: [4, true, ''] },
  { name: 'Chris Han', locale: 'en', business: 'datanest-cloud', last: 'in', survey: [5, true, ''] },
  { name: '송하나', locale: 'ko', business: 'green-leaf-florist', last: 'in' },
  { name: '오동현', locale: 'ko', business: 'k-phone-mobile', last: 'in' },
  { name: 'Andrew Park', locale: 'en', business: 'metroplex-5g', last: 'in' },
  { name: '정은비', locale: 'ko', business: 'josey-express-mart', last: 'no-show' },
  { name: 'Kevin Yoo', locale: 'en', business: 'arirang-travel', last: 'no-show' },
  { name: '임가영', locale: 'ko', business: 'k-beauty-house', last: 'no-show' },
  { name: 'Brian Choi', locale: 'en', business: 'valley-view-quick-stop', last: 'no-show' },
  { name: '한소영', locale: 'ko', business: 'garland-corner-market', last: 'cancelled' },
];

/** Introductions made at the last roundtable: [from, to, stage, outcome]. */
const introductions: [string, string, 'met' | 'active' | 'closed', 'won' | null][] = [
  ['hanmi-insurance', 'hanok-korean-bbq', 'active', null],
  ['metroplex-5g', 'seoul-garden-bakery', 'closed', 'won'],
  ['datanest-cloud', 'royal-lane-food-mart', 'met', null],
];

const exhibitors: [
  slug: string,
  tier: 'platinum' | 'gold' | 'silver' | 'bronze' | 'exhibitor',
  booth: string,
][] = [
  ['metroplex-5g', 'platinum', 'A1'],
  ['north-texas-community-bank', 'gold', 'A2'],
  ['metroplex-wholesale', 'gold', 'A3'],
  ['shieldnet-cyber', 'silver', 'B1'],
  ['hanul-electronics', 'silver', 'B2'],
  ['kim-lee-law', 'bronze', 'B3'],
  ['park-cpa', 'bronze', 'B4'],
  ['lone-star-alarm', 'exhibitor', 'C1'],
  ['pixelbridge-web', 'exhibitor', 'C2'],
  ['tallypoint-pos', 'exhibitor', 'C3'],
  ['scanright-docs', 'exhibitor', 'C4'],
];

const roundtableQuestion: RegistrationQuestion = {
  id: 'topic',
  labelKo: '이번 모임에서 이야기하고 싶은 주제가 있나요?',
  labelEn: 'Is there a topic you would like to raise?',
  kind: 'text',
  options: [],
  required: false,
};

const roundtableSpeakers: Speaker[] = [
  {
    name: 'Officer Daniel Park',
    titleKo: '달라스 경찰국 안전 연락관',
    titleEn: 'Dallas Police safety liaison',
  },
];

const pad = (n: number) => String(n).padStart(2, '0');
const isoDay = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;

/** The `nth` Thursday (1-based) of a month (1–12). */
function thursday(year: number, month: number, nth: number): string {
  const weekday = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
  return isoDay(year, month, 1 + ((4 - weekday + 7) % 7) + (nth - 1) * 7);
}

async function businessesBySlug(trx: DbOrTrx) {
  const rows = await trx
    .selectFrom('businesses')
    .select(['id', 'slug', 'name_ko', 'name_en', 'description_ko', 'description_en', 'website'])
    .execute();
  return new Map(rows.map((r) => [r.slug, r]));
}

type Businesses = Awaited<ReturnType<typeof businessesBySlug>>;

/** The seeded business; a miss is a mistake in the demo data, so it stops the seed. */
function business(all: Businesses, slug: string) {
  const found = all.get(slug);
  if (!found) {
    throw new Error(`The gatherings demo refers to "${slug}", which does not exist`);
  }
  return found;
}

/** A registration row of a guest at an occurrence; `arrivedMinutes` after the start when they checked in. */
function registration(
  eventId: string,
  occurrence: Occurrence,
  guest: Guest,
  all: Businesses,
  status: 'registered' | 'cancelled',
  arrivedMinutes: number | null,
): Insertable<EventRegistrationTable> {
  const signedUp = new Date(occurrence.startsAt.getTime() - 9 * DAY_MS).toISOString();
  const checkedIn =
    arrivedMinutes === null
      ? null
      : new Date(occurrence.startsAt.getTime() + arrivedMinutes * 60_000).toISOString();
  const company = business(all, guest.business);
  return {
    id: newId(),
    event_id: eventId,
    occurrence: occurrence.date,
    user_id: null,
    business_id: company.id,
    name: guest.name,
    email: `rsvp@${guest.business}.example`,
    company: guest.locale === 'ko' ? company.name_ko : company.name_en,
    locale: guest.locale,
    status,
    ticket_code: newSecret(),
    checked_in_at: checkedIn,
    checked_in_by: null,
    reminded_at: new Date(occurrence.startsAt.getTime() - DAY_MS).toISOString(),
    survey_sent_at: checkedIn ? new Date(occurrence.endsAt.getTime() + 3600_000).toISOString() : null,
    created_at: signedUp,
    updated_at: checkedIn ?? signedUp,
  };
}

async function insertRoundtable(
  trx: DbOrTrx,
  organizationId: string,
  staffId: string,
  pillarId: string | null,
  now: Date,
) {
  const first = new Date(now.getTime() - 120 * DAY_MS);
  const id = newId();
  const stamp = new Date(first.getTime() - 30 * DAY_MS).toISOString();
  const event = {
    id,
    organization_id: organizationId,
    kind: 'roundtable' as const,
    title_ko: '월례 라운드테이블: 안전한 상권, 함께 크는 비즈니스',
    title_en: 'Monthly Roundtable: Safe Streets, Growing Together',
    agenda_ko:
      '07:30 아침 식사와 네트워킹\n07:50 달라스 경찰국 안전 브리핑\n08:15 회원사 안건과 액션팀 보고\n08:45 소개 요청과 마무리',
    agenda_en:
      '07:30 Breakfast and networking\n07:50 Dallas Police safety briefing\n08:15 Member topics and action-team reports\n08:45 Introduction requests and wrap-up',
    venue_name: '달라스 한인상공회 회의실 · KACC Dallas Conference Room',
    venue_address: '2240 Royal Ln, Suite 200, Dallas, TX 75229',
    starts_on: thursday(first.getUTCFullYear(), first.getUTCMonth() + 1, 3),
    start_time: '07:30',
    end_time: '09:00',
    time_zone: ZONE,
    rrule: 'FREQ=MONTHLY;BYDAY=3TH',
    capacity: 40,
    waitlist: 1,
    audience: 'members' as const,
    questions: JSON.stringify([roundtableQuestion]),
    speakers: JSON.stringify(roundtableSpeakers),
    pillar_id: pillarId,
    reminder_hours: 24,
    created_by: staffId,
    created_at: stamp,
    updated_at: stamp,
  };
  await trx.insertInto('events').values(event).execute();
  const timing = { ...event, cancelled_dates: '[]' };
  const past = occurrencesBetween(timing, new Date(Date.parse(event.starts_on) - DAY_MS), now).filter(
    (o) => o.endsAt <= now,
  );
  return { id, past };
}

async function insertRoundtableHistory(
  trx: DbOrTrx,
  eventId: string,
  past: Occurrence[],
  ids: Businesses,
  staffName: string,
  now: Date,
) {
  const rows: Insertable<EventRegistrationTable>[] = [];
  // Earlier months: a growing room, everyone but the last two came.
  past.slice(0, -1).forEach((occurrence, index) => {
    const coming = guests.slice(0, 9 + index * 2);
    coming.forEach((guest, n) =>
      rows.push(
        registration(
          eventId,
          occurrence,
          guest,
          ids,
          'registered',
          n < coming.length - 2 ? (n % 20) - 5 : null,
        ),
      ),
    );
  });
  const last = past.at(-1);
  if (!last) {
    await trx.insertInto('event_registrations').values(rows).execute();
    return;
  }
  const lastRows = guests.map((guest, n) =>
    registration(
      eventId,
      last,
      guest,
      ids,
      guest.last === 'cancelled' ? 'cancelled' : 'registered',
      guest.last === 'in' ? (n % 20) - 8 : null,
    ),
  );
  await trx
    .insertInto('event_registrations')
    .values([...rows, ...lastRows])
    .execute();
  const answeredAt = (n: number) =>
    new Date(Math.min(last.endsAt.getTime() + (2 + n) * 3600_000, now.getTime())).toISOString();
  const answers = guests.flatMap((guest, n) =>
    guest.survey
      ? [
          {
            registration_id: lastRows[n]?.id ?? '',
            event_id: eventId,
            occurrence: last.date,
            rating: guest.survey[0],
            would_return: guest.survey[1] ? 1 : 0,
            comment: guest.survey[2],
            created_at: answeredAt(n),
          },
        ]
      : [],
  );
  await trx.insertInto('event_survey_responses').values(answers).execute();
  await insertMinutes(trx, eventId, last, staffName);
  await insertIntroductions(trx, eventId, last, ids, now);
}

async function insertMinutes(trx: DbOrTrx, eventId: string, last: Occurrence, staffName: string) {
  const due = new Date(last.endsAt.getTime() + 14 * DAY_MS).toISOString().slice(0, 10);
  const followUps: FollowUp[] = [
    {
      id: 'f1',
      text: 'Share the Dallas Police break-in prevention checklist with every member',
      owner: staffName,
      dueOn: due,
      done: true,
    },
    {
      id: 'f2',
      text: 'Action team: collect camera locations along Royal Ln for the Safe City map',
      owner: 'David Kim',
      dueOn: due,
      done: false,
    },
    {
      id: 'f3',
      text: '한옥 코리안 바비큐와 한미 보험 미팅 후속 확인',
      owner: staffName,
      dueOn: null,
      done: false,
    },
  ];
  await trx
    .insertInto('event_minutes')
    .values({
      event_id: eventId,
      occurrence: last.date,
      minutes_ko:
        '참석 12명. 달라스 경찰국이 로열레인 일대 차량 절도 동향과 예방 수칙을 공유했습니다. 회원사들은 공동 CCTV 구역을 제안했고, 액션팀이 설치 위치를 모으기로 했습니다. 소개 요청 세 건이 나왔습니다.',
      minutes_en:
        '12 attended. Dallas Police shared the car break-in trend around Royal Ln and prevention tips. Members proposed a shared camera zone; the action team will collect locations. Three introduction requests came out of the meeting.',
      follow_ups: JSON.stringify(followUps),
      updated_by: null,
      updated_at: new Date(last.endsAt.getTime() + 2 * 3600_000).toISOString(),
    })
    .execute();
}

async function insertIntroductions(
  trx: DbOrTrx,
  eventId: string,
  last: Occurrence,
  ids: Businesses,
  now: Date,
) {
  const at = new Date(Math.min(last.endsAt.getTime() + 3600_000, now.getTime())).toISOString();
  for (const [from, to, stage, outcome] of introductions) {
    const id = newId();
    await trx
      .insertInto('introductions')
      .values({
        id,
        requester_business_id: business(ids, from).id,
        recipient_business_id: business(ids, to).id,
        requested_by: null,
        need_id: null,
        offer_id: null,
        message: 'Met at the KACC Dallas roundtable · 라운드테이블에서 만났습니다',
        stage,
        outcome,
        value_cents: outcome === 'won' ? 480_000 : null,
        close_note: outcome === 'won' ? 'Business 5G plan for both bakery locations' : null,
        responded_at: at,
        reminded_at: null,
        expires_at: new Date(last.endsAt.getTime() + 14 * DAY_MS).toISOString(),
        event_id: eventId,
        created_at: at,
        updated_at: at,
      })
      .execute();
    const stages: IntroductionStage[] = [
      'requested',
      'accepted',
      'met',
      ...(stage === 'met' ? [] : (['active'] as const)),
      ...(stage === 'closed' ? (['closed'] as const) : []),
    ];
    await trx
      .insertInto('introduction_events')
      .values(
        stages.map((s) => ({
          id: newId(),
          introduction_id: id,
          actor_user_id: null,
          stage: s,
          note: '',
          created_at: at,
        })),
      )
      .execute();
  }
}

/** Next spring's expo: the second Thursday of May, next year once this year's March has begun. */
function expoDay(now: Date): string {
  const year = now.getUTCFullYear() + (now.getUTCMonth() >= 2 ? 1 : 0);
  return thursday(year, 5, 2);
}

async function insertExpo(trx: DbOrTrx, organizationId: string, staffId: string, ids: Businesses, now: Date) {
  const id = newId();
  const stamp = new Date(now.getTime() - 20 * DAY_MS).toISOString();
  await trx
    .insertInto('events')
    .values({
      id,
      organization_id: organizationId,
      kind: 'expo',
      title_ko: '스마트 비즈니스 엑스포',
      title_en: 'Smart Business Expo',
      agenda_ko:
        '경찰, 통신사, 대형 유통사와 수백 개의 소상공인이 한자리에. 전시 부스, 세미나, 사전 예약 B2B 미팅.',
      agenda_en:
        'Police, telecoms, large retailers and hundreds of small businesses in one hall: exhibitor booths, talks, and pre-booked B2B meetings.',
      venue_name: 'Irving Convention Center, Exhibit Hall A',
      venue_address: '500 W Las Colinas Blvd, Irving, TX 75039',
      starts_on: expoDay(now),
      start_time: '09:00',
      end_time: '17:00',
      time_zone: ZONE,
      rrule: null,
      capacity: 600,
      waitlist: 1,
      audience: 'public',
      questions: JSON.stringify([]),
      speakers: JSON.stringify([
        { name: 'Officer Daniel Park', titleKo: '달라스 경찰국', titleEn: 'Dallas Police Department' },
        { name: 'Grace Yoon', titleKo: '누리 AI 랩스 창업자', titleEn: 'Founder, Nuri AI Labs' },
      ]),
      pillar_id: null,
      reminder_hours: 48,
      created_by: staffId,
      created_at: stamp,
      updated_at: stamp,
    })
    .execute();
  await trx
    .insertInto('expo_exhibitors')
    .values(
      exhibitors.map(([slug, tier, booth]) => {
        const partner = business(ids, slug);
        return {
          id: newId(),
          event_id: id,
          business_id: partner.id,
          name_ko: partner.name_ko,
          name_en: partner.name_en,
          description_ko: partner.description_ko,
          description_en: partner.description_en,
          website: partner.website,
          tier,
          booth,
          logo_path: null,
          created_at: stamp,
          updated_at: stamp,
        };
      }),
    )
    .execute();
  const session = (
    start: string,
    end: string,
    titleKo: string,
    titleEn: string,
    room: string,
    speakers: Speaker[],
  ) => ({
    id: newId(),
    event_id: id,
    title_ko: titleKo,
    title_en: titleEn,
    room,
    start_time: start,
    end_time: end,
    speakers: JSON.stringify(speakers),
    created_at: stamp,
  });
  await trx
    .insertInto('expo_sessions')
    .values([
      session(
        '09:30',
        '10:00',
        '개회와 기조연설: 안전한 도시, 강한 상권',
        'Opening keynote: Safe City, strong main streets',
        'Main Stage',
        [
          {
            name: 'Officer Daniel Park',
            titleKo: '달라스 경찰국 안전 연락관',
            titleEn: 'Dallas Police safety liaison',
          },
        ],
      ),
      session(
        '11:00',
        '11:45',
        '소상공인을 위한 사이버 보안 기본기',
        'Cyber security basics for small businesses',
        'Room B',
        [
          {
            name: 'Rachel Nguyen',
            titleKo: '쉴드넷 사이버 보안 컨설턴트',
            titleEn: 'Security consultant, ShieldNet Cyber',
          },
        ],
      ),
      session(
        '13:30',
        '14:15',
        '5G와 스마트 스토어: 재고와 결제의 디지털화',
        '5G and the smart store: digital inventory and payments',
        'Main Stage',
        [
          { name: 'Andrew Park', titleKo: '메트로플렉스 5G 비즈니스', titleEn: 'Metroplex 5G Business' },
          { name: 'Grace Yoon', titleKo: '누리 AI 랩스 창업자', titleEn: 'Founder, Nuri AI Labs' },
        ],
      ),
      session('15:00', '15:45', '한국 기업의 텍사스 진출', 'Korean companies entering Texas', 'Room B', [
        { name: 'Sora Kim', titleKo: '김앤리 법률그룹 변호사', titleEn: 'Attorney, Kim & Lee Law Group' },
      ]),
    ])
    .execute();
  await trx
    .insertInto('b2b_settings')
    .values({
      event_id: id,
      slot_minutes: 20,
      day_start: '10:00',
      day_end: '16:00',
      breaks: JSON.stringify([{ start: '12:00', end: '13:00' }]),
      table_count: 20,
      scheduled_at: null,
      updated_at: stamp,
    })
    .execute();
}

/** Writes kacc-dallas's roundtable series and next spring's expo (see the top of this file). */
export async function seedDemoGatherings(trx: DbOrTrx, now: Date): Promise<void> {
  const organization = await trx
    .selectFrom('organizations')
    .select('id')
    .where('slug', '=', 'kacc-dallas')
    .executeTakeFirstOrThrow();
  const staff = await trx
    .selectFrom('users')
    .select(['id', 'name'])
    .where('email', '=', 'staff@kaccdallas.org')
    .executeTakeFirstOrThrow();
  const pillar = await trx
    .selectFrom('pillars')
    .select('id')
    .where('key', '=', 'safe-city')
    .executeTakeFirst();
  const ids = await businessesBySlug(trx);
  const roundtable = await insertRoundtable(trx, organization.id, staff.id, pillar?.id ?? null, now);
  await insertRoundtableHistory(trx, roundtable.id, roundtable.past, ids, staff.name, now);
  await insertExpo(trx, organization.id, staff.id, ids, now);
}
