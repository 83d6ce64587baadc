/** The catalogue import API's shapes (server/modules/inventory/catalogue/schema.ts). */
export type { ImportPreview as CataloguePreview } from '../../admin/types.ts';

export interface CatalogueSummary {
  rows: number;
  valid: number;
  invalid: number;
  created: number;
  updated: number;
  unchanged: number;
  counted: number;
  suppliersCreated: number;
}

export interface CatalogueResult {
  /** 'failed': a real import refused because of the rows in `errors`; nothing was changed. */
  status: 'done' | 'failed';
  dryRun: boolean;
  summary: CatalogueSummary;
  errors: { line: number; field: string; message: string }[];
}
