import { createHash } from 'node:crypto';
import { Value } from 'typebox/value';
import type { Db, DbOrTrx } from '../../../platform/db/database.ts';
import type { Locale, SalesImportFormat } from '../../../platform/db/schema.ts';
import { AppError, type FieldErrors } from '../../../platform/errors.ts';
import { t } from '../../../platform/i18n/index.ts';
import { bindColumns, resolveColumns, suggestColumns } from '../../imports/columns.ts';
import { parseTableFile, type ParsedTable } from '../../imports/parse.ts';
import * as inventoryQueries from '../queries.ts';
import { mainLocation } from '../service.ts';
import { inventorySettings, type InventorySettings } from '../settings.ts';
import { applyLines, levelSets, negatives, plan, type Negative } from './apply.ts';
import {
  bindSquare,
  columnSets,
  fieldList,
  genericFormats,
  guessGenericFormat,
  isSquareExport,
  type GenericFormat,
  type SalesField,
  type SalesMapping,
} from './formats.ts';
import { readLines, skuColumn, type Layout, type Reading, type RowError } from './lines.ts';
import { salesError } from './messages.ts';
import { presentSalesImport } from './presenter.ts';
import * as queries from './queries.ts';
import { SalesImportFields, type SalesImportQuery } from './schema.ts';

/** Problems shown per report; a file with every line broken would otherwise send megabytes of them. */
const MAX_REPORTED = 1000;
const SAMPLE_ROWS = 5;

const isGeneric = (format: string | null): format is GenericFormat =>
  (genericFormats as readonly string[]).includes(format ?? '');

/** The store's saved mapping for `format`, if it still fits the file's headers; else null. */
function savedMapping(
  settings: InventorySettings,
  format: GenericFormat,
  headers: readonly string[],
): SalesMapping | null {
  if (settings.posFormat !== format || !settings.posMapping) {
    return null;
  }
  try {
    return resolveColumns(columnSets[format], settings.posMapping, headers);
  } catch {
    return null;
  }
}

/** Square by its headers; otherwise the generic layout saved last time if its mapping fits, else a guess. */
function detectFormat(settings: InventorySettings, headers: readonly string[]): SalesImportFormat {
  if (isSquareExport(headers)) {
    return 'square-items';
  }
  if (isGeneric(settings.posFormat) && savedMapping(settings, settings.posFormat, headers)) {
    return settings.posFormat;
  }
  return guessGenericFormat(headers);
}

/** Every header, mapped or null, so the form shows one choice per column. */
const fullMapping = (mapping: SalesMapping, headers: readonly string[]): SalesMapping =>
  Object.fromEntries(headers.map((h) => [h, mapping[h] ?? null]));

export async function previewSales(db: DbOrTrx, businessId: string, file: Buffer) {
  const table = await parseTableFile(file);
  const settings = await inventorySettings(db, businessId);
  const format = detectFormat(settings, table.headers);
  const generic = Object.fromEntries(
    genericFormats.map((f) => [
      f,
      { fields: fieldList(f), mapping: suggestColumns(columnSets[f], table.headers) },
    ]),
  ) as Record<GenericFormat, { fields: ReturnType<typeof fieldList>; mapping: SalesMapping }>;
  const saved = isGeneric(format) ? savedMapping(settings, format, table.headers) : null;
  return {
    format,
    encoding: table.encoding,
    headers: table.headers,
    rowCount: table.rows.length,
    sampleRows: table.rows.slice(0, SAMPLE_ROWS).map((r) => r.cells),
    mapping: isGeneric(format) ? fullMapping(saved ?? generic[format].mapping, table.headers) : null,
    savedMapping: saved !== null,
    generic,
  };
}

