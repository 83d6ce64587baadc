import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';

/** The eight pillars of the chambers' platform plan; admins rename, retire, reorder or add to them. */
export const defaultPillars = [
  { key: 'safe-city', name_en: 'Safe City', name_ko: '안전한 도시' },
  { key: 'cyber-security', name_en: 'Cyber Security', name_ko: '사이버 보안' },
  { key: 'digitization', name_en: 'Information Digitization', name_ko: '정보의 디지털화' },
  { key: 'smart-store', name_en: 'Smart Store', name_ko: '스마트 스토어' },
  { key: 'inventory', name_en: 'Inventory Cost Reduction', name_ko: '재고 관리 비용 절감' },
  { key: 'legal', name_en: 'Legal Support', name_ko: '법률 지원' },
  { key: 'finance', name_en: 'Financial Services', name_ko: '재정 서비스' },
  { key: 'web-design', name_en: 'Web Design', name_ko: '웹 디자인' },
] as const;

export async function up(db: Kysely<unknown>): Promise<void> {
  const createdAt = new Date().toISOString();
  await (db as Kysely<{ pillars: Record<string, unknown> }>)
    .insertInto('pillars')
    .values(
      defaultPillars.map((p, index) => ({
        id: randomUUID(),
        ...p,
        position: index + 1,
        retired: 0,
        created_at: createdAt,
      })),
    )
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await (db as Kysely<{ pillars: { key: string } }>)
    .deleteFrom('pillars')
    .where(
      'key',
      'in',
      defaultPillars.map((p) => p.key),
    )
    .execute();
}
