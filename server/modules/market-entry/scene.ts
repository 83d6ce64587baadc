import { newId, newSecret } from '../../platform/auth/secrets.ts';
import type { Db } from '../../platform/db/database.ts';
import { addDays, dallasToday } from './dates.ts';

/** Test support: an application (and, when accepted, one open step) written straight to the database. */
export async function freshApplication(
  db: Db,
  organizationId: string,
  status: 'applied' | 'accepted' = 'applied',
): Promise<{ id: string; token: string; stepId: string | null }> {
  const id = newId();
  const token = newSecret();
  const stamp = new Date().toISOString();
  const today = dallasToday(new Date());
  await db
    .insertInto('market_entry_applications')
    .values({
      id,
      organization_id: organizationId,
      company_name_ko: '서울바이오',
      company_name_en: 'Seoul Bio',
      country: 'KR',
      industry: 'cosmetics',
      contact_name: '박지민',
      contact_email: 'jimin@seoulbio.example',
      locale: 'ko',
      target_date: addDays(today, 120),
      case_token: token,
      status,
      accepted_on: status === 'accepted' ? today : null,
      created_at: stamp,
      updated_at: stamp,
    })
    .execute();
  if (status === 'applied') {
    return { id, token, stepId: null };
  }
  const stepId = newId();
  await db
    .insertInto('market_entry_steps')
    .values({
      id: stepId,
      application_id: id,
      position: 1,
      step_key: null,
      title_ko: '사무실 방문',
      title_en: 'Office visit',
      pillar_id: null,
      partner_business_id: null,
      owner_user_id: null,
      due_on: addDays(today, 10),
      reminded_at: null,
      created_at: stamp,
      updated_at: stamp,
    })
    .execute();
  return { id, token, stepId };
}
