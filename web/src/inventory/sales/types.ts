/** The sales import API's shapes (server/modules/inventory/sales/schema.ts). */
export type GenericFormat = 'generic-daily' | 'generic-transactions';
export type SalesFormat = GenericFormat | 'square-items';
import type { FieldChoice, Mapping } from '../../components/ColumnMapping.tsx';

export type { FieldChoice, Mapping };

export interface SalesPreview {
  format: SalesFormat;
  encoding: 'utf-8' | 'utf-8-bom' | 'cp949';
  headers: string[];
  rowCount: number;
  sampleRows: string[][];
  mapping: Mapping | null;
  savedMapping: boolean;
  generic: Record<GenericFormat, { fields: FieldChoice[]; mapping: Mapping }>;
}

export interface SalesImport {
  id: string;
  fileName: string;
  format: SalesFormat;
  rowCount: number;
  movementCount: number;
  firstDay: string | null;
  lastDay: string | null;
  importedBy: string | null;
  createdAt: string;
}

export interface NegativeStock {
  productId: string;
  sku: string;
  nameKo: string;
  nameEn: string;
  locationId: string;
  locationName: string;
  onHand: number;
  after: number;
}

export interface SalesReport {
  dryRun: boolean;
  format: SalesFormat;
  encoding: SalesPreview['encoding'];
  rowCount: number;
  newLines: number;
  alreadyImported: number;
  withoutSku: number;
  unitsSold: number;
  firstDay: string | null;
  lastDay: string | null;
  errors: { line: number; field: string; message: string }[];
  negative: NegativeStock[];
  salesImport: SalesImport | null;
}

export interface SalesImportPage {
  items: SalesImport[];
  total: number;
  page: number;
  pageSize: number;
}

export interface Location {
  id: string;
  name: string;
}
