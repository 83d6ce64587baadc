import { createBusiness } from '../../../test/fixtures.ts';
import { newId, now } from '../../platform/auth/secrets.ts';
import type { Db } from '../../platform/db/database.ts';
import { geocodeZip } from '../../platform/geocode.ts';
import { reindexBusiness } from './indexing.ts';

/** A small bilingual directory with hand-checked answers for the search tests. */

interface Item {
  pillar: string;
  ko: string;
  en: string;
}

export interface DirectoryBusiness {
  nameKo: string;
  nameEn: string;
  descriptionKo?: string;
  descriptionEn?: string;
  industry: string;
  zip: string;
  languages: string[];
  organization: 'a' | 'b';
  offers?: Item[];
  needs?: Item[];
}

export const directory = {
  cyber: {
    nameKo: '사이버보안 솔루션',
    nameEn: 'CyberGuard Solutions',
    industry: 'security',
    zip: '75080',
    languages: ['ko', 'en'],
    organization: 'a',
    offers: [
      {
        pillar: 'cyber-security',
        ko: '사이버보안 점검과 방화벽 설치',
        en: 'Cyber security audits and firewalls',
      },
    ],
  },
  mart: {
    nameKo: '한빛 마트',
    nameEn: 'Hanbit Mart',
    descriptionKo: '리처드슨의 한국 식료품점',
    industry: 'grocery',
    zip: '75006',
    languages: ['ko'],
    organization: 'a',
    needs: [
      { pillar: 'safe-city', ko: '보안 카메라 설치', en: 'Security camera installation' },
      { pillar: 'inventory', ko: '재고 관리 시스템', en: 'An inventory system' },
    ],
  },
  law: {
    nameKo: '론스타 법률사무소',
    nameEn: 'Lone Star Law',
    industry: 'legal',
    zip: '76102',
    languages: ['en'],
    organization: 'b',
    offers: [{ pillar: 'legal', ko: '법률 자문과 계약서 검토', en: 'Legal advice and contract review' }],
  },
  tax: {
    nameKo: '박 세무회계',
    nameEn: 'Park Tax & Accounting',
    descriptionEn: 'Your <b>Tax</b> & "books" done right',
    industry: 'accounting',
    zip: '75201',
    languages: ['ko', 'en'],
    organization: 'a',
    offers: [{ pillar: 'finance', ko: '세무 신고와 회계', en: 'Tax filing and bookkeeping' }],
  },
  inventory: {
    nameKo: '덴턴 재고 컨설팅',
    nameEn: 'Denton Inventory Consulting',
    industry: 'consulting',
    zip: '76201',
    languages: ['en'],
    organization: 'b',
    offers: [{ pillar: 'inventory', ko: '재고 비용 절감 컨설팅', en: 'Inventory cost reduction consulting' }],
  },
} satisfies Record<string, DirectoryBusiness>;

export type DirectoryKey = keyof typeof directory;

async function insertItems(db: Db, table: 'offers' | 'needs', businessId: string, items: Item[] = []) {
  for (const item of items) {
    const pillar = await db
      .selectFrom('pillars')
      .select('id')
      .where('key', '=', item.pillar)
      .executeTakeFirstOrThrow();
    const common = {
      id: newId(),
      business_id: businessId,
      pillar_id: pillar.id,
      description_ko: item.ko,
      description_en: item.en,
      created_at: now(),
    };
    if (table === 'offers') {
      await db
        .insertInto('offers')
        .values({ ...common, radius_miles: 25, languages: '[]', price_hint: '' })
        .execute();
    } else {
      await db
        .insertInto('needs')
        .values({ ...common, urgency: 'medium' })
        .execute();
    }
  }
}

export async function addDirectoryBusiness(
  db: Db,
  b: DirectoryBusiness,
  organizationId: string,
  ownerId?: string,
): Promise<{ id: string; slug: string }> {
  const created = await createBusiness(db, {
    organizationIds: [organizationId],
    nameKo: b.nameKo,
    nameEn: b.nameEn,
    ...(ownerId ? { ownerId } : {}),
  });
  const place = geocodeZip(b.zip);
  await db
    .updateTable('businesses')
    .set({
      description_ko: b.descriptionKo ?? '',
      description_en: b.descriptionEn ?? '',
      industry: b.industry,
      zip: b.zip,
      city: place?.city ?? '',
      latitude: place?.latitude ?? null,
      longitude: place?.longitude ?? null,
      languages: JSON.stringify(b.languages),
      phone: '972-555-0199',
      email: `private-${created.slug}@example.test`,
    })
    .where('id', '=', created.id)
    .execute();
  await insertItems(db, 'offers', created.id, b.offers);
  await insertItems(db, 'needs', created.id, b.needs);
  await reindexBusiness(db, created.id);
  return created;
}
