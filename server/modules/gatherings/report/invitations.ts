import type { FastifyInstance } from 'fastify';
import type { Event } from '../../../platform/db/schema.ts';
import { queueMail } from '../../../platform/mail/outbox.ts';
import { occurrenceOn } from '../occurrences.ts';
import './messages.ts';

const DAY_MS = 86_400_000;
/** After two weeks an invitation is noise: a server down longer than that does not catch up on it. */
const CATCH_UP_DAYS = 14;

function dayString(at: Date): string {
  return at.toISOString().slice(0, 10);
}

function longDate(date: string, locale: 'ko' | 'en'): string {
  return new Intl.DateTimeFormat(locale === 'ko' ? 'ko-KR' : 'en-US', {
    dateStyle: 'long',
    timeZone: 'UTC',
  }).format(new Date(`${date}T12:00:00Z`));
}

/** Attendees (checked in, not answered, not invited yet) of occurrences that may have ended by `at`. */
function candidates(app: FastifyInstance, at: Date) {
  return (
    app.db
      .selectFrom('event_registrations as r')
      .innerJoin('events as e', 'e.id', 'r.event_id')
      .innerJoin('organizations as o', 'o.id', 'e.organization_id')
      .leftJoin('event_survey_responses as s', 's.registration_id', 'r.id')
      .selectAll('e')
      .select([
        'r.id as registration_id',
        'r.occurrence',
        'r.name',
        'r.email',
        'r.locale',
        'r.ticket_code',
        'o.slug as organization_slug',
      ])
      .where('r.checked_in_at', 'is not', null)
      .where('r.survey_sent_at', 'is', null)
      .where('r.status', '!=', 'cancelled')
      .where('s.registration_id', 'is', null)
      // Local dates: a day of slack on each side covers every zone's offset from UTC.
      .where('r.occurrence', '>=', dayString(new Date(at.getTime() - (CATCH_UP_DAYS + 1) * DAY_MS)))
      .where('r.occurrence', '<=', dayString(new Date(at.getTime() + DAY_MS)))
      .execute()
  );
}

function ended(event: Event, date: string, at: Date): boolean {
  const occurrence = occurrenceOn(event, date);
  if (!occurrence) {
    return false;
  }
  const end = occurrence.endsAt.getTime();
  return end <= at.getTime() && end > at.getTime() - CATCH_UP_DAYS * DAY_MS;
}

/**
 * Hourly: e-mails each attendee who checked in a link to the survey once the occurrence has ended, in their
 * language, through the outbox. The conditional update (survey_sent_at still null) and the mail share one
 * transaction, so with several instances, or a sweep that overlaps the last one, each attendee gets one
 * e-mail; a server that was down catches up on its next run.
 */
export async function inviteToSurveys(app: FastifyInstance, at: Date): Promise<number> {
  const stamp = at.toISOString();
  let sent = 0;
  for (const row of await candidates(app, at)) {
    if (!ended(row, row.occurrence, at)) {
      continue;
    }
    const link = `${app.config.publicUrl}/events/${row.organization_slug}/${row.id}/survey?date=${row.occurrence}&code=${encodeURIComponent(row.ticket_code)}`;
    const invited = await app.db.transaction().execute(async (trx) => {
      const result = await trx
        .updateTable('event_registrations')
        .set({ survey_sent_at: stamp })
        .where('id', '=', row.registration_id)
        .where('survey_sent_at', 'is', null)
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) !== 1) {
        return false;
      }
      const title = row.locale === 'ko' ? row.title_ko : row.title_en;
      const params = { name: row.name, title, date: longDate(row.occurrence, row.locale), link };
      await queueMail(
        trx,
        {
          to: row.email,
          locale: row.locale,
          template: 'eventReport:mail.survey',
          params,
          organizationId: row.organization_id,
        },
        app.mail.smtpConfigured,
      );
      return true;
    });
    sent += invited ? 1 : 0;
  }
  if (sent > 0) {
    void app.mail.deliverQueued().catch((error: unknown) => app.log.error(error));
  }
  return sent;
}
