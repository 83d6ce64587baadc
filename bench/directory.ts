import { newId, now } from '../server/platform/auth/secrets.ts';
import SQLite from 'better-sqlite3';
import { sql } from 'kysely';
import type { Db } from '../server/platform/db/database.ts';
import { geocodeZip } from '../server/platform/geocode.ts';
import { industries } from '../server/modules/businesses/industries.ts';
import { businessTerms } from '../server/modules/search/indexing.ts';
import { mulberry32 } from '../server/platform/random.ts';

/**
 * A generated bilingual directory for the benchmarks: N businesses with about 3 offers and needs each,
 * written in bulk (prepared statements in big transactions on SQLite, unnest arrays on PostgreSQL, the
 * term indexes built once at the end) and indexed with the same businessTerms the application uses. Deterministic for a given size.
 */

export const DALLAS_ZIPS = [
  '75201',
  '75204',
  '75206',
  '75080',
  '75081',
  '75006',
  '75007',
  '75019',
  '75038',
  '75039',
  '75062',
  '75074',
  '75075',
  '75093',
  '75024',
  '75034',
  '75040',
  '75044',
  '75050',
  '75070',
  '76102',
  '76201',
  '75001',
  '75002',
  '75287',
  '75234',
  '75229',
  '75220',
];

const PHRASES: Record<string, [string, string][]> = {
  'safe-city': [
    ['보안 카메라 설치', 'security camera installation'],
    ['매장 안전 점검', 'store safety inspection'],
    ['도난 방지 경보', 'theft alarm systems'],
    ['야간 순찰', 'night patrol'],
  ],
  'cyber-security': [
    ['사이버보안 점검', 'cybersecurity audit'],
    ['방화벽 설정', 'firewall setup'],
    ['랜섬웨어 대응', 'ransomware response'],
    ['개인정보 보호', 'data privacy'],
  ],
  digitization: [
    ['서류 디지털화', 'document scanning'],
    ['클라우드 전환', 'cloud migration'],
    ['전자 결제 도입', 'digital payments'],
    ['고객 관리 시스템', 'customer database'],
  ],
  'smart-store': [
    ['스마트 계산대', 'smart checkout'],
    ['무인 매장', 'self-service kiosk'],
    ['재고 센서', 'shelf sensors'],
    ['전자 가격표', 'electronic shelf labels'],
  ],
  inventory: [
    ['재고 관리', 'inventory management'],
    ['재고 비용 절감', 'inventory cost reduction'],
    ['물류 최적화', 'logistics planning'],
    ['발주 자동화', 'automatic reordering'],
  ],
  legal: [
    ['법률 자문', 'legal advice'],
    ['계약서 검토', 'contract review'],
    ['이민 법률', 'immigration law'],
    ['노무 상담', 'employment law'],
  ],
  finance: [
    ['세무 신고', 'tax filing'],
    ['회계 장부', 'bookkeeping'],
    ['소상공인 대출', 'small business loans'],
    ['급여 관리', 'payroll services'],
  ],
  'web-design': [
    ['웹사이트 제작', 'website design'],
    ['온라인 쇼핑몰', 'online store'],
    ['검색 광고', 'search advertising'],
    ['로고 디자인', 'logo design'],
  ],
};
const SUFFIXES: [string, string][] = [
  ['서비스', 'services'],
  ['지원', 'support'],
  ['상담', 'consulting'],
  ['전문', 'specialists'],
];
const NAME_KO = [
  '한빛',
  '미래',
  '우리',
  '새봄',
  '다올',
  '가람',
  '하나',
  '누리',
  '별빛',
  '푸른',
  '은하',
  '솔밭',
];
const NAME_EN = [
  'Bright',
  'Future',
  'Star',
  'Pioneer',
  'Liberty',
  'Maple',
  'Summit',
  'Harbor',
  'Golden',
  'Cedar',
];
const LANGUAGE_SETS = ['["ko"]', '["en"]', '["ko","en"]', '["ko","en","es"]', '["en","es"]'];

