import { newId } from '../../../platform/auth/secrets.ts';
import type { DbOrTrx } from '../../../platform/db/database.ts';
import type { Locale } from '../../../platform/db/schema.ts';
import { AppError, notFound } from '../../../platform/errors.ts';
import * as introductionQueries from '../../introductions/queries.ts';
import { EXPIRY_DAYS, tellBusiness } from '../../introductions/service.ts';
import type { EventAccess } from '../access.ts';
import { TICKET_PREFIX } from '../shapes.ts';
import { presentLead } from './presenter.ts';
import * as queries from './queries.ts';
import type { LeadBody } from './schema.ts';

const DAY_MS = 86_400_000;

/** The ticket code in what a scanner read (`dari:ticket:<code>`) or what someone typed (the bare code). */
export function ticketCodeOf(text: string): string {
  const trimmed = text.trim();
  return trimmed.startsWith(TICKET_PREFIX) ? trimmed.slice(TICKET_PREFIX.length).trim() : trimmed;
}

export interface Capture {
  access: EventAccess;
  exhibitor: queries.ExhibitorRow;
  userId: string;
  locale: Locale;
  at: Date;
}

/**
 * The exhibitor and the attendee met at the booth: an introduction from the exhibitor's business to the
 * attendee's, already at 'met' and tied to the expo. Not a cold request, so no daily limit and nothing to
 * accept; an introduction already open between the two is used instead, and a block on either side means none.
 */
async function introductionFor(
  trx: DbOrTrx,
  capture: Capture,
  attendeeBusinessId: string,
  note: string,
): Promise<string | null> {
  const exhibitorBusinessId = capture.exhibitor.business_id;
  if (!exhibitorBusinessId || exhibitorBusinessId === attendeeBusinessId) {
    return null;
  }
  await introductionQueries.lockBusinesses(trx, [exhibitorBusinessId, attendeeBusinessId]);
  const open = await introductionQueries.openIntroductionBetween(
    trx,
    exhibitorBusinessId,
    attendeeBusinessId,
  );
  if (open) {
    return open.id;
  }
  if (
    (await introductionQueries.isBlocked(trx, exhibitorBusinessId, attendeeBusinessId)) ||
    (await introductionQueries.isBlocked(trx, attendeeBusinessId, exhibitorBusinessId))
  ) {
    return null;
  }
  const id = newId();
  const at = capture.at.toISOString();
  await trx
    .insertInto('introductions')
    .values({
      id,
      requester_business_id: exhibitorBusinessId,
      recipient_business_id: attendeeBusinessId,
      requested_by: capture.userId,
      need_id: null,
      offer_id: null,
      message: note,
      stage: 'met',
      outcome: null,
      value_cents: null,
      close_note: null,
      responded_at: at,
      reminded_at: null,
      expires_at: new Date(capture.at.getTime() + EXPIRY_DAYS * DAY_MS).toISOString(),
      event_id: capture.access.event.id,
      created_at: at,
      updated_at: at,
    })
    .execute();
  await introductionQueries.addEvent(trx, {
    introductionId: id,
    actorUserId: capture.userId,
    stage: 'met',
    note,
    at,
  });
  const exhibitorBusiness = await introductionQueries.businessSummary(trx, exhibitorBusinessId);
  await tellBusiness(trx, attendeeBusinessId, 'stage', id, exhibitorBusiness, { stage: 'met' });
  return id;
}

/**
 * An exhibitor scans (or types) an attendee's badge. Another event's badge is refused with nothing stored;
 * the same badge twice returns the lead already captured. With consent and an attendee's business, the lead
 * becomes an introduction in the exhibitor's pipeline.
 */
export async function captureLead(trx: DbOrTrx, capture: Capture, body: LeadBody) {
  const { event } = capture.access;
  const registration = await queries.registrationByCode(trx, ticketCodeOf(body.code));
  if (!registration) {
    throw new AppError('not_found', { fields: { code: { key: 'expo:errors.unknownTicket' } } });
  }
  if (registration.event_id !== event.id) {
    const title = capture.locale === 'ko' ? registration.event_title_ko : registration.event_title_en;
    throw new AppError('ticket_other_event', {
      params: { event: title },
      fields: { code: { key: 'expo:errors.otherEvent', params: { event: title } } },
    });
  }
  if (registration.status !== 'registered') {
    throw new AppError('conflict', { fields: { code: { key: 'expo:errors.notAttending' } } });
  }
  const exhibitorId = capture.exhibitor.id;
  const existing = await queries.leadFor(trx, exhibitorId, registration.id);
  if (existing) {
    return { alreadyCaptured: true, lead: await leadView(trx, exhibitorId, existing.id) };
  }
  const note = body.note?.trim() ?? '';
  const introductionId =
    body.consent && registration.business_id
      ? await introductionFor(trx, capture, registration.business_id, note)
      : null;
  const id = newId();
  // The unique (exhibitor, registration) index settles two phones scanning the same badge at once.
  await trx
    .insertInto('expo_leads')
    .values({
      id,
      event_id: event.id,
      exhibitor_id: exhibitorId,
      registration_id: registration.id,
      consent: body.consent ? 1 : 0,
      note,
      introduction_id: introductionId,
      captured_by: capture.userId,
      created_at: capture.at.toISOString(),
    })
    .execute();
  return { alreadyCaptured: false, lead: await leadView(trx, exhibitorId, id) };
}

async function leadView(db: DbOrTrx, exhibitorId: string, leadId: string) {
  const row = await queries.leadOf(db, exhibitorId, leadId);
  if (!row) {
    throw notFound();
  }
  return presentLead(row);
}

export async function leadList(db: DbOrTrx, exhibitor: queries.ExhibitorRow) {
  return {
    exhibitor: { id: exhibitor.id, nameKo: exhibitor.name_ko, nameEn: exhibitor.name_en },
    leads: (await queries.leadsOf(db, exhibitor.id)).map(presentLead),
  };
}
