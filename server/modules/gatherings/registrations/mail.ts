import type { DbOrTrx } from '../../../platform/db/database.ts';
import type { Event, EventRegistration, Locale } from '../../../platform/db/schema.ts';
import { t } from '../../../platform/i18n/index.ts';
import { queueMail } from '../../../platform/mail/outbox.ts';
import type { Occurrence } from '../occurrences.ts';
import { ticketPath, ticketQrPng } from './tickets.ts';
import './messages.ts';

/** What sending needs from the running server. */
export interface MailContext {
  smtpConfigured: boolean;
  uploadDir: string;
  publicUrl: string;
}

export type RegistrationMail = 'registered' | 'waitlisted' | 'promoted' | 'reminder';

/** The occurrence's date and hours on the event's own clock, in the reader's language. */
export function occurrenceWhen(locale: Locale, occurrence: Occurrence, timeZone: string): string {
  const format = new Intl.DateTimeFormat(locale === 'ko' ? 'ko-KR' : 'en-US', {
    dateStyle: 'full',
    timeStyle: 'short',
    timeZone,
  });
  return format.formatRange(occurrence.startsAt, occurrence.endsAt);
}

/**
 * Queues one registration e-mail in the registrant's language (inside the caller's transaction). A place
 * (registered, promoted) comes with the ticket's QR code as a PNG; every mail links to the ticket page.
 */
export async function queueRegistrationMail(
  db: DbOrTrx,
  kind: RegistrationMail,
  registration: Pick<EventRegistration, 'name' | 'email' | 'locale' | 'ticket_code' | 'occurrence'>,
  event: Event,
  organizationSlug: string,
  occurrence: Occurrence,
  mail: MailContext,
  position: number | null = null,
): Promise<void> {
  const locale = registration.locale;
  const venue = [event.venue_name, event.venue_address].filter((part) => part.trim() !== '').join(', ');
  const code = registration.ticket_code;
  const withTicket = kind === 'registered' || kind === 'promoted';
  await queueMail(
    db,
    {
      to: registration.email,
      locale,
      template: `registrations:mail.${kind}`,
      params: {
        name: registration.name,
        title: locale === 'ko' ? event.title_ko || event.title_en : event.title_en || event.title_ko,
        when: occurrenceWhen(locale, occurrence, event.time_zone),
        zone: event.time_zone,
        venue: venue || t(locale, 'registrations:mail.noVenue'),
        link: `${mail.publicUrl}${ticketPath(organizationSlug, event.id, registration.occurrence, code)}`,
        position,
      },
      organizationId: event.organization_id,
    },
    mail.smtpConfigured,
    withTicket
      ? { uploadDir: mail.uploadDir, files: [{ filename: 'ticket.png', content: await ticketQrPng(code) }] }
      : undefined,
  );
}