export const pick = <T>(rand: () => number, list: readonly T[]): T =>
  list[Math.floor(rand() * list.length)] as T;

type Value = string | number | null;
type Row = Record<string, Value>;

/** Where the generated rows go: straight through the drivers, in big transactions. */
export interface BulkTarget {
  db: Db;
  /** SQLite: the database file, written through a raw better-sqlite3 connection. */
  sqlitePath?: string | undefined;
}

interface Writer {
  /** Writes one batch of tables in one transaction. */
  write(batch: [string, Row[]][]): Promise<void>;
  finish(): Promise<void>;
}

// Secondary indexes of search_terms, rebuilt once after the load instead of updated row by row.
const TERM_INDEXES = [
  'create index search_terms_business_idx on search_terms (business_id)',
  'create index search_terms_covering_idx on search_terms (term, business_id, weight)',
];

function sqliteWriter(file: string): Writer {
  const raw = new SQLite(file);
  raw.pragma('journal_mode = WAL');
  raw.pragma('synchronous = OFF');
  raw.pragma('cache_size = -1000000');
  raw.exec('drop index if exists search_terms_business_idx; drop index if exists search_terms_covering_idx;');
  const statements = new Map<string, SQLite.Statement>();
  const statement = (table: string, columns: string[]) => {
    let prepared = statements.get(table);
    if (!prepared) {
      const names = columns.join(', ');
      const marks = columns.map(() => '?').join(', ');
      prepared = raw.prepare(`insert into ${table} (${names}) values (${marks})`);
      statements.set(table, prepared);
    }
    return prepared;
  };
  const load = raw.transaction((batch: [string, Row[]][]) => {
    for (const [table, rows] of batch) {
      const first = rows[0];
      if (!first) {
        continue;
      }
      const columns = Object.keys(first);
      const insert = statement(table, columns);
      for (const row of rows) {
        insert.run(columns.map((c) => row[c] ?? null));
      }
    }
  });
  return {
    write: async (batch) => {
      load(batch);
    },
    finish: async () => {
      for (const ddl of TERM_INDEXES) {
        raw.exec(ddl);
      }
      raw.exec('analyze');
      raw.close();
    },
  };
}

/** One INSERT … SELECT FROM unnest(arrays) per table and chunk: a parameter per column, not per value. */
function postgresWriter(db: Db): Writer {
  const typeOf = (rows: Row[], column: string): string => {
    let type = 'text';
    for (const row of rows) {
      const value = row[column];
      if (typeof value === 'number') {
        if (!Number.isInteger(value)) {
          return 'float8';
        }
        type = 'int8';
      } else if (typeof value === 'string') {
        return 'text';
      }
    }
    return type;
  };
  let prepared = false;
  return {
    write: async (batch) => {
      if (!prepared) {
        await sql`alter table search_terms drop constraint search_terms_pk`.execute(db);
        await sql`drop index if exists search_terms_business_idx`.execute(db);
        await sql`drop index if exists search_terms_covering_idx`.execute(db);
        prepared = true;
      }
      await db.transaction().execute(async (trx) => {
        for (const [table, rows] of batch) {
          const first = rows[0];
          if (!first) {
            continue;
          }
          const columns = Object.keys(first);
          for (let i = 0; i < rows.length; i += 50_000) {
            const part = rows.slice(i, i + 50_000);
            const arrays = columns.map(
              (c) => sql`${part.map((r) => r[c] ?? null)}::${sql.raw(typeOf(part, c))}[]`,
            );
            await sql`insert into ${sql.table(table)} (${sql.join(columns.map((c) => sql.ref(c)))})
              select * from unnest(${sql.join(arrays)})`.execute(trx);
          }
        }
      });
    },
    finish: async () => {
      await sql`alter table search_terms add constraint search_terms_pk primary key (term, business_id)`.execute(
        db,
      );
      for (const ddl of TERM_INDEXES) {
        await sql.raw(ddl).execute(db);
      }
    },
  };
}

export interface SeedResult {
  businesses: number;
  items: number;
  terms: number;
  seconds: number;
}

