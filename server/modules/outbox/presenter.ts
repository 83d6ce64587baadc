import type { Locale, OutboxTable } from '../../platform/db/schema.ts';

export function presentMessage(m: {
  id: string;
  to_address: string;
  subject: string;
  body_text: string;
  locale: Locale;
  status: OutboxTable['status'];
  created_at: string;
  sent_at: string | null;
}) {
  return {
    id: m.id,
    toAddress: m.to_address,
    subject: m.subject,
    bodyText: m.body_text,
    locale: m.locale,
    status: m.status,
    createdAt: m.created_at,
    sentAt: m.sent_at,
  };
}
