import { newId } from '../../../platform/auth/secrets.ts';
import type { DbOrTrx } from '../../../platform/db/database.ts';
import type { Locale } from '../../../platform/db/schema.ts';
import { notFound } from '../../../platform/errors.ts';
import { t } from '../../../platform/i18n/index.ts';
import { queueMail } from '../../../platform/mail/outbox.ts';
import type { EventAccess } from '../access.ts';
import { presentInterest } from './presenter.ts';
import * as queries from './queries.ts';
import { INTEREST_KINDS, type InterestBody } from './schema.ts';
import './messages.ts';

/**
 * "Next year": someone who wants to exhibit, sponsor, attend, speak or suggest a venue leaves their
 * details; they get a confirmation in their language, and the organizers see the list (outbox shows it too).
 */
export async function addInterest(
  trx: DbOrTrx,
  access: EventAccess,
  body: InterestBody,
  locale: Locale,
  smtpConfigured: boolean,
  now: Date,
): Promise<void> {
  const { event, organization } = access;
  await trx
    .insertInto('expo_interests')
    .values({
      id: newId(),
      event_id: event.id,
      kind: body.kind,
      name: body.name.trim(),
      email: body.email.trim(),
      company: body.company?.trim() ?? '',
      venue_idea: body.venueIdea?.trim() ?? '',
      message: body.message?.trim() ?? '',
      locale,
      status: 'new',
      created_at: now.toISOString(),
    })
    .execute();
  await queueMail(
    trx,
    {
      to: body.email.trim(),
      locale,
      template: 'expo:mail.interest',
      params: {
        name: body.name.trim(),
        event: locale === 'ko' ? event.title_ko : event.title_en,
        kind: t(locale, `expo:kinds.${body.kind}`),
        organization: locale === 'ko' ? organization.name_ko : organization.name_en,
      },
      organizationId: organization.id,
    },
    smtpConfigured,
  );
}

export async function interestList(db: DbOrTrx, access: EventAccess) {
  const rows = await queries.interestsOf(db, access.event.id);
  const counts = Object.fromEntries(
    INTEREST_KINDS.map((kind) => [kind, rows.filter((row) => row.kind === kind).length]),
  );
  return { counts, interests: rows.map(presentInterest) };
}

export async function setInterestStatus(
  trx: DbOrTrx,
  access: EventAccess,
  interestId: string,
  status: 'new' | 'contacted',
) {
  const result = await trx
    .updateTable('expo_interests')
    .set({ status })
    .where('id', '=', interestId)
    .where('event_id', '=', access.event.id)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) {
    throw notFound();
  }
  const row = (await queries.interestsOf(trx, access.event.id)).find((r) => r.id === interestId);
  if (!row) {
    throw notFound();
  }
  return presentInterest(row);
}
