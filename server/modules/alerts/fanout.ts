import type { FastifyInstance } from 'fastify';
import { newId } from '../../platform/auth/secrets.ts';
import type { DbOrTrx } from '../../platform/db/database.ts';
import { queueMail } from '../../platform/mail/outbox.ts';
import { userChannel, type BusMessage } from '../notifications/delivery.ts';
import { render } from '../notifications/presenter.ts';
import { roundMiles } from './geo.ts';
import * as queries from './queries.ts';
import { AREA_RADIUS_MILES } from './schema.ts';

/** Rows per INSERT: well under SQLite's 32,766 bound parameters and PostgreSQL's 65,535. */
const CHUNK = 500;
/** The sweep leaves an alert this long to the request that raised it before retrying its fan-out. */
export const REDELIVERY_GRACE_MS = 15_000;

function chunks<T>(list: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += CHUNK) {
    out.push(list.slice(i, i + CHUNK));
  }
  return out;
}

/**
 * Writes a recipient row and an `alert.raised` notification for everyone the alert reaches who does
 * not have one yet. The primary key (alert, user) makes a second run — a retry, or two instances at
 * once — add nobody twice: only the rows this run inserted get a notification.
 */
async function addRecipients(trx: DbOrTrx, alert: queries.AlertRow, at: string): Promise<number> {
  const targets = await queries.targetsOf(trx, alert, AREA_RADIUS_MILES.max);
  const known = new Set(await queries.recipientIds(trx, alert.id));
  const fresh = targets.filter((t) => !known.has(t.userId));
  let added = 0;
  for (const batch of chunks(fresh)) {
    const inserted = await trx
      .insertInto('alert_recipients')
      .values(
        batch.map((t) => ({
          alert_id: alert.id,
          user_id: t.userId,
          business_id: t.businessId,
          distance_miles: roundMiles(t.distanceMiles),
          seen_at: null,
          saw_too_at: null,
          sighting_note: null,
          reported_false_at: null,
          notification_id: newId(),
          created_at: at,
        })),
      )
      .onConflict((oc) => oc.columns(['alert_id', 'user_id']).doNothing())
      .returning(['user_id', 'notification_id', 'distance_miles'])
      .execute();
    if (inserted.length === 0) {
      continue;
    }
    added += inserted.length;
    await trx
      .insertInto('notifications')
      .values(
        inserted.map((r) => ({
          id: r.notification_id ?? newId(),
          user_id: r.user_id,
          kind: 'alert.raised',
          payload: JSON.stringify({
            alertId: alert.id,
            link: `/safety/alerts/${alert.id}`,
            type: alert.incident_type,
            distance: r.distance_miles,
            message: alert.message,
          }),
          read_at: null,
          emailed_at: null,
          created_at: at,
        })),
      )
      .execute();
  }
  return added;
}

/**
 * Announces every recipient's notification to their open pages, on whichever instance they are. Each
 * message carries the notification and the reader's unread count, so the streams render it without a
 * database read per recipient (two grouped queries here instead of two queries per recipient there).
 */
async function announce(app: FastifyInstance, alertId: string): Promise<void> {
  const rows = await app.db
    .selectFrom('alert_recipients')
    .innerJoin('notifications', 'notifications.id', 'alert_recipients.notification_id')
    .select([
      'notifications.id',
      'notifications.user_id',
      'notifications.kind',
      'notifications.payload',
      'notifications.read_at',
      'notifications.created_at',
    ])
    .where('alert_recipients.alert_id', '=', alertId)
    .execute();
  for (const batch of chunks(rows)) {
    const counts = await app.db
      .selectFrom('notifications')
      .select(['user_id', (eb) => eb.fn.countAll<string | number>().as('n')])
      .where(
        'user_id',
        'in',
        batch.map((r) => r.user_id),
      )
      .where('read_at', 'is', null)
      .groupBy('user_id')
      .execute();
    const unread = new Map(counts.map((c) => [c.user_id, Number(c.n)]));
    // Concurrent publishes share the connection's pipeline (Redis) instead of waiting one by one.
    await Promise.all(
      batch.map(({ user_id: userId, ...notification }) => {
        const message: BusMessage = {
          type: 'created',
          id: notification.id,
          notification,
          unreadCount: unread.get(userId) ?? 0,
        };
        return app.bus.publish(userChannel(userId), JSON.stringify(message));
      }),
    );
  }
}

