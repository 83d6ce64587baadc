import type { FastifyInstance } from 'fastify';
import type { DbOrTrx } from '../../platform/db/database.ts';
import { t } from '../../platform/i18n/index.ts';
import { addDays, dallasToday } from './dates.ts';
import { queueCaseMail, type MailContext } from './mail.ts';
import * as queries from './queries.ts';

/** A step's reminder goes out this many days before its due date (or at once, if it is later than that). */
export const REMIND_DAYS_BEFORE = 3;

async function remindStep(trx: DbOrTrx, stepId: string, at: Date, mail: MailContext): Promise<boolean> {
  if (!(await queries.markReminded(trx, stepId, at.toISOString()))) {
    return false;
  }
  const step = await trx
    .selectFrom('market_entry_steps as s')
    .innerJoin('market_entry_applications as a', 'a.id', 's.application_id')
    .innerJoin('organizations as o', 'o.id', 'a.organization_id')
    .leftJoin('businesses as b', 'b.id', 's.partner_business_id')
    .select(['s.title_ko', 's.title_en', 's.due_on', 'a.id as application_id', 'o.id as organization_id'])
    .select(['b.name_ko as partner_ko', 'b.name_en as partner_en'])
    .where('s.id', '=', stepId)
    .executeTakeFirstOrThrow();
  const application = await trx
    .selectFrom('market_entry_applications')
    .selectAll()
    .where('id', '=', step.application_id)
    .executeTakeFirstOrThrow();
  const organization = await trx
    .selectFrom('organizations')
    .selectAll()
    .where('id', '=', step.organization_id)
    .executeTakeFirstOrThrow();
  const locale = application.locale;
  const partner = locale === 'ko' ? step.partner_ko : step.partner_en;
  await queueCaseMail(trx, 'dueSoon', application, organization, mail, {
    step: locale === 'ko' ? step.title_ko : step.title_en,
    due: step.due_on,
    partner: partner ? t(locale, 'marketEntry:mail.dueSoon.partner', { partner }) : '',
  });
  return true;
}

/**
 * The due-soon sweep (hourly): e-mails the company once per open step whose due date is at most
 * REMIND_DAYS_BEFORE days away in Dallas — overdue ones included, so a sweep after downtime catches up.
 * Each reminder is claimed by a conditional update first, so several instances never send it twice.
 * Returns how many were sent.
 */
export async function sendMarketEntryReminders(app: FastifyInstance, at: Date): Promise<number> {
  const until = addDays(dallasToday(at), REMIND_DAYS_BEFORE);
  const due = await queries.awaitingReminder(app.db, until);
  const mail = { smtpConfigured: app.mail.smtpConfigured, publicUrl: app.config.publicUrl };
  let sent = 0;
  for (const { id } of due) {
    if (await app.db.transaction().execute((trx) => remindStep(trx, id, at, mail))) {
      sent += 1;
    }
  }
  if (sent > 0) {
    void app.mail.deliverQueued().catch((error: unknown) => app.log.error(error));
  }
  return sent;
}
