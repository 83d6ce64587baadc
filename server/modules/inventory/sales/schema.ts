import { Type, type Static } from 'typebox';

const Format = Type.Enum(['generic-daily', 'generic-transactions', 'square-items']);
const Encoding = Type.Enum(['utf-8', 'utf-8-bom', 'cp949']);
const Field = Type.String({ maxLength: 40 });
const Mapping = Type.Record(Type.String(), Type.Union([Field, Type.Null()]));
const Flag = Type.Enum(['true', 'false']);

/**
 * The text parts of the import's multipart form (validated by the handler, since parts are streamed).
 * `mapping` is JSON: file header → field (date, time, transactionId, sku, quantity, location) or null.
 */
export const SalesImportFields = Type.Object(
  {
    format: Type.Optional(Format),
    mapping: Type.Optional(Type.String({ maxLength: 20_000 })),
    locationId: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
    dryRun: Type.Optional(Flag),
    allowNegative: Type.Optional(Flag),
  },
  { additionalProperties: false },
);
export type SalesImportFields = Static<typeof SalesImportFields>;

export const salesMultipartDescription =
  'multipart/form-data: `file` (.csv or .xlsx, at most 10 MB and 50,000 lines); on import also `format` ' +
  "('generic-daily' | 'generic-transactions' | 'square-items'; detected when omitted), `mapping` (JSON " +
  'object header → field or null, for the generic formats; the saved or suggested mapping when omitted), ' +
  "`locationId` (every line to this location instead of the file's location column), `dryRun` and " +
  "`allowNegative` ('true' | 'false', default 'false'). Text fields go before the file.";

const FieldList = Type.Array(Type.Object({ key: Field, required: Type.Boolean() }));

export const SalesPreview = Type.Object({
  format: Format,
  encoding: Encoding,
  headers: Type.Array(Type.String()),
  rowCount: Type.Integer(),
  sampleRows: Type.Array(Type.Array(Type.String())),
  /** The mapping offered for a generic format: the store's saved one when it fits, else suggested. */
  mapping: Type.Union([Mapping, Type.Null()]),
  savedMapping: Type.Boolean(),
  /** Each generic format's fields and suggested mapping, for switching between them. */
  generic: Type.Object({
    'generic-daily': Type.Object({ fields: FieldList, mapping: Mapping }),
    'generic-transactions': Type.Object({ fields: FieldList, mapping: Mapping }),
  }),
});

const Problem = Type.Object({ line: Type.Integer(), field: Type.String(), message: Type.String() });

const NegativeStock = Type.Object({
  productId: Type.String(),
  sku: Type.String(),
  nameKo: Type.String(),
  nameEn: Type.String(),
  locationId: Type.String(),
  locationName: Type.String(),
  onHand: Type.Integer(),
  after: Type.Integer(),
});

const SalesImport = Type.Object({
  id: Type.String(),
  fileName: Type.String(),
  format: Format,
  rowCount: Type.Integer(),
  movementCount: Type.Integer(),
  firstDay: Type.Union([Type.String(), Type.Null()]),
  lastDay: Type.Union([Type.String(), Type.Null()]),
  importedBy: Type.Union([Type.String(), Type.Null()]),
  createdAt: Type.String(),
});

/** What a dry run found, or what an import did. */
export const SalesReport = Type.Object({
  dryRun: Type.Boolean(),
  format: Format,
  encoding: Encoding,
  rowCount: Type.Integer(),
  /** Lines (after adding up a daily file's repeated lines) that add a movement. */
  newLines: Type.Integer(),
  alreadyImported: Type.Integer(),
  withoutSku: Type.Integer(),
  /** Units sold by the new lines, refunds taken off. */
  unitsSold: Type.Integer(),
  firstDay: Type.Union([Type.String(), Type.Null()]),
  lastDay: Type.Union([Type.String(), Type.Null()]),
  errors: Type.Array(Problem),
  /** Products the new lines would take below zero at a location. */
  negative: Type.Array(NegativeStock),
  salesImport: Type.Union([SalesImport, Type.Null()]),
});

export const SalesImportQuery = Type.Object(
  {
    page: Type.Optional(Type.Integer({ minimum: 1, maximum: 10_000 })),
    pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 100 })),
  },
  { additionalProperties: false },
);
export type SalesImportQuery = Static<typeof SalesImportQuery>;

export const SalesImportPage = Type.Object({
  items: Type.Array(SalesImport),
  total: Type.Integer(),
  page: Type.Integer(),
  pageSize: Type.Integer(),
});