/**
 * E-mails for recipients who want them at once, in their language, then the alert is marked delivered
 * — in one transaction, so a retry neither loses nor repeats a mail. Digest readers get it in the digest.
 */
async function mailAndFinish(app: FastifyInstance, alertId: string, at: string): Promise<void> {
  await app.db.transaction().execute(async (trx) => {
    const rows = await trx
      .selectFrom('alert_recipients')
      .innerJoin('notifications', 'notifications.id', 'alert_recipients.notification_id')
      .innerJoin('users', 'users.id', 'alert_recipients.user_id')
      .select([
        'notifications.id',
        'notifications.kind',
        'notifications.payload',
        'users.email',
        'users.name',
        'users.locale',
      ])
      .where('alert_recipients.alert_id', '=', alertId)
      .where('users.email_notifications', '=', 'instant')
      .where('notifications.emailed_at', 'is', null)
      .execute();
    const publicUrl = app.config.publicUrl;
    for (const row of rows) {
      const text = render(row.locale, row.kind, row.payload);
      await queueMail(
        trx,
        {
          to: row.email,
          locale: row.locale,
          template: 'notifications:mail.instant',
          params: {
            name: row.name,
            title: text.title,
            body: text.body,
            link: `${publicUrl}${text.link ?? ''}`,
            settingsLink: `${publicUrl}/account`,
          },
        },
        app.mail.smtpConfigured,
      );
    }
    for (const batch of chunks(rows.map((r) => r.id))) {
      await trx.updateTable('notifications').set({ emailed_at: at }).where('id', 'in', batch).execute();
    }
    await trx.updateTable('alerts').set({ delivered_at: at }).where('id', '=', alertId).execute();
  });
}

/**
 * The fan-out of a stored alert: recipients and notifications, the live announcement over the bus,
 * then e-mail and `delivered_at`. Throws if a step fails (the bus is down); the alert stays
 * undelivered and the redelivery sweep runs it again. Returns how many recipients it has.
 */
export async function deliverAlert(app: FastifyInstance, alertId: string, at = new Date()): Promise<number> {
  const alert = await queries.alertById(app.db, alertId);
  if (!alert) {
    return 0;
  }
  if (alert.delivered_at === null) {
    // A retracted or expired alert that never went out is not sent late; it is only closed off.
    if (alert.status === 'active' && alert.expires_at > at.toISOString()) {
      await app.db.transaction().execute((trx) => addRecipients(trx, alert, at.toISOString()));
      await announce(app, alert.id);
      // The streams have been written; let the sockets send before the e-mails are written, which
      // would otherwise run first (the database awaits are microtasks, not turns of the event loop).
      await new Promise((resolve) => setImmediate(resolve));
    }
    await mailAndFinish(app, alert.id, at.toISOString());
    void app.mail.deliverQueued().catch((error: unknown) => app.log.error(error));
  }
  return (await queries.recipientIds(app.db, alert.id)).length;
}

/** The redelivery sweep: alerts still undelivered a while after they were raised. */
export async function redeliverAlerts(app: FastifyInstance, at: Date): Promise<number> {
  const before = new Date(at.getTime() - REDELIVERY_GRACE_MS).toISOString();
  const pending = await app.db
    .selectFrom('alerts')
    .select('id')
    .where('delivered_at', 'is', null)
    .where('created_at', '<=', before)
    .orderBy('created_at')
    .limit(50)
    .execute();
  for (const { id } of pending) {
    await deliverAlert(app, id, at);
  }
  return pending.length;
}
