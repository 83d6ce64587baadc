import { romanize } from 'es-hangul';
import type { Db, DbOrTrx } from '../../platform/db/database.ts';
import type { Business, NewBusiness } from '../../platform/db/schema.ts';
import { newId, now } from '../../platform/auth/secrets.ts';
import { reindexBusinesses } from '../search/indexing.ts';
import type { Mapping } from './mapping.ts';
import type { ParsedTable } from './parse.ts';
import { bindColumns } from './columns.ts';
import { validateRow, type MemberRow, type MemberValues, type RowError } from './validate.ts';

export interface ImportSummary {
  valid: number;
  invalid: number;
  created: number;
  updated: number;
  unchanged: number;
}

export interface ImportResult {
  status: 'done' | 'failed';
  summary: ImportSummary;
  errors: RowError[];
}

export interface ImportInput {
  organizationId: string;
  table: ParsedTable;
  mapping: Mapping;
  dryRun: boolean;
  /** Called after each chunk: validated rows on a dry run, written rows on a real one. */
  onProgress?: (processed: number) => void;
}

/** Rows per chunk: bounds statement parameters (26 columns × 500 < 32,766 SQLite / 65,535 PostgreSQL) and event-loop stalls. */
const CHUNK = 500;

const yieldToLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

function chunks<T>(items: readonly T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) {
    out.push(items.slice(i, i + size));
  }
  return out;
}

/** Validates every row (all errors, with lines) and flags an e-mail repeated within the file. */
async function validateAll(
  input: ImportInput,
): Promise<{ members: MemberRow[]; errors: RowError[]; invalid: number }> {
  const columns = bindColumns(input.mapping, input.table.headers);
  const members: MemberRow[] = [];
  const errors: RowError[] = [];
  const firstLine = new Map<string, number>();
  let invalid = 0;
  let processed = 0;
  for (const rows of chunks(input.table.rows, 2000)) {
    for (const row of rows) {
      const result = validateRow(row, columns);
      const email = result.member?.email;
      const earlier = email === undefined ? undefined : firstLine.get(email);
      if (earlier !== undefined) {
        result.errors.push({
          line: row.line,
          field: 'email',
          key: 'imports:rows.emailDuplicate',
          params: { line: earlier },
        });
      } else if (email !== undefined) {
        firstLine.set(email, row.line);
      }
      if (result.errors.length > 0) {
        invalid++;
        errors.push(...result.errors);
      } else if (result.member) {
        members.push(result.member);
      }
    }
    processed += rows.length;
    if (input.dryRun) {
      input.onProgress?.(processed);
    }
    await yieldToLoop();
  }
  return { members, errors, invalid };
}

interface Plan {
  creates: MemberRow[];
  updates: Array<{ id: string; changes: MemberValues }>;
  links: string[];
  unchanged: number;
}

/** An existing business by lower(email): one already in the organization wins over one elsewhere. */
async function findExisting(
  db: DbOrTrx,
  organizationId: string,
  emails: string[],
): Promise<Map<string, { row: Business; linked: boolean }>> {
  const found = new Map<string, { row: Business; linked: boolean }>();
  for (const part of chunks(emails)) {
    const rows = await db
      .selectFrom('businesses')
      .selectAll()
      .where((eb) => eb(eb.fn('lower', ['email']), 'in', part))
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    if (rows.length === 0) {
      continue;
    }
    const linkedIds = new Set(
      (
        await db
          .selectFrom('business_organizations')
          .select('business_id')
          .where('organization_id', '=', organizationId)
          .where(
            'business_id',
            'in',
            rows.map((r) => r.id),
          )
          .execute()
      ).map((r) => r.business_id),
    );
    for (const row of rows) {
      const email = row.email.toLowerCase();
      const linked = linkedIds.has(row.id);
      const current = found.get(email);
      if (!current || (linked && !current.linked)) {
        found.set(email, { row, linked });
      }
    }
  }
  return found;
}

/** Columns whose value differs; coordinates only move with the ZIP (they may come from another geocoder). */
function changedValues(current: Business, values: MemberValues): MemberValues {
  const changes = Object.fromEntries(
    Object.entries(values).filter(([column, value]) => current[column as keyof Business] !== value),
  ) as MemberValues;
  if (!('zip' in changes) && current.latitude !== null) {
    delete changes.latitude;
    delete changes.longitude;
  }
  return changes;
}