/** The multipart text fields, checked as a JSON body would be. */
function checkFields(fields: Record<string, string>): SalesImportFields {
  if (Value.Check(SalesImportFields, fields)) {
    return fields;
  }
  const problems: FieldErrors = {};
  for (const error of Value.Errors(SalesImportFields, fields)) {
    const params = error.params as Record<string, unknown>;
    const extra = Array.isArray(params.additionalProperties) ? params.additionalProperties : [];
    const field = extra.length > 0 ? String(extra[0]) : error.instancePath.replace(/^\//, '');
    if (error.keyword === 'boolean') {
      continue;
    }
    problems[field || '_'] ??= {
      key: `validation.${error.keyword}`,
      params: {
        limit: params.limit,
        allowed: Array.isArray(params.allowedValues) ? params.allowedValues.join(', ') : '',
      },
    };
  }
  throw new AppError('validation_failed', { fields: problems });
}

function layoutFor(
  format: SalesImportFormat,
  table: ParsedTable,
  settings: InventorySettings,
  rawMapping: string | undefined,
): { layout: Layout; mapping: SalesMapping | null } {
  if (format === 'square-items') {
    const columns = bindSquare(table.headers);
    if ('missing' in columns) {
      throw new AppError('validation_failed', {
        fields: { file: salesError('notSquare', { column: columns.missing }) },
      });
    }
    return { layout: { format, columns }, mapping: null };
  }
  const mapping =
    rawMapping === undefined
      ? (savedMapping(settings, format, table.headers) ??
        resolveColumns(columnSets[format], undefined, table.headers))
      : resolveColumns(columnSets[format], rawMapping, table.headers);
  const columns: Partial<Record<SalesField, number>> = {};
  for (const [index, field] of bindColumns(mapping, table.headers)) {
    columns[field] = index;
  }
  return { layout: { format, columns }, mapping };
}

async function readFile(
  db: DbOrTrx,
  businessId: string,
  table: ParsedTable,
  layout: Layout,
  settings: InventorySettings,
  locationId: string | undefined,
  now: Date,
) {
  const main = await mainLocation(db, businessId, now);
  const locations = await inventoryQueries.listLocations(db, businessId);
  if (locationId !== undefined && !locations.some((l) => l.id === locationId)) {
    throw new AppError('validation_failed', { fields: { locationId: salesError('locationChosenUnknown') } });
  }
  const column = skuColumn(layout);
  const skus = [...new Set(table.rows.map((r) => (r.cells[column] ?? '').trim()).filter(Boolean))];
  const reading = readLines(layout, table, {
    products: await queries.productIdsBySku(db, businessId, skus),
    locations: new Map(locations.map((l) => [l.name.toLowerCase(), l.id])),
    fixedLocationId: locationId ?? null,
    mainLocationId: main.id,
    timeZone: settings.timeZone,
    now,
  });
  return { reading, locationNames: new Map(locations.map((l) => [l.id, l.name])) };
}

function translate(locale: Locale, errors: readonly RowError[]) {
  return errors.slice(0, MAX_REPORTED).map((e) => ({
    line: e.line,
    field: e.field,
    message: t(locale, `sales:errors.${e.key}`, e.params),
  }));
}

function dayRange(reading: Reading): { firstDay: string | null; lastDay: string | null } {
  const days = reading.lines.map((l) => l.day).sort();
  return { firstDay: days[0] ?? null, lastDay: days.at(-1) ?? null };
}

interface SalesUpload {
  file: Buffer;
  fileName: string;
  fields: Record<string, string>;
}

/**
 * A dry run (what the file would add, every problem, every product it would take below zero) or the
 * import itself, refused whole on any bad line or — unless allowed — on stock going below zero.
 */
export async function importSales(
  db: Db,
  businessId: string,
  userId: string | null,
  upload: SalesUpload,
  locale: Locale,
  now: Date,
) {
  const fields = checkFields(upload.fields);
  const table = await parseTableFile(upload.file);
  if (table.rows.length === 0) {
    throw new AppError('bad_request', { fields: { file: salesError('noLines') } });
  }
  const settings = await inventorySettings(db, businessId);
  const format = fields.format ?? detectFormat(settings, table.headers);
  const { layout, mapping } = layoutFor(format, table, settings, fields.mapping);
  const { reading, locationNames } = await readFile(
    db,
    businessId,
    table,
    layout,
    settings,
    fields.locationId,
    now,
  );
  const range = dayRange(reading);
  const names = async (reader: DbOrTrx, found: readonly Negative[]) => {
    const products = await queries.productNames(
      reader,
      businessId,
      found.map((n) => n.productId),
    );
    return found.map((n) => {
      const product = products.get(n.productId);
      return {
        ...n,
        sku: product?.sku ?? '',
        nameKo: product?.name_ko ?? '',
        nameEn: product?.name_en ?? '',
        locationName: locationNames.get(n.locationId) ?? '',
      };
    });
  };
  const report = (
    planned: Awaited<ReturnType<typeof plan>>,
    negative: Awaited<ReturnType<typeof names>>,
    dryRun: boolean,
  ) => ({
    dryRun,
    format,
    encoding: table.encoding,
    rowCount: table.rows.length,
    newLines: planned.fresh.length,
    alreadyImported: planned.alreadyImported,
    withoutSku: reading.withoutSku,
    unitsSold: planned.fresh.reduce((sum, l) => sum + l.sold, 0),
    ...range,
    errors: translate(locale, reading.errors),
    negative,
  });

  if (fields.dryRun === 'true') {
    const planned = await plan(db, businessId, reading.lines);
    const onHand = await queries.readLevels(db, levelSets(planned.changes));
    return {
      ...report(planned, await names(db, negatives(planned.changes, onHand)), true),
      salesImport: null,
    };
  }
  const firstProblem = reading.errors[0];
  if (firstProblem) {
    throw new AppError('validation_failed', {
      fields: {
        file: salesError('rowsInvalid', {
          count: new Set(reading.errors.map((e) => e.line)).size,
          line: firstProblem.line,
        }),
      },
    });
  }
  const applied = await applyLines(db, {
    businessId,
    userId,
    format,
    mapping: mapping
      ? JSON.stringify(Object.fromEntries(Object.entries(mapping).filter(([, f]) => f)))
      : null,
    lines: reading.lines,
    allowNegative: fields.allowNegative === 'true',
    file: {
      sha256: createHash('sha256').update(upload.file).digest('hex'),
      name: upload.fileName.slice(0, 200),
      rowCount: table.rows.length,
      ...range,
    },
    describe: async (trx, negative) => {
      const [named] = await names(trx, [negative]);
      return { sku: named?.sku ?? '', location: named?.locationName ?? '' };
    },
    now,
  });
  const row = await queries.findSalesImport(db, businessId, applied.importId);
  return {
    ...report(applied.plan, await names(db, applied.negative), false),
    salesImport: row ? presentSalesImport(row) : null,
  };
}

export async function listSalesImports(db: DbOrTrx, businessId: string, query: SalesImportQuery) {
  const page = query.page ?? 1;
  const pageSize = query.pageSize ?? 20;
  const { items, total } = await queries.listSalesImports(db, businessId, page, pageSize);
  return { items: items.map(presentSalesImport), total, page, pageSize };
}
