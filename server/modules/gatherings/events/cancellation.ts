import type { DbOrTrx } from '../../../platform/db/database.ts';
import type { Event, Locale } from '../../../platform/db/schema.ts';
import { notFound } from '../../../platform/errors.ts';
import { queueMail } from '../../../platform/mail/outbox.ts';
import type { EventAccess } from '../access.ts';
import { occurrenceOn, occurrencesBetween } from '../occurrences.ts';
import { peopleAt } from './queries.ts';
import { eventDetail, saveVersioned } from './service.ts';

export interface MailContext {
  publicUrl: string;
  smtpConfigured: boolean;
}

/** "Thursday, January 21, 2027 at 7:30 AM" / "2027년 1월 21일 목요일 오전 7:30", in the event's zone. */
export function occurrenceLabel(event: Event, date: string, locale: Locale): string {
  const occurrence = occurrenceOn(event, date);
  const at = occurrence?.startsAt ?? new Date(`${date}T12:00:00Z`);
  return new Intl.DateTimeFormat(locale === 'ko' ? 'ko-KR' : 'en-US', {
    dateStyle: 'full',
    timeStyle: 'short',
    timeZone: event.time_zone,
  }).format(at);
}

async function tell(
  trx: DbOrTrx,
  access: EventAccess,
  dates: string[],
  template: 'occurrenceCancelled' | 'eventCancelled',
  mail: MailContext,
) {
  const { event, organization } = access;
  for (const person of await peopleAt(trx, event.id, dates)) {
    const locale: Locale = person.locale === 'ko' ? 'ko' : 'en';
    await queueMail(
      trx,
      {
        to: person.email,
        locale,
        template: `events:mail.${template}`,
        params: {
          title: locale === 'ko' ? event.title_ko : event.title_en,
          when: occurrenceLabel(event, person.occurrence, locale),
          link: `${mail.publicUrl}/events/${organization.slug}/${event.id}?date=${person.occurrence}`,
        },
        organizationId: organization.id,
      },
      mail.smtpConfigured,
    );
  }
}

/**
 * Cancels one occurrence (`date`) or the whole event. The people registered or waiting for the occurrences
 * that no longer happen are told by e-mail in their own language; their registrations stay as they were
 * (the attendance report shows the occurrence as cancelled). Cancelling what is already cancelled changes
 * nothing and sends nothing, whatever the version.
 */
export async function cancel(
  trx: DbOrTrx,
  access: EventAccess,
  body: { date?: string | undefined; version: number },
  mail: MailContext,
  now: Date,
) {
  const { event } = access;
  const cancelled = JSON.parse(event.cancelled_dates) as string[];
  if (body.date !== undefined) {
    const occurrence = occurrenceOn(event, body.date);
    if (!occurrence) {
      throw notFound();
    }
    if (occurrence.cancelled || event.status === 'cancelled') {
      return eventDetail(trx, access, now);
    }
    const dates = [...cancelled, body.date].sort();
    const updated = await saveVersioned(
      trx,
      access,
      body.version,
      { cancelled_dates: JSON.stringify(dates) },
      now,
    );
    await tell(trx, updated, [body.date], 'occurrenceCancelled', mail);
    return eventDetail(trx, updated, now);
  }
  if (event.status === 'cancelled') {
    return eventDetail(trx, access, now);
  }
  const updated = await saveVersioned(trx, access, body.version, { status: 'cancelled' }, now);
  const coming = occurrencesBetween(event, now, new Date(now.getTime() + 10 * 366 * 86_400_000), 5000)
    .filter((o) => !o.cancelled)
    .map((o) => o.date);
  await tell(trx, updated, coming, 'eventCancelled', mail);
  return eventDetail(trx, updated, now);
}