export async function seedDirectory(target: BulkTarget, size: number): Promise<SeedResult> {
  const db = target.db;
  const writer = target.sqlitePath ? sqliteWriter(target.sqlitePath) : postgresWriter(db);
  const started = Date.now();
  const rand = mulberry32(42);
  const timestamp = now();
  const pillars = await db.selectFrom('pillars').select(['id', 'key']).execute();
  const orgs = ['kacc', 'city-chamber', 'concierge'].map((slug) => ({
    id: newId(),
    slug,
    kind: 'chamber' as const,
    name_ko: slug,
    name_en: slug,
    description_ko: '',
    description_en: '',
    website: null,
    created_at: timestamp,
  }));
  await db.insertInto('organizations').values(orgs).execute();
  let items = 0;
  let terms = 0;
  const batch = 5000;
  for (let start = 0; start < size; start += batch) {
    const businesses: Row[] = [];
    const links: Row[] = [];
    const offers: Row[] = [];
    const needs: Row[] = [];
    const termRows: Row[] = [];
    for (let n = start; n < Math.min(size, start + batch); n += 1) {
      const industry = pick(rand, industries);
      const zip = pick(rand, DALLAS_ZIPS);
      const place = geocodeZip(zip);
      const id = newId();
      const jitter = () => (rand() - 0.5) * 0.04;
      const business = {
        id,
        slug: `bench-${n}`,
        kind: rand() < 0.8 ? 'member' : 'partner',
        name_ko: `${pick(rand, NAME_KO)} ${industry.nameKo} ${n}`,
        name_en: `${pick(rand, NAME_EN)} ${industry.nameEn} ${n}`,
        description_ko: `${place?.city ?? ''} 지역의 ${industry.nameKo} 업체입니다`,
        description_en: `${industry.nameEn} business serving ${place?.city ?? ''}`,
        industry: industry.key,
        address: '',
        city: place?.city ?? '',
        state: 'TX',
        zip,
        latitude: (place?.latitude ?? 32.8) + jitter(),
        longitude: (place?.longitude ?? -96.8) + jitter(),
        phone: '',
        email: '',
        website: '',
        languages: pick(rand, LANGUAGE_SETS),
        phone_public: 0,
        email_public: 0,
        address_public: 1,
        website_public: 1,
        logo_path: null,
        created_at: timestamp,
        updated_at: timestamp,
      };
      businesses.push(business);
      links.push({ business_id: id, organization_id: pick(rand, orgs).id, created_at: timestamp });
      const own: { business_id: string; description_ko: string; description_en: string }[] = [];
      const count = 2 + Math.floor(rand() * 3);
      for (let k = 0; k < count; k += 1) {
        const pillar = pick(rand, pillars);
        const [ko, en] = pick(rand, PHRASES[pillar.key] ?? [['기타', 'other']]);
        const [sko, sen] = pick(rand, SUFFIXES);
        const item = {
          id: newId(),
          business_id: id,
          pillar_id: pillar.id,
          description_ko: `${ko} ${sko}`,
          description_en: `${en} ${sen}`,
          created_at: timestamp,
        };
        own.push(item);
        if (rand() < 0.5) {
          offers.push({ ...item, radius_miles: 25, languages: '[]', price_hint: '' });
        } else {
          needs.push({ ...item, urgency: 'medium' });
        }
      }
      items += count;
      for (const [term, weight] of businessTerms(business, own)) {
        termRows.push({ term, business_id: id, weight });
      }
    }
    terms += termRows.length;
    await writer.write([
      ['businesses', businesses],
      ['business_organizations', links],
      ['offers', offers],
      ['needs', needs],
      ['search_terms', termRows],
    ]);
    if ((start / batch) % 4 === 0) {
      process.stdout.write(`  seeded ${Math.min(size, start + batch)} / ${size}\r`);
    }
  }
  await writer.finish();
  process.stdout.write('\n');
  return { businesses: size, items, terms, seconds: (Date.now() - started) / 1000 };
}
