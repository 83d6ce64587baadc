import { afterRegistrationCancelled } from '../b2b/schedule-service.ts';
import { newId, newSecret } from '../../../platform/auth/secrets.ts';
import type { DbOrTrx } from '../../../platform/db/database.ts';
import type { Event, Locale } from '../../../platform/db/schema.ts';
import { AppError } from '../../../platform/errors.ts';
import type { EventAccess } from '../access.ts';
import { localToUtc, occurrenceOn, type Occurrence } from '../occurrences.ts';
import type { RegistrationQuestion } from '../shapes.ts';
import { checkAnswers } from './answers.ts';
import { queueRegistrationMail, type MailContext } from './mail.ts';
import { registrationError } from './messages.ts';
import { presentList, presentRegistration } from './presenter.ts';
import * as queries from './queries.ts';
import type { RegisterBody } from './schema.ts';

/** What every change needs besides the database: the clock and how to send e-mail. */
export interface Context {
  now: Date;
  mail: MailContext;
}

/** Who registers: a signed-in person (their account), or a visitor who gives name and e-mail. */
export type Registrant =
  | { kind: 'user'; userId: string; name: string; email: string; locale: Locale }
  | { kind: 'visitor'; locale: Locale };

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const invalid = (field: string, name: string, params?: Record<string, unknown>) =>
  new AppError('validation_failed', { fields: { [field]: registrationError(name, params) } });

/**
 * The occurrence named by its date, refused (400) when the event does not happen then; `open` also
 * refuses a cancelled or ended one (registering), `held` a cancelled one (the door).
 */
export function occurrenceOf(event: Event, date: string, need: 'exists' | 'held' | 'open', now: Date) {
  const occurrence = occurrenceOn(event, date);
  if (!occurrence) {
    throw invalid('date', 'noOccurrence', { date });
  }
  if (need !== 'exists' && (occurrence.cancelled || event.status === 'cancelled')) {
    throw invalid('date', 'occurrenceCancelled', { date });
  }
  if (need === 'open' && occurrence.endsAt <= now) {
    throw invalid('date', 'occurrenceEnded', { date });
  }
  return occurrence;
}

/** The occurrence a stored registration is for, even when the event's schedule has changed since. */
function occurrenceOrDate(event: Event, date: string): Occurrence {
  return (
    occurrenceOn(event, date) ?? {
      date,
      startsAt: localToUtc(date, event.start_time, event.time_zone),
      endsAt: localToUtc(date, event.end_time, event.time_zone),
      cancelled: true,
    }
  );
}

export async function present(db: DbOrTrx, row: queries.RegistrationRow, access: EventAccess) {
  const position = row.status === 'waitlisted' ? await queries.waitlistPosition(db, row) : null;
  const occurrence = occurrenceOrDate(access.event, row.occurrence);
  return presentRegistration(row, access.event, access.organization.slug, occurrence, position);
}

async function who(db: DbOrTrx, registrant: Registrant, body: RegisterBody) {
  let company = (body.company ?? '').trim();
  let businessId: string | null = null;
  if (body.businessSlug) {
    const business =
      registrant.kind === 'user'
        ? await queries.businessOfUser(db, registrant.userId, body.businessSlug)
        : null;
    if (!business) {
      throw invalid('businessSlug', 'notYourBusiness');
    }
    businessId = business.id;
    company = registrant.locale === 'ko' ? business.name_ko || business.name_en : business.name_en;
  }
  if (registrant.kind === 'user') {
    const { userId, name, email, locale } = registrant;
    return { userId, name, email: email.toLowerCase(), locale, company, businessId };
  }
  const name = (body.name ?? '').trim();
  const email = (body.email ?? '').trim().toLowerCase();
  if (!name) {
    throw invalid('name', 'nameMissing');
  }
  if (!EMAIL.test(email)) {
    throw invalid('email', 'emailInvalid');
  }
  return { userId: null, name, email, locale: registrant.locale, company, businessId };
}

/**
 * Promotes the people waiting, first in line first, while places are free (a cancellation, or a capacity
 * raised since), e-mailing each. Runs under the event's lock.
 */
async function fillPlaces(trx: DbOrTrx, access: EventAccess, occurrence: Occurrence, context: Context) {
  const { event } = access;
  if (occurrence.cancelled || event.status === 'cancelled' || occurrence.endsAt <= context.now) {
    return;
  }
  const counts = await queries.statusCounts(trx, event.id, occurrence.date);
  const free = event.capacity === null ? counts.waitlisted : event.capacity - counts.registered;
  if (free <= 0 || counts.waitlisted === 0) {
    return;
  }
  const stamp = context.now.toISOString();
  for (const { id } of await queries.firstWaiting(trx, event.id, occurrence.date, free)) {
    await queries.setStatus(trx, id, 'registered', stamp);
    const row = await queries.findById(trx, event.id, occurrence.date, id);
    if (row) {
      await queueRegistrationMail(
        trx,
        'promoted',
        row,
        event,
        access.organization.slug,
        occurrence,
        context.mail,
      );
    }
  }
}

