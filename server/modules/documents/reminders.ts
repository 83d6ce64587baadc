import type { FastifyInstance } from 'fastify';
import type { DbOrTrx } from '../../platform/db/database.ts';
import { t } from '../../platform/i18n/index.ts';
import { queueMail } from '../../platform/mail/outbox.ts';
import { withDelivery } from '../notifications/delivery.ts';
import { notify } from '../notifications/service.ts';
import { daysBetween } from './presenter.ts';
import * as queries from './queries.ts';
import { localToday } from './service.ts';

/** Reminder stages, in days before the expiry. */
export const REMINDER_DAYS = [60, 30, 7] as const;
const DAY_MS = 86_400_000;

type Candidate = Awaited<ReturnType<typeof queries.expiringBetween>>[number];

/**
 * The stage due with `daysLeft` days to go: the nearest one reached. After downtime only that one goes
 * out — a sweep resuming at 25 days sends the 30-day reminder, never a stale 60-day one as well; the
 * 60-day one is still sent late when the sweep resumes between 60 and 31 days.
 */
export function dueStage(daysLeft: number): number | undefined {
  if (daysLeft < 0) {
    return undefined;
  }
  return [...REMINDER_DAYS].reverse().find((days) => daysLeft <= days);
}

interface MailContext {
  smtpConfigured: boolean;
  publicUrl: string;
}

/** E-mails and notifies each of the business's people, in their own language. */
async function remind(trx: DbOrTrx, document: Candidate, daysLeft: number, mail: MailContext) {
  const link = `/my/business/${document.slug}/documents/${document.id}`;
  for (const person of await queries.businessPeople(trx, document.business_id)) {
    await notify(trx, {
      userId: person.id,
      kind: 'document.expiring',
      payload: { link, title: document.title, days: daysLeft, date: document.expires_on },
    });
    // Someone on instant e-mail already got the notification by mail.
    if (person.email_notifications === 'instant') {
      continue;
    }
    await queueMail(
      trx,
      {
        to: person.email,
        locale: person.locale,
        template: 'documents:mail.reminder',
        params: {
          name: person.name,
          title: document.title,
          type: t(person.locale, `documents:types.${document.type}`),
          business: person.locale === 'ko' ? document.name_ko : document.name_en,
          date: document.expires_on,
          days: daysLeft,
          link: `${mail.publicUrl}${link}`,
        },
      },
      mail.smtpConfigured,
    );
  }
}

/**
 * The expiry-reminder sweep (hourly): for each document expiring within 60 days, the due stage's
 * reminder, claimed by its sent-mark first, so it goes out once even with several instances.
 * A renewed document (new expiry date) starts its stages afresh. Returns how many were sent.
 */
export async function sendExpiryReminders(app: FastifyInstance, at: Date): Promise<number> {
  const today = localToday(at);
  const until = new Date(Date.parse(`${today}T00:00:00Z`) + REMINDER_DAYS[0] * DAY_MS)
    .toISOString()
    .slice(0, 10);
  const candidates = await queries.expiringBetween(app.db, today, until);
  const mail = { smtpConfigured: app.mail.smtpConfigured, publicUrl: app.config.publicUrl };
  let sent = 0;
  for (const document of candidates) {
    const expiresOn = document.expires_on ?? today;
    const daysLeft = daysBetween(today, expiresOn);
    const stage = dueStage(daysLeft);
    if (stage === undefined) {
      continue;
    }
    const reminded = await withDelivery(app, () =>
      app.db.transaction().execute(async (trx) => {
        if (!(await queries.claimReminder(trx, document.id, expiresOn, stage, at.toISOString()))) {
          return false;
        }
        await remind(trx, document, daysLeft, mail);
        return true;
      }),
    );
    sent += reminded ? 1 : 0;
  }
  if (sent > 0) {
    void app.mail.deliverQueued().catch((error: unknown) => app.log.error(error));
  }
  return sent;
}
