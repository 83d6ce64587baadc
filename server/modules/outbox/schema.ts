import { Type } from 'typebox';
import { Nullable } from '../organizations/schema.ts';

export const OutboxMessage = Type.Object({
  id: Type.String(),
  toAddress: Type.String(),
  subject: Type.String(),
  bodyText: Type.String(),
  locale: Type.String(),
  status: Type.String(),
  createdAt: Type.String(),
  sentAt: Nullable(Type.String()),
});
