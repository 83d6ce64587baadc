import type { DbOrTrx } from '../../platform/db/database.ts';
import type { EmailNotifications, Locale } from '../../platform/db/schema.ts';
import { newId, now } from '../../platform/auth/secrets.ts';
import { queueMail } from '../../platform/mail/outbox.ts';
import { deliveryInProgress } from './delivery.ts';
import { presentNotification, render } from './presenter.ts';
import * as queries from './queries.ts';

export interface NotificationInput {
  userId: string;
  /** e.g. `introduction.accepted`; its texts are `notifications:kinds.<kind>.title|body`. */
  kind: string;
  /** Translation parameters (`xKo`/`xEn` pairs give `x`); `link` is the app path it opens. */
  payload: Record<string, unknown>;
}

const SETTINGS_PATH = '/account';

function absolute(publicUrl: string, link: string | null): string {
  return link ? `${publicUrl}${link}` : publicUrl;
}

/**
 * Records a notification in the caller's transaction. Once the request (or sweep) is over, open pages
 * hear of it through the bus; users who chose instant e-mail get one, in their language, queued in the
 * same transaction so a rolled-back change sends nothing.
 */
export async function notify(trx: DbOrTrx, input: NotificationInput): Promise<string> {
  const user = await queries.recipient(trx, input.userId);
  if (!user) {
    throw new Error(`notify: no user ${input.userId}`);
  }
  const id = newId();
  const payload = JSON.stringify(input.payload);
  const delivery = deliveryInProgress();
  const instant = user.email_notifications === 'instant';
  const createdAt = now();
  await trx
    .insertInto('notifications')
    .values({
      id,
      user_id: user.id,
      kind: input.kind,
      payload,
      read_at: null,
      emailed_at: instant ? createdAt : null,
      created_at: createdAt,
    })
    .execute();
  if (instant) {
    const publicUrl = delivery?.publicUrl ?? '';
    const text = render(user.locale, input.kind, payload);
    await queueMail(
      trx,
      {
        to: user.email,
        locale: user.locale,
        template: 'notifications:mail.instant',
        params: {
          name: user.name,
          title: text.title,
          body: text.body,
          link: absolute(publicUrl, text.link),
          settingsLink: `${publicUrl}${SETTINGS_PATH}`,
        },
      },
      delivery?.smtpConfigured ?? false,
    );
  }
  delivery?.pending.push({ id, userId: user.id });
  return id;
}

export async function listNotifications(db: DbOrTrx, userId: string, locale: Locale) {
  const rows = await queries.recentNotifications(db, userId);
  return {
    unreadCount: await queries.unreadCount(db, userId),
    items: rows.map((row) => presentNotification(locale, row)),
  };
}

export async function markRead(
  trx: DbOrTrx,
  userId: string,
  selection: { ids?: string[] | undefined; all?: boolean | undefined },
): Promise<void> {
  let update = trx
    .updateTable('notifications')
    .set({ read_at: now() })
    .where('user_id', '=', userId)
    .where('read_at', 'is', null);
  if (!selection.all) {
    const ids = selection.ids ?? [];
    if (ids.length === 0) {
      return;
    }
    update = update.where('id', 'in', ids);
  }
  await update.execute();
}

export async function emailSetting(db: DbOrTrx, userId: string): Promise<EmailNotifications> {
  const user = await queries.recipient(db, userId);
  return user?.email_notifications ?? 'instant';
}
