import { AppError } from '../../platform/errors.ts';

/**
 * Which file column feeds which field, for any table a user uploads (members, a catalogue, POS sales):
 * a suggestion from the headers' names, and the user's own mapping (JSON) checked against the file.
 * Mapping errors use the message keys `imports:mapping.*` plus the set's own `missing` check.
 */
export interface ColumnSet<F extends string> {
  fields: readonly F[];
  /** Header spellings (already normalized) that suggest each field. */
  aliases: Record<F, readonly string[]>;
  /** Throws when a mapping lacks what the set needs (e.g. an e-mail column). */
  checkComplete(mapped: ReadonlySet<F>): void;
}

export type ColumnMapping<F extends string> = Record<string, F | null>;

/** Case, spaces and punctuation do not matter: "E-mail" = "email", "상호 (한글)" = "상호한글". */
export function normalizeHeader(header: string): string {
  return header.toLowerCase().replace(/[\s_\-./()[\]:#*]+/g, '');
}

export function mappingError(key: string, params: Record<string, unknown> = {}): AppError {
  return new AppError('validation_failed', {
    fields: { mapping: { key: `imports:mapping.${key}`, params } },
  });
}

const aliasIndexes = new WeakMap<object, Map<string, string>>();

function aliasIndex<F extends string>(set: ColumnSet<F>): Map<string, F> {
  let index = aliasIndexes.get(set) as Map<string, F> | undefined;
  if (!index) {
    index = new Map(
      set.fields.flatMap((field) => set.aliases[field].map((alias) => [alias, field] as const)),
    );
    aliasIndexes.set(set, index);
  }
  return index;
}

/** Each field is suggested for the first header that names it; other headers map to null. */
export function suggestColumns<F extends string>(
  set: ColumnSet<F>,
  headers: readonly string[],
): ColumnMapping<F> {
  const byAlias = aliasIndex(set);
  const taken = new Set<F>();
  const mapping: ColumnMapping<F> = {};
  for (const header of headers) {
    const field = byAlias.get(normalizeHeader(header));
    if (field && !taken.has(field)) {
      taken.add(field);
      mapping[header] = field;
    } else {
      mapping[header] = null;
    }
  }
  return mapping;
}

/** Parses a mapping given as JSON (or suggests one when absent) and checks it against the file's headers. */
export function resolveColumns<F extends string>(
  set: ColumnSet<F>,
  raw: string | undefined,
  headers: readonly string[],
): ColumnMapping<F> {
  if (raw === undefined || raw.trim() === '') {
    return checkColumns(set, suggestColumns(set, headers), headers);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw mappingError('invalidJson');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw mappingError('invalidJson');
  }
  const isField = (value: unknown): value is F =>
    typeof value === 'string' && (set.fields as readonly string[]).includes(value);
  const mapping: ColumnMapping<F> = {};
  for (const [header, field] of Object.entries(parsed)) {
    if (field !== null && field !== '' && !isField(field)) {
      throw mappingError('unknownField', { field: String(field).slice(0, 50) });
    }
    mapping[header] = isField(field) ? field : null;
  }
  return checkColumns(set, mapping, headers);
}

function checkColumns<F extends string>(
  set: ColumnSet<F>,
  mapping: ColumnMapping<F>,
  headers: readonly string[],
): ColumnMapping<F> {
  const seen = new Set<F>();
  for (const [header, field] of Object.entries(mapping)) {
    if (!headers.includes(header)) {
      throw mappingError('unknownHeader', { header: header.slice(0, 100) });
    }
    if (field === null) {
      continue;
    }
    if (seen.has(field)) {
      throw mappingError('fieldTwice', { field });
    }
    seen.add(field);
  }
  set.checkComplete(seen);
  return mapping;
}

/** The mapped columns as [column index, field] pairs, for reading rows. */
export function bindColumns<F extends string>(
  mapping: ColumnMapping<F>,
  headers: readonly string[],
): ReadonlyArray<readonly [number, F]> {
  const columns: Array<readonly [number, F]> = [];
  headers.forEach((header, index) => {
    const field = mapping[header];
    if (field) {
      columns.push([index, field]);
    }
  });
  return columns;
}
