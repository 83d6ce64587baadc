import type { DbOrTrx } from '../../platform/db/database.ts';
import { now } from '../../platform/auth/secrets.ts';
import { queueMail } from '../../platform/mail/outbox.ts';
import { render } from './presenter.ts';
import * as queries from './queries.ts';

export interface DigestOptions {
  now: Date;
  smtpConfigured: boolean;
  publicUrl: string;
}

/**
 * One e-mail per 'digest' reader listing the notifications they have not read yet; every notification
 * it covers (read or not) is marked e-mailed so the next digest starts after it. Returns e-mails queued.
 */
export async function sendDigests(trx: DbOrTrx, options: DigestOptions): Promise<number> {
  const rows = await queries.undigested(trx, options.now.toISOString());
  const byUser = new Map<string, typeof rows>();
  for (const row of rows) {
    byUser.set(row.user_id, [...(byUser.get(row.user_id) ?? []), row]);
  }
  let sent = 0;
  for (const [userId, notifications] of byUser) {
    const user = await queries.recipient(trx, userId);
    const unread = notifications.filter((n) => n.read_at === null);
    if (user && unread.length > 0) {
      const lines = unread.map((n) => {
        const text = render(user.locale, n.kind, n.payload);
        return `• ${text.title}${text.link ? `\n  ${options.publicUrl}${text.link}` : ''}`;
      });
      await queueMail(
        trx,
        {
          to: user.email,
          locale: user.locale,
          template: 'notifications:mail.digest',
          params: {
            name: user.name,
            count: unread.length,
            lines: lines.join('\n'),
            settingsLink: `${options.publicUrl}/account`,
          },
        },
        options.smtpConfigured,
      );
      sent += 1;
    }
    await trx
      .updateTable('notifications')
      .set({ emailed_at: now() })
      .where(
        'id',
        'in',
        notifications.map((n) => n.id),
      )
      .execute();
  }
  return sent;
}
