import { Type, type Static } from 'typebox';

export const OrgParams = Type.Object(
  { slug: Type.String({ maxLength: 100 }) },
  { additionalProperties: false },
);

export const JobParams = Type.Object(
  { slug: Type.String({ maxLength: 100 }), jobId: Type.String({ maxLength: 64 }) },
  { additionalProperties: false },
);

export const ExportQuery = Type.Object(
  {
    format: Type.Optional(Type.Union([Type.Literal('csv'), Type.Literal('xlsx')], { default: 'csv' })),
    lang: Type.Optional(Type.Union([Type.Literal('ko'), Type.Literal('en')])),
  },
  { additionalProperties: false },
);
export type ExportQuery = Static<typeof ExportQuery>;

const MemberField = Type.String({ maxLength: 40 });

export const PreviewResponse = Type.Object({
  encoding: Type.Union([Type.Literal('utf-8'), Type.Literal('utf-8-bom'), Type.Literal('cp949')]),
  headers: Type.Array(Type.String()),
  suggestedMapping: Type.Record(Type.String(), Type.Union([MemberField, Type.Null()])),
  fields: Type.Array(Type.Object({ key: MemberField, required: Type.Boolean() })),
  sampleRows: Type.Array(Type.Array(Type.String())),
  rowCount: Type.Integer(),
});

export const StartResponse = Type.Object({ jobId: Type.String() });

export const JobResponse = Type.Object({
  id: Type.String(),
  status: Type.Union([Type.Literal('running'), Type.Literal('done'), Type.Literal('failed')]),
  processed: Type.Integer(),
  total: Type.Integer(),
  dryRun: Type.Boolean(),
  summary: Type.Optional(
    Type.Object({
      valid: Type.Integer(),
      invalid: Type.Integer(),
      created: Type.Integer(),
      updated: Type.Integer(),
      unchanged: Type.Integer(),
    }),
  ),
  errors: Type.Array(Type.Object({ line: Type.Integer(), field: Type.String(), message: Type.String() })),
});

/** Documents the multipart form (validated by the handler, since parts are streamed). */
export const multipartDescription =
  'multipart/form-data: `file` (.csv or .xlsx, at most 10 MB and 50,000 rows); on import also `mapping` ' +
  '(JSON object header → field, or null to skip a column; suggested mapping when omitted) and `dryRun` ' +
  "('true' | 'false', default 'false').";
