import { newId, newSecret } from '../platform/auth/secrets.ts';
import type { DbOrTrx } from '../platform/db/database.ts';
import { addDays, dallasToday } from '../modules/market-entry/dates.ts';
import { standardChecklist } from '../modules/market-entry/service.ts';

/**
 * The concierge committee's market entry desk on first run: a Korean cosmetics maker accepted 25 days ago,
 * its checklist under way (entity formation done, the EIN step overdue so the flag shows), and a Japanese
 * food company's application waiting for an answer. Dated from the seed time so the demo never goes stale.
 * Companies have no accounts: each case is opened through its private link (the committee's case page shows it).
 */
export async function seedDemoMarketEntry(trx: DbOrTrx, now: Date): Promise<void> {
  const organization = await trx
    .selectFrom('organizations')
    .selectAll()
    .where('slug', '=', 'concierge-committee')
    .executeTakeFirstOrThrow();
  const today = dallasToday(now);
  const acceptedOn = addDays(today, -25);
  const stamp = new Date(now.getTime() - 25 * 86_400_000).toISOString();
  const base = {
    organization_id: organization.id,
    needs: JSON.stringify(['entity-formation', 'bank-account', 'lease', 'hiring']),
    created_at: stamp,
    updated_at: stamp,
  };
  const accepted = {
    ...base,
    id: newId(),
    company_name_ko: '한빛 코스메틱',
    company_name_en: 'Hanbit Cosmetics',
    country: 'KR',
    industry: 'cosmetics',
    contact_name: '오세영',
    contact_email: 'seyoung.oh@hanbit.example',
    locale: 'ko' as const,
    target_date: addDays(today, 150),
    message:
      '달라스에 미국 첫 사무실과 물류 창고를 열려고 합니다. 법인 설립과 은행 계좌부터 도움을 받고 싶습니다.',
    case_token: newSecret(),
    status: 'accepted' as const,
    accepted_on: acceptedOn,
  };
  await trx.insertInto('market_entry_applications').values(accepted).execute();
  const steps = await standardChecklist(trx, organization, accepted, acceptedOn, stamp);
  await trx
    .insertInto('market_entry_steps')
    .values(
      // Every row names the same columns: a multi-row insert on SQLite has no per-row defaults.
      steps.map((step) => {
        const done = step.step_key === 'entity-formation';
        return {
          ...step,
          status: done ? ('done' as const) : ('open' as const),
          note_for_company: done ? 'Hanbit Cosmetics LLC 등록 완료.' : '',
        };
      }),
    )
    .execute();
  await trx
    .insertInto('market_entry_applications')
    .values({
      ...base,
      id: newId(),
      company_name_ko: '사쿠라 푸드',
      company_name_en: 'Sakura Foods',
      country: 'JP',
      industry: 'food',
      contact_name: 'Kenji Sato',
      contact_email: 'kenji.sato@sakurafoods.example',
      locale: 'en',
      target_date: addDays(today, 200),
      message: 'We plan a Dallas warehouse for our Texas grocery customers.',
      case_token: newSecret(),
      status: 'applied',
      accepted_on: null,
      created_at: now.toISOString(),
      updated_at: now.toISOString(),
    })
    .execute();
}
