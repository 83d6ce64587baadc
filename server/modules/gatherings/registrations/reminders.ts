import type { FastifyInstance } from 'fastify';
import type { DbOrTrx } from '../../../platform/db/database.ts';
import { occurrenceOn, type Occurrence } from '../occurrences.ts';
import { queueRegistrationMail, type MailContext } from './mail.ts';
import * as queries from './queries.ts';

const HOUR_MS = 3_600_000;
/** Occurrences are named by local dates: two days back covers every zone's "today" and a late evening. */
const LOOK_BACK_MS = 48 * HOUR_MS;

type Candidate = Awaited<ReturnType<typeof queries.awaitingReminder>>[number];

/**
 * Whether a registration's reminder is due at `at`: its occurrence (held, not cancelled) has not started
 * and its reminder time has come — however long ago, so a sweep after downtime catches up. People who
 * registered after the reminder time are left out: their confirmation came with everything a reminder says.
 */
function isDue(candidate: Candidate, occurrence: Occurrence, hours: number, at: Date): boolean {
  if (occurrence.cancelled || occurrence.startsAt <= at) {
    return false;
  }
  const remindAt = occurrence.startsAt.getTime() - hours * HOUR_MS;
  return remindAt <= at.getTime() && candidate.created_at < new Date(remindAt).toISOString();
}

/** One event's due reminders, each claimed by a conditional update before its e-mail is queued. */
async function remindForEvent(trx: DbOrTrx, eventId: string, due: Candidate[], at: Date, mail: MailContext) {
  const event = await trx.selectFrom('events').selectAll().where('id', '=', eventId).executeTakeFirst();
  if (!event || event.status !== 'scheduled' || event.reminder_hours <= 0) {
    return 0;
  }
  const organization = await trx
    .selectFrom('organizations')
    .select('slug')
    .where('id', '=', event.organization_id)
    .executeTakeFirstOrThrow();
  const occurrences = new Map<string, Occurrence | null>();
  let sent = 0;
  for (const candidate of due) {
    if (!occurrences.has(candidate.occurrence)) {
      occurrences.set(candidate.occurrence, occurrenceOn(event, candidate.occurrence));
    }
    const occurrence = occurrences.get(candidate.occurrence) ?? null;
    if (!occurrence || !isDue(candidate, occurrence, event.reminder_hours, at)) {
      continue;
    }
    if (await queries.markReminded(trx, candidate.id, at.toISOString())) {
      const row = await queries.findById(trx, event.id, candidate.occurrence, candidate.id);
      if (row) {
        await queueRegistrationMail(trx, 'reminder', row, event, organization.slug, occurrence, mail);
        sent += 1;
      }
    }
  }
  return sent;
}

/**
 * The reminder sweep (every 15 minutes): e-mails each registered person `reminder_hours` before their
 * occurrence, once, even with several server instances or overlapping runs. Returns how many were sent.
 */
export async function sendEventReminders(app: FastifyInstance, at: Date): Promise<number> {
  const fromDate = new Date(at.getTime() - LOOK_BACK_MS).toISOString().slice(0, 10);
  const candidates = await queries.awaitingReminder(app.db, fromDate);
  const byEvent = new Map<string, Candidate[]>();
  for (const candidate of candidates) {
    byEvent.set(candidate.event_id, [...(byEvent.get(candidate.event_id) ?? []), candidate]);
  }
  const mail = {
    smtpConfigured: app.mail.smtpConfigured,
    uploadDir: app.config.uploadDir,
    publicUrl: app.config.publicUrl,
  };
  let sent = 0;
  for (const [eventId, due] of byEvent) {
    sent += await app.db.transaction().execute((trx) => remindForEvent(trx, eventId, due, at, mail));
  }
  if (sent > 0) {
    void app.mail.deliverQueued().catch((error: unknown) => app.log.error(error));
  }
  return sent;
}
