import type { SalesImportRow } from './queries.ts';

export function presentSalesImport(row: SalesImportRow) {
  return {
    id: row.id,
    fileName: row.filename,
    format: row.format,
    rowCount: row.row_count,
    movementCount: row.movement_count,
    firstDay: row.first_day,
    lastDay: row.last_day,
    importedBy: row.user_name ?? null,
    createdAt: row.created_at,
  };
}
