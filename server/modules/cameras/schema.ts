import { Type, type Static } from 'typebox';

const Slug = Type.String({ minLength: 1, maxLength: 80 });
const Id = Type.String({ minLength: 1, maxLength: 64 });

const fields = {
  label: Type.String({ minLength: 1, maxLength: 120 }),
  /** Defaults to the business's own location. */
  latitude: Type.Number({ minimum: -90, maximum: 90 }),
  longitude: Type.Number({ minimum: -180, maximum: 180 }),
  /**
   * Compass bearing the camera faces (0 = north, 90 = east); null when it sees all around. Null comes
   * first in the union: with type coercion on, Ajv would otherwise turn null into 0 (north).
   */
  directionDegrees: Type.Union([Type.Null(), Type.Integer({ minimum: 0, maximum: 359 })]),
  retentionDays: Type.Integer({ minimum: 0, maximum: 3650 }),
  /** Footage may be shared with the police on request. */
  shareable: Type.Boolean(),
};

export const CameraCreateBody = Type.Object(
  {
    label: fields.label,
    latitude: Type.Optional(fields.latitude),
    longitude: Type.Optional(fields.longitude),
    directionDegrees: Type.Optional(fields.directionDegrees),
    retentionDays: fields.retentionDays,
    shareable: Type.Optional(fields.shareable),
  },
  { additionalProperties: false },
);
export type CameraCreateBody = Static<typeof CameraCreateBody>;

export const CameraUpdateBody = Type.Object(
  {
    label: Type.Optional(fields.label),
    latitude: Type.Optional(fields.latitude),
    longitude: Type.Optional(fields.longitude),
    directionDegrees: Type.Optional(fields.directionDegrees),
    retentionDays: Type.Optional(fields.retentionDays),
    shareable: Type.Optional(fields.shareable),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type CameraUpdateBody = Static<typeof CameraUpdateBody>;

export const SlugParams = Type.Object({ slug: Slug }, { additionalProperties: false });
export const CameraParams = Type.Object({ slug: Slug, id: Id }, { additionalProperties: false });

export const Camera = Type.Object({
  id: Type.String(),
  label: Type.String(),
  latitude: Type.Number(),
  longitude: Type.Number(),
  directionDegrees: Type.Union([Type.Integer(), Type.Null()]),
  retentionDays: Type.Integer(),
  shareable: Type.Boolean(),
  createdAt: Type.String(),
  updatedAt: Type.String(),
});
export const CameraList = Type.Array(Camera);
