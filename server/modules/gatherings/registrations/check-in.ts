import type { DbOrTrx } from '../../../platform/db/database.ts';
import type { Locale } from '../../../platform/db/schema.ts';
import { AppError } from '../../../platform/errors.ts';
import type { EventAccess } from '../access.ts';
import { registrationError } from './messages.ts';
import { presentCounts } from './presenter.ts';
import * as queries from './queries.ts';
import { occurrenceOf } from './service.ts';
import { codeFrom } from './tickets.ts';

const refused = (code: 'not_found' | 'conflict', name: string) =>
  new AppError(code, { fields: { code: registrationError(name) } });

/** The event a ticket belongs to, named for the door: its title in the reader's language and the date. */
async function otherEventName(db: DbOrTrx, eventId: string, occurrence: string, locale: Locale) {
  const other = await db
    .selectFrom('events')
    .select(['title_ko', 'title_en'])
    .where('id', '=', eventId)
    .executeTakeFirst();
  const title = other ? (locale === 'ko' ? other.title_ko || other.title_en : other.title_en) : '';
  return `${title}, ${occurrence}`;
}

/**
 * Checks in the ticket scanned or typed at the door of this occurrence. A second scan answers the first
 * time and counts nothing twice (the update only takes a row not yet checked in); a ticket of another
 * event or another day, a waitlisted or a cancelled one, or an unknown code change nothing.
 */
export async function checkIn(
  trx: DbOrTrx,
  access: EventAccess,
  date: string,
  raw: string,
  by: string | null,
  locale: Locale,
  now: Date,
) {
  const { event } = access;
  occurrenceOf(event, date, 'held', now);
  const row = await queries.findByCode(trx, codeFrom(raw));
  if (!row) {
    throw refused('not_found', 'unknownCode');
  }
  if (row.event_id !== event.id || row.occurrence !== date) {
    const name = await otherEventName(trx, row.event_id, row.occurrence, locale);
    throw new AppError('ticket_other_event', { params: { event: name } });
  }
  if (row.status !== 'registered') {
    throw refused('conflict', row.status);
  }
  const first = await queries.checkIn(trx, row.id, by, now.toISOString());
  const after = await queries.findById(trx, event.id, date, row.id);
  return {
    registration: { id: row.id, name: row.name, company: row.company },
    checkedInAt: after?.checked_in_at ?? now.toISOString(),
    alreadyCheckedIn: !first,
    counts: presentCounts(await queries.statusCounts(trx, event.id, date), event),
  };
}
