import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import Papa from 'papaparse';
import { AppError, type ErrorCode } from '../../platform/errors.ts';

export const MAX_FILE_BYTES = 10 * 1024 * 1024;
export const MAX_ROWS = 50_000;
/** An XLSX is a zip: a 10 MB file may inflate far beyond that, so the inflated total is bounded too. */
const MAX_INFLATED_BYTES = 200 * 1024 * 1024;

export type Encoding = 'utf-8' | 'utf-8-bom' | 'cp949';

export interface DataRow {
  /** 1-based row number as a spreadsheet shows it (the header is line 1). */
  line: number;
  cells: string[];
}

export interface ParsedTable {
  encoding: Encoding;
  headers: string[];
  rows: DataRow[];
}

export function fileError(code: ErrorCode, key: string, params: Record<string, unknown> = {}): AppError {
  return new AppError(code, {
    fields: { file: { key: `imports:file.${key}`, params } },
    params: { limit: '10 MB' },
  });
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

function startsWith(buffer: Buffer, magic: number[]): boolean {
  return magic.every((byte, i) => buffer[i] === byte);
}

/** BOM → UTF-8; valid UTF-8 → UTF-8; anything else is taken as CP949 (Korean Excel's "CSV" default). */
export function decodeText(buffer: Buffer): { text: string; encoding: Encoding } {
  if (startsWith(buffer, UTF8_BOM)) {
    return { text: buffer.subarray(3).toString('utf8'), encoding: 'utf-8-bom' };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(buffer), encoding: 'utf-8' };
  } catch {
    return { text: iconv.decode(buffer, 'cp949'), encoding: 'cp949' };
  }
}

const DOS_EOF = 0x1a;
const ALLOWED_CONTROLS = new Set([0x09, 0x0a, 0x0c, 0x0d, DOS_EOF]);

/** Control characters (other than tab, newlines and a DOS end-of-file mark) or undecodable bytes mean binary. */
function looksBinary(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code < 0x20 && !ALLOWED_CONTROLS.has(code)) || code === 0x7f || code === 0xfffd) {
      return true;
    }
  }
  return false;
}

function withoutDosEof(text: string): string {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === DOS_EOF) {
    end--;
  }
  return text.slice(0, end);
}

/** Excel shows '=…' typed as text with a leading apostrophe; exports add it against formula injection. */
function cleanCell(value: string): string {
  const trimmed = value.trim();
  return /^'[=+\-@]/.test(trimmed) ? trimmed.slice(1) : trimmed;
}

function uniqueHeaders(raw: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return raw.map((value, index) => {
    const base = value.trim() || `Column ${index + 1}`;
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return count === 1 ? base : `${base} (${count})`;
  });
}

/** First non-empty record is the header row; empty records are skipped but keep their line numbers. */
function toTable(records: Array<{ line: number; cells: string[] }>, encoding: Encoding): ParsedTable {
  const nonEmpty = records
    .map((r) => ({ line: r.line, cells: r.cells.map(cleanCell) }))
    .filter((r) => r.cells.some((c) => c !== ''));
  const [header, ...rows] = nonEmpty;
  if (!header) {
    throw fileError('bad_request', 'empty');
  }
  if (rows.length > MAX_ROWS) {
    throw fileError('bad_request', 'tooManyRows', { count: rows.length, limit: MAX_ROWS });
  }
  const headers = uniqueHeaders(header.cells);
  return {
    encoding,
    headers,
    rows: rows.map((r) => ({ line: r.line, cells: headers.map((_, i) => r.cells[i] ?? '') })),
  };
}

function parseCsv(buffer: Buffer): ParsedTable {
  const { text, encoding } = decodeText(buffer);
  const body = withoutDosEof(text);
  if (looksBinary(body)) {
    throw fileError('unsupported_file', 'unreadable');
  }
  const result = Papa.parse<string[]>(body, { skipEmptyLines: false });
  const unclosed = result.errors.find((e) => e.code === 'MissingQuotes');
  if (unclosed) {
    throw fileError('bad_request', 'unclosedQuote', { line: (unclosed.row ?? 0) + 1 });
  }
  return toTable(
    result.data.map((cells, i) => ({ line: i + 1, cells })),
    encoding,
  );
}

/** Sums the inflated sizes from the zip central directory without inflating anything. */
function inflatedSize(buffer: Buffer): number {
  const end = buffer.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0 || end + 22 > buffer.length) {
    return Number.POSITIVE_INFINITY;
  }
  const entries = buffer.readUInt16LE(end + 10);
  let offset = buffer.readUInt32LE(end + 16);
  let total = 0;
  for (let i = 0; i < entries; i++) {
    if (offset + 46 > buffer.length || buffer.readUInt32LE(offset) !== 0x02014b50) {
      return Number.POSITIVE_INFINITY;
    }
    total += buffer.readUInt32LE(offset + 24);
    offset +=
      46 +
      buffer.readUInt16LE(offset + 28) +
      buffer.readUInt16LE(offset + 30) +
      buffer.readUInt16LE(offset + 32);
  }
  return total;
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) {
    return '';
  }
  if (value instanceof Date) {
    return value.toISOString().slice(0, 10);
  }
  if (typeof value !== 'object') {
    return String(value);
  }
  if ('richText' in value) {
    return value.richText.map((part) => part.text).join('');
  }
  if ('text' in value && typeof value.text === 'string') {
    return value.text;
  }
  if ('result' in value) {
    return value.result === undefined ? '' : cellText(value.result as ExcelJS.CellValue);
  }
  return '';
}

async function parseXlsx(buffer: Buffer): Promise<ParsedTable> {
  if (inflatedSize(buffer) > MAX_INFLATED_BYTES) {
    throw fileError('unsupported_file', 'unreadable');
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch {
    throw fileError('unsupported_file', 'unreadable');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) {
    throw fileError('unsupported_file', 'noWorksheet');
  }
  if (sheet.actualRowCount > MAX_ROWS + 1) {
    throw fileError('bad_request', 'tooManyRows', { count: sheet.actualRowCount - 1, limit: MAX_ROWS });
  }
  const records: Array<{ line: number; cells: string[] }> = [];
  sheet.eachRow({ includeEmpty: false }, (row, line) => {
    const values = Array.isArray(row.values) ? row.values : [];
    const cells: string[] = [];
    for (let i = 1; i < values.length; i++) {
      cells.push(cellText(values[i]));
    }
    records.push({ line, cells });
  });
  return toTable(records, 'utf-8');
}

/** Reads an uploaded table (member list, catalogue, sales): XLSX by its zip signature, otherwise delimited text in any supported encoding. */
export async function parseTableFile(buffer: Buffer): Promise<ParsedTable> {
  if (buffer.length > MAX_FILE_BYTES) {
    throw fileError('payload_too_large', 'tooLarge');
  }
  if (buffer.length === 0) {
    throw fileError('bad_request', 'empty');
  }
  if (startsWith(buffer, OLE_MAGIC)) {
    throw fileError('unsupported_file', 'legacyExcel');
  }
  return startsWith(buffer, ZIP_MAGIC) ? parseXlsx(buffer) : parseCsv(buffer);
}
