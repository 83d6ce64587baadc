import { Type } from 'typebox';

export const SlugParams = Type.Object(
  { slug: Type.String({ minLength: 1, maxLength: 80 }) },
  { additionalProperties: false },
);

const Field = Type.String({ maxLength: 40 });

export const PreviewResponse = Type.Object({
  encoding: Type.Union([Type.Literal('utf-8'), Type.Literal('utf-8-bom'), Type.Literal('cp949')]),
  headers: Type.Array(Type.String()),
  suggestedMapping: Type.Record(Type.String(), Type.Union([Field, Type.Null()])),
  fields: Type.Array(Type.Object({ key: Field, required: Type.Boolean() })),
  sampleRows: Type.Array(Type.Array(Type.String())),
  rowCount: Type.Integer(),
});

export const ImportResponse = Type.Object({
  /** 'failed': a real import refused because of the rows in `errors`; nothing was changed. */
  status: Type.Union([Type.Literal('done'), Type.Literal('failed')]),
  dryRun: Type.Boolean(),
  summary: Type.Object({
    rows: Type.Integer(),
    valid: Type.Integer(),
    invalid: Type.Integer(),
    created: Type.Integer(),
    updated: Type.Integer(),
    unchanged: Type.Integer(),
    counted: Type.Integer(),
    suppliersCreated: Type.Integer(),
  }),
  errors: Type.Array(Type.Object({ line: Type.Integer(), field: Type.String(), message: Type.String() })),
});

/** Documents the multipart form (validated by the handler, since parts are streamed). */
export const multipartDescription =
  'multipart/form-data: `file` (.csv or .xlsx, at most 10 MB and 50,000 rows); on import also `mapping` ' +
  '(JSON object header → field, or null to skip a column; suggested mapping when omitted) and `dryRun` ' +
  "('true' | 'false', default 'false'). Money in dollars with a decimal point (3.49, $1,234.50).";