async function planImport(db: DbOrTrx, organizationId: string, members: MemberRow[]): Promise<Plan> {
  const existing = await findExisting(
    db,
    organizationId,
    members.map((m) => m.email),
  );
  const plan: Plan = { creates: [], updates: [], links: [], unchanged: 0 };
  for (const member of members) {
    const match = existing.get(member.email);
    if (!match) {
      plan.creates.push(member);
      continue;
    }
    const changes = changedValues(match.row, member.values);
    const changed = Object.keys(changes).length > 0;
    if (changed) {
      plan.updates.push({ id: match.row.id, changes });
    }
    if (!match.linked) {
      plan.links.push(match.row.id);
    }
    if (!changed && match.linked) {
      plan.unchanged++;
    }
  }
  return plan;
}

function slugBase(member: MemberRow): string {
  const fromName = (name: string | undefined) =>
    (name ?? '')
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 50)
      .replace(/-+$/, '');
  return fromName(member.values.name_en) || fromName(romanize(member.values.name_ko ?? '')) || 'member';
}

async function newBusinesses(db: DbOrTrx, creates: MemberRow[]): Promise<NewBusiness[]> {
  const taken = new Set((await db.selectFrom('businesses').select('slug').execute()).map((r) => r.slug));
  const timestamp = now();
  return creates.map((member) => {
    const base = slugBase(member);
    let slug = base;
    for (let n = 2; taken.has(slug); n++) {
      slug = `${base}-${n}`;
    }
    taken.add(slug);
    const v = member.values;
    return {
      description_ko: '',
      description_en: '',
      industry: '',
      address: '',
      city: '',
      state: '',
      zip: '',
      latitude: null,
      longitude: null,
      phone: '',
      website: '',
      languages: '[]',
      ...v,
      id: newId(),
      slug,
      kind: v.kind ?? 'member',
      name_ko: v.name_ko ?? v.name_en ?? '',
      name_en: v.name_en ?? v.name_ko ?? '',
      email: member.email,
      phone_public: 0,
      email_public: 0,
      address_public: 1,
      website_public: 1,
      logo_path: null,
      created_at: timestamp,
      updated_at: timestamp,
    };
  });
}

async function writePlan(trx: DbOrTrx, organizationId: string, plan: Plan, onProgress: (n: number) => void) {
  const timestamp = now();
  let processed = plan.unchanged;
  onProgress(processed);
  const created = await newBusinesses(trx, plan.creates);
  for (const part of chunks(created)) {
    await trx.insertInto('businesses').values(part).execute();
    await trx
      .insertInto('business_organizations')
      .values(
        part.map((b) => ({ business_id: b.id, organization_id: organizationId, created_at: timestamp })),
      )
      .execute();
    processed += part.length;
    onProgress(processed);
    await yieldToLoop();
  }
  for (const part of chunks(plan.links)) {
    await trx
      .insertInto('business_organizations')
      .values(part.map((id) => ({ business_id: id, organization_id: organizationId, created_at: timestamp })))
      .execute();
  }
  const updatedIds = new Set(plan.updates.map((u) => u.id));
  processed += plan.links.filter((id) => !updatedIds.has(id)).length;
  for (const part of chunks(plan.updates, 100)) {
    for (const { id, changes } of part) {
      await trx
        .updateTable('businesses')
        .set({ ...changes, updated_at: timestamp })
        .where('id', '=', id)
        .execute();
    }
    processed += part.length;
    onProgress(processed);
    await yieldToLoop();
  }
  // In the same transaction, so the directory search never sees an import half-indexed.
  await reindexBusinesses(trx, [...created.map((b) => b.id), ...updatedIds]);
}

function touchedCount(plan: Plan): number {
  return new Set([...plan.updates.map((u) => u.id), ...plan.links]).size;
}

/**
 * Validates every row first; a dry run then reports what would happen, a real run writes everything in one
 * transaction or, if any row is invalid, nothing at all.
 */
export async function runMemberImport(db: Db, input: ImportInput): Promise<ImportResult> {
  const { members, errors, invalid } = await validateAll(input);
  const summary: ImportSummary = { valid: members.length, invalid, created: 0, updated: 0, unchanged: 0 };
  if (invalid > 0 && !input.dryRun) {
    return { status: 'failed', summary, errors };
  }
  const plan = input.dryRun
    ? await planImport(db, input.organizationId, members)
    : await db.transaction().execute(async (trx) => {
        const planned = await planImport(trx, input.organizationId, members);
        await writePlan(trx, input.organizationId, planned, (n) => input.onProgress?.(n));
        return planned;
      });
  summary.created = plan.creates.length;
  summary.updated = touchedCount(plan);
  summary.unchanged = plan.unchanged;
  if (!input.dryRun) {
    input.onProgress?.(input.table.rows.length);
  }
  return { status: 'done', summary, errors };
}
