import { inDays, now } from '../../platform/auth/secrets.ts';
import type { DbOrTrx } from '../../platform/db/database.ts';
import type { Business, Locale } from '../../platform/db/schema.ts';
import { AppError } from '../../platform/errors.ts';
import { queueMail } from '../../platform/mail/outbox.ts';
import { fieldMessages } from './messages.ts';
import { presentEditor } from './presenter.ts';
import * as queries from './queries.ts';
import type { EditorInviteBody } from './schema.ts';

/**
 * Web designers: the business's people invite an e-mail address (a partner's person, or anyone) to edit the
 * mini-site's texts, photos and theme until a date; whoever signs in with that address may then edit. The
 * invitation ends by itself, or when revoked.
 */
export interface InviteContext {
  inviterName: string;
  locale: Locale;
  publicUrl: string;
  smtpConfigured: boolean;
}

export async function listEditors(db: DbOrTrx, businessId: string) {
  const at = now();
  return (await queries.listEditors(db, businessId)).map((row) => presentEditor(row, at));
}

export async function inviteEditor(
  db: DbOrTrx,
  business: Business,
  invitedBy: string | null,
  body: EditorInviteBody,
  context: InviteContext,
) {
  const email = body.email.trim().toLowerCase();
  if (await queries.runningInvitation(db, business.id, email, now())) {
    throw new AppError('validation_failed', { fields: { email: fieldMessages.alreadyInvited } });
  }
  const expiresAt = inDays(body.days);
  const id = await queries.insertEditor(db, { businessId: business.id, email, invitedBy, expiresAt });
  // In the invitee's own language when they already have an account.
  const invitee = await queries.userEmail(db, email);
  const locale = invitee?.locale ?? context.locale;
  await queueMail(
    db,
    {
      to: email,
      locale,
      template: 'miniSites:mail.designerInvitation',
      params: {
        business: locale === 'ko' ? business.name_ko : business.name_en,
        inviter: context.inviterName,
        link: `${context.publicUrl}/my/business/${business.slug}/site`,
        until: expiresAt.slice(0, 10),
      },
    },
    context.smtpConfigured,
  );
  const row = await queries.findEditor(db, business.id, id);
  if (!row) {
    throw new AppError('not_found');
  }
  return presentEditor(row, now());
}

export async function revokeEditor(db: DbOrTrx, businessId: string, id: string): Promise<void> {
  const row = await queries.findEditor(db, businessId, id);
  if (!row || row.revoked_at !== null) {
    throw new AppError('not_found');
  }
  await queries.revokeEditor(db, id);
}