/** A place if one is free (after the waitlist's own turn), else the waitlist, else 409 event_full. */
async function placeFor(trx: DbOrTrx, access: EventAccess, occurrence: Occurrence, context: Context) {
  await fillPlaces(trx, access, occurrence, context);
  const { event } = access;
  const counts = await queries.statusCounts(trx, event.id, occurrence.date);
  if (event.capacity === null || counts.registered < event.capacity) {
    return 'registered' as const;
  }
  if (event.waitlist === 1) {
    return 'waitlisted' as const;
  }
  throw new AppError('event_full');
}

/**
 * Registers for an occurrence. The same e-mail again returns the registration already there (nothing
 * doubled); a cancelled one comes back, subject to capacity. Counting happens under the event's lock,
 * so parallel registrations never fill past capacity.
 */
export async function register(
  trx: DbOrTrx,
  access: EventAccess,
  date: string,
  registrant: Registrant,
  body: RegisterBody,
  context: Context,
): Promise<{ created: boolean; registration: Awaited<ReturnType<typeof present>> }> {
  const { event } = access;
  const occurrence = occurrenceOf(event, date, 'open', context.now);
  const person = await who(trx, registrant, body);
  const questions = JSON.parse(event.questions) as RegistrationQuestion[];
  const answers = JSON.stringify(checkAnswers(questions, body.answers ?? {}, person.locale));
  await queries.lockEvent(trx, event.id);
  const stamp = await queries.nextStamp(trx, event.id, date);
  const existing = await queries.findByEmail(trx, event.id, date, person.email);
  if (existing && existing.status !== 'cancelled') {
    return { created: false, registration: await present(trx, existing, access) };
  }
  const status = await placeFor(trx, access, occurrence, context);
  let id: string;
  if (existing) {
    id = existing.id;
    // A place in line dates from joining it again, not from the first registration.
    await queries.updateRegistration(trx, id, {
      status,
      answers,
      company: person.company,
      updated_at: stamp,
      ...(status === 'waitlisted' ? { created_at: stamp } : {}),
    });
  } else {
    id = newId();
    await queries.insertRegistration(trx, {
      id,
      event_id: event.id,
      occurrence: date,
      user_id: person.userId,
      business_id: person.businessId,
      name: person.name,
      email: person.email,
      company: person.company,
      locale: person.locale,
      answers,
      status,
      ticket_code: newSecret(),
      checked_in_at: null,
      checked_in_by: null,
      reminded_at: null,
      created_at: stamp,
      updated_at: stamp,
    });
  }
  const row = await queries.findById(trx, event.id, date, id);
  if (!row) {
    throw new AppError('not_found');
  }
  const registration = await present(trx, row, access);
  await queueRegistrationMail(
    trx,
    status,
    row,
    event,
    access.organization.slug,
    occurrence,
    context.mail,
    registration.waitlistPosition,
  );
  return { created: !existing, registration };
}

/** Cancels (again: nothing changes); a place freed goes to the first person waiting. */
export async function cancel(trx: DbOrTrx, access: EventAccess, id: string, date: string, context: Context) {
  await queries.lockEvent(trx, access.event.id);
  const row = await queries.findById(trx, access.event.id, date, id);
  if (!row) {
    throw new AppError('not_found');
  }
  if (row.status !== 'cancelled') {
    await queries.setStatus(trx, id, 'cancelled', context.now.toISOString());
    if (row.status === 'registered') {
      await fillPlaces(trx, access, occurrenceOrDate(access.event, date), context);
      await afterRegistrationCancelled(trx, access, context.now);
    }
  }
  const after = await queries.findById(trx, access.event.id, date, id);
  return present(trx, after ?? row, access);
}

/** A registration of this occurrence, for its registrant or the organizers only (401/403 for others). */
export async function ownRegistration(
  db: DbOrTrx,
  access: EventAccess,
  date: string,
  id: string,
  userId: string | null,
  anonymous: boolean,
) {
  const row = await queries.findById(db, access.event.id, date, id);
  if (!row) {
    throw new AppError('not_found');
  }
  if (!access.canManage && (userId === null || row.user_id !== userId)) {
    throw new AppError(anonymous ? 'unauthenticated' : 'forbidden');
  }
  return row;
}

/** The signed-in person's registration for the occurrence: by account, else by their e-mail; or null. */
export async function mine(db: DbOrTrx, access: EventAccess, date: string, userId: string, email: string) {
  occurrenceOf(access.event, date, 'exists', new Date());
  const row =
    (await queries.findByUser(db, access.event.id, date, userId)) ??
    (await queries.findByEmail(db, access.event.id, date, email.toLowerCase()));
  return { registration: row ? await present(db, row, access) : null };
}

/** The ticket with this code, when it belongs to this event (else 404: a code is the only key). */
export async function ticket(db: DbOrTrx, event: Event, code: string) {
  const row = await queries.findByCode(db, code);
  if (!row || row.event_id !== event.id) {
    throw new AppError('not_found');
  }
  return row;
}

export async function list(db: DbOrTrx, access: EventAccess, date: string) {
  const occurrence = occurrenceOf(access.event, date, 'exists', new Date());
  const rows = await queries.listForOccurrence(db, access.event.id, date);
  const counts = await queries.statusCounts(db, access.event.id, date);
  return presentList(rows, counts, access.event, occurrence);
}
