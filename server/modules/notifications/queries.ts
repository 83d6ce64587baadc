import type { DbOrTrx } from '../../platform/db/database.ts';
import type { EmailNotifications } from '../../platform/db/schema.ts';

export const PAGE_SIZE = 50;

export function recentNotifications(db: DbOrTrx, userId: string) {
  return db
    .selectFrom('notifications')
    .select(['id', 'kind', 'payload', 'read_at', 'created_at'])
    .where('user_id', '=', userId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(PAGE_SIZE)
    .execute();
}

export function notificationById(db: DbOrTrx, userId: string, id: string) {
  return db
    .selectFrom('notifications')
    .select(['id', 'kind', 'payload', 'read_at', 'created_at'])
    .where('user_id', '=', userId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function unreadCount(db: DbOrTrx, userId: string): Promise<number> {
  const row = await db
    .selectFrom('notifications')
    .select((eb) => eb.fn.countAll().as('count'))
    .where('user_id', '=', userId)
    .where('read_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

export function recipient(db: DbOrTrx, userId: string) {
  return db
    .selectFrom('users')
    .select(['id', 'email', 'name', 'locale', 'email_notifications'])
    .where('id', '=', userId)
    .executeTakeFirst();
}

export async function setEmailSetting(db: DbOrTrx, userId: string, email: EmailNotifications) {
  await db.updateTable('users').set({ email_notifications: email }).where('id', '=', userId).execute();
}

/** Notifications of digest readers not yet e-mailed, created before `until`, oldest first. */
export function undigested(db: DbOrTrx, until: string) {
  return db
    .selectFrom('notifications')
    .innerJoin('users', 'users.id', 'notifications.user_id')
    .select([
      'notifications.id',
      'notifications.user_id',
      'notifications.kind',
      'notifications.payload',
      'notifications.read_at',
      'notifications.created_at',
    ])
    .where('users.email_notifications', '=', 'digest')
    .where('notifications.emailed_at', 'is', null)
    .where('notifications.created_at', '<=', until)
    .orderBy('notifications.created_at')
    .execute();
}
