import { Type, type Static } from 'typebox';

export const NotificationItem = Type.Object({
  id: Type.String(),
  kind: Type.String(),
  title: Type.String(),
  body: Type.String(),
  link: Type.Union([Type.String(), Type.Null()]),
  readAt: Type.Union([Type.String(), Type.Null()]),
  createdAt: Type.String(),
});

export const NotificationList = Type.Object({
  unreadCount: Type.Integer(),
  items: Type.Array(NotificationItem),
});

export const ReadBody = Type.Object(
  {
    ids: Type.Optional(Type.Array(Type.String({ maxLength: 64 }), { maxItems: 200 })),
    all: Type.Optional(Type.Literal(true)),
  },
  { additionalProperties: false },
);
export type ReadBody = Static<typeof ReadBody>;

export const UnreadResponse = Type.Object({ unreadCount: Type.Integer() });

const EmailSetting = Type.Union([Type.Literal('instant'), Type.Literal('digest'), Type.Literal('off')]);

export const Settings = Type.Object({ email: EmailSetting }, { additionalProperties: false });
export type Settings = Static<typeof Settings>;
