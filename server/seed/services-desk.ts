import { newId } from '../platform/auth/secrets.ts';
import type { DbOrTrx } from '../platform/db/database.ts';
import type { RegistrationQuestion } from '../modules/gatherings/shapes.ts';

/** A second partner login, for the Legal Support pillar: the owner of Kim & Lee Law Group. */
export const LEGAL_PARTNER_EMAIL = 'partner@kimleelaw.example';

const legalQuestions: RegistrationQuestion[] = [
  {
    id: 'matter',
    labelKo: '어떤 법률 문제인가요?',
    labelEn: 'What kind of legal matter?',
    kind: 'choice',
    options: [
      { value: 'lease', labelKo: '임대차 계약', labelEn: 'Lease' },
      { value: 'employment', labelKo: '고용·노무', labelEn: 'Employment' },
      { value: 'formation', labelKo: '법인 설립', labelEn: 'Business formation' },
      { value: 'other', labelKo: '기타', labelEn: 'Other' },
    ],
    required: true,
  },
  {
    id: 'deadline',
    labelKo: '언제까지 필요하신가요?',
    labelEn: 'By when do you need it?',
    kind: 'text',
    options: [],
    required: false,
  },
];

const financeQuestions: RegistrationQuestion[] = [
  {
    id: 'amount',
    labelKo: '필요한 금액은 얼마인가요?',
    labelEn: 'How much do you need?',
    kind: 'text',
    options: [],
    required: false,
  },
];

/**
 * The services desk of kacc-dallas on first run: its clock (Dallas), questions for legal and finance
 * requests, and vetted partners — Kim & Lee Law Group for legal (with its own partner login), SecureKorea
 * for Safe City and Cyber Security, Park & Associates CPA for finance.
 */
export async function seedDemoServicesDesk(trx: DbOrTrx, passwordHash: string, now: Date): Promise<void> {
  const stamp = now.toISOString();
  const org = await trx
    .selectFrom('organizations')
    .select('id')
    .where('slug', '=', 'kacc-dallas')
    .executeTakeFirstOrThrow();
  const pillars = new Map(
    (await trx.selectFrom('pillars').select(['id', 'key']).execute()).map((p) => [p.key, p.id] as const),
  );
  const businesses = new Map(
    (await trx.selectFrom('businesses').select(['id', 'slug']).execute()).map((b) => [b.slug, b.id] as const),
  );
  await trx
    .insertInto('service_desks')
    .values({ organization_id: org.id, time_zone: 'America/Chicago' })
    .execute();
  for (const [key, questions] of [
    ['legal', legalQuestions],
    ['finance', financeQuestions],
  ] as const) {
    const pillarId = pillars.get(key);
    if (pillarId) {
      await trx
        .insertInto('service_questions')
        .values({
          organization_id: org.id,
          pillar_id: pillarId,
          questions: JSON.stringify(questions),
          updated_at: stamp,
        })
        .execute();
    }
  }

  const userId = newId();
  await trx
    .insertInto('users')
    .values({
      id: userId,
      email: LEGAL_PARTNER_EMAIL,
      password_hash: passwordHash,
      name: '김도윤',
      locale: 'ko',
      is_platform_admin: 0,
      created_at: stamp,
      updated_at: stamp,
    })
    .execute();
  await trx
    .insertInto('memberships')
    .values({
      id: newId(),
      organization_id: org.id,
      user_id: userId,
      role: 'partner',
      status: 'active',
      created_at: stamp,
    })
    .execute();
  const kimLee = businesses.get('kim-lee-law');
  if (kimLee) {
    await trx
      .insertInto('business_users')
      .values({ business_id: kimLee, user_id: userId, role: 'owner' })
      .execute();
  }

  const vetted: [string, string, number | null][] = [
    ['kim-lee-law', 'legal', 10],
    ['secure-korea', 'safe-city', 15],
    ['secure-korea', 'cyber-security', 10],
    ['park-cpa', 'finance', 8],
  ];
  for (const [slug, pillarKey, capacity] of vetted) {
    const businessId = businesses.get(slug);
    const pillarId = pillars.get(pillarKey);
    if (!businessId || !pillarId) {
      continue;
    }
    await trx
      .insertInto('service_partners')
      .values({
        id: newId(),
        organization_id: org.id,
        pillar_id: pillarId,
        business_id: businessId,
        weekly_capacity: capacity,
        zips: '[]',
        radius_miles: null,
        languages: JSON.stringify(['ko', 'en']),
        sizes: JSON.stringify(['solo', 'small', 'medium', 'large']),
        vetted_by: null,
        created_at: stamp,
        updated_at: stamp,
      })
      .execute();
  }
}
