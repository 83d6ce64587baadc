import { Type, type Static } from 'typebox';
import { days } from './hours.ts';
import { themes } from './themes.ts';

const Slug = Type.String({ minLength: 1, maxLength: 80 });
const Id = Type.String({ minLength: 1, maxLength: 64 });
const Time = Type.String({ pattern: '^([01]\\d|2[0-3]):[0-5]\\d$' });

export const SlugParams = Type.Object({ slug: Slug }, { additionalProperties: false });
export const ItemParams = Type.Object({ slug: Slug, id: Id }, { additionalProperties: false });
export const PageQuery = Type.Object({
  /** ko or en; anything else falls back to the browser's language rather than failing the page. */
  lang: Type.Optional(Type.String({ maxLength: 10 })),
  /** A preview of another theme, for the editor's theme picker; the saved theme is unchanged. */
  theme: Type.Optional(Type.Enum([...themes])),
});

const Hours = Type.Array(
  Type.Object({ day: Type.Enum([...days]), opens: Time, closes: Time }, { additionalProperties: false }),
  { maxItems: 21 },
);

export const SiteUpdateBody = Type.Object(
  {
    theme: Type.Optional(Type.Enum([...themes])),
    taglineKo: Type.Optional(Type.String({ maxLength: 160 })),
    taglineEn: Type.Optional(Type.String({ maxLength: 160 })),
    aboutKo: Type.Optional(Type.String({ maxLength: 4000 })),
    aboutEn: Type.Optional(Type.String({ maxLength: 4000 })),
    hours: Type.Optional(Hours),
  },
  { additionalProperties: false },
);
export type SiteUpdateBody = Static<typeof SiteUpdateBody>;

const Photo = Type.Object({ id: Type.String(), url: Type.String() });

export const SiteResponse = Type.Object({
  slug: Type.String(),
  nameKo: Type.String(),
  nameEn: Type.String(),
  theme: Type.Enum([...themes]),
  themes: Type.Array(Type.String()),
  taglineKo: Type.String(),
  taglineEn: Type.String(),
  aboutKo: Type.String(),
  aboutEn: Type.String(),
  hours: Hours,
  photos: Type.Array(Photo),
  maxPhotos: Type.Integer(),
  pageUrl: Type.String(),
  qrUrl: Type.String(),
  printUrl: Type.String(),
  /** Whether the caller may invite and revoke web designers (the business's own people). */
  canInvite: Type.Boolean(),
});
export type SiteResponse = Static<typeof SiteResponse>;

export const PhotoResponse = Photo;

export const EditorInviteBody = Type.Object(
  {
    email: Type.String({ minLength: 3, maxLength: 254, pattern: '^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$' }),
    days: Type.Integer({ minimum: 1, maximum: 90 }),
  },
  { additionalProperties: false },
);
export type EditorInviteBody = Static<typeof EditorInviteBody>;

export const EditorResponse = Type.Object({
  id: Type.String(),
  email: Type.String(),
  expiresAt: Type.String(),
  expired: Type.Boolean(),
  createdAt: Type.String(),
});
export const EditorListResponse = Type.Object({ editors: Type.Array(EditorResponse) });
