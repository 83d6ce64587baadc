import type { DbOrTrx } from '../../platform/db/database.ts';
import type { Locale, MembershipRole } from '../../platform/db/schema.ts';
import { AppError } from '../../platform/errors.ts';
import { hashSecret, newId, newSecret, now } from '../../platform/auth/secrets.ts';
import { queueMail } from '../../platform/mail/outbox.ts';
import { createBusinessForUser } from '../businesses/service.ts';
import { findInvitationByToken, findUserByEmail, findUserById, insertUser } from './queries.ts';
import type { AcceptInvitationBody, UpdateMeBody } from './schema.ts';
import './messages.ts';

const RESET_HOURS = 2;

export async function openInvitation(db: DbOrTrx, token: string) {
  const invitation = await findInvitationByToken(db, hashSecret(token));
  if (!invitation || invitation.accepted_at || invitation.revoked_at || invitation.expires_at < now()) {
    throw new AppError('invitation_invalid');
  }
  return invitation;
}

export async function describeInvitation(db: DbOrTrx, token: string) {
  const invitation = await openInvitation(db, token);
  const existing = await findUserByEmail(db, invitation.email);
  return {
    email: invitation.email,
    role: invitation.role,
    organization: { slug: invitation.slug, nameKo: invitation.name_ko, nameEn: invitation.name_en },
    accountExists: existing !== undefined,
    businessName: invitation.business_name ?? null,
  };
}

/**
 * Accepting an invitation is the only way in: it creates the account (or joins an existing one,
 * whose password the route has already checked), the membership and, for members and partners,
 * the business they run. Returns the user id.
 */
export async function acceptInvitation(
  trx: DbOrTrx,
  token: string,
  body: AcceptInvitationBody,
  passwordHash: string,
): Promise<string> {
  const invitation = await openInvitation(trx, token);
  const claimed = await trx
    .updateTable('invitations')
    .set({ accepted_at: now() })
    .where('id', '=', invitation.id)
    .where('accepted_at', 'is', null)
    .executeTakeFirst();
  if (Number(claimed.numUpdatedRows) !== 1) {
    throw new AppError('invitation_invalid');
  }
  const existing = await findUserByEmail(trx, invitation.email);
  const userId =
    existing?.id ??
    (await insertUser(trx, { email: invitation.email, name: body.name, passwordHash, locale: body.locale }));
  const membership = await trx
    .selectFrom('memberships')
    .select(['id'])
    .where('organization_id', '=', invitation.organization_id)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  if (membership) {
    throw new AppError('already_member');
  }
  await trx
    .insertInto('memberships')
    .values({
      id: newId(),
      organization_id: invitation.organization_id,
      user_id: userId,
      role: invitation.role,
      status: 'active',
      created_at: now(),
    })
    .execute();
  await attachBusiness(trx, userId, invitation.organization_id, invitation.role, {
    nameKo: body.businessNameKo?.trim() || invitation.business_name || '',
    nameEn: body.businessNameEn?.trim() || invitation.business_name || '',
    fallback: body.name,
  });
  return userId;
}

async function attachBusiness(
  trx: DbOrTrx,
  userId: string,
  organizationId: string,
  role: MembershipRole,
  names: { nameKo: string; nameEn: string; fallback: string },
): Promise<void> {
  if (role !== 'member' && role !== 'partner') {
    return;
  }
  const owned = await trx
    .selectFrom('business_users')
    .select('business_id')
    .where('user_id', '=', userId)
    .execute();
  if (owned.length === 0) {
    const nameEn = names.nameEn || names.nameKo || names.fallback;
    const nameKo = names.nameKo || nameEn;
    await createBusinessForUser(trx, { userId, organizationId, kind: role, nameKo, nameEn });
    return;
  }
  for (const { business_id } of owned) {
    const linked = await trx
      .selectFrom('business_organizations')
      .select('business_id')
      .where('business_id', '=', business_id)
      .where('organization_id', '=', organizationId)
      .executeTakeFirst();
    if (!linked) {
      await trx
        .insertInto('business_organizations')
        .values({ business_id, organization_id: organizationId, created_at: now() })
        .execute();
    }
  }
}

export async function requestPasswordReset(
  trx: DbOrTrx,
  email: string,
  mail: { publicUrl: string; smtpConfigured: boolean },
): Promise<void> {
  const user = await findUserByEmail(trx, email);
  if (!user) {
    return;
  }
  const token = newSecret();
  await trx
    .insertInto('password_resets')
    .values({
      id: newId(),
      user_id: user.id,
      token_hash: hashSecret(token),
      expires_at: new Date(Date.now() + RESET_HOURS * 3_600_000).toISOString(),
      used_at: null,
      created_at: now(),
    })
    .execute();
  await queueMail(
    trx,
    {
      to: user.email,
      locale: user.locale,
      template: 'accounts:mail.passwordReset',
      params: { name: user.name, link: `${mail.publicUrl}/reset-password/${token}` },
    },
    mail.smtpConfigured,
  );
}

/** Sets the new password, spends the token and signs the account out everywhere. */
export async function resetPassword(
  trx: DbOrTrx,
  token: string,
  passwordHash: string,
  smtpConfigured: boolean,
): Promise<void> {
  const reset = await trx
    .selectFrom('password_resets')
    .selectAll()
    .where('token_hash', '=', hashSecret(token))
    .executeTakeFirst();
  if (!reset || reset.used_at || reset.expires_at < now()) {
    throw new AppError('token_invalid');
  }
  await trx.updateTable('password_resets').set({ used_at: now() }).where('id', '=', reset.id).execute();
  await trx
    .updateTable('users')
    .set({ password_hash: passwordHash, updated_at: now() })
    .where('id', '=', reset.user_id)
    .execute();
  await trx.deleteFrom('sessions').where('user_id', '=', reset.user_id).execute();
  await notifyPasswordChanged(trx, reset.user_id, smtpConfigured);
}

async function notifyPasswordChanged(trx: DbOrTrx, userId: string, smtpConfigured: boolean): Promise<void> {
  const user = await findUserById(trx, userId);
  if (user) {
    await queueMail(
      trx,
      {
        to: user.email,
        locale: user.locale,
        template: 'accounts:mail.passwordChanged',
        params: { name: user.name },
      },
      smtpConfigured,
    );
  }
}

export async function updateMe(
  trx: DbOrTrx,
  userId: string,
  changes: Omit<UpdateMeBody, 'currentPassword' | 'newPassword'> & {
    passwordHash?: string;
    sessionId: string;
  },
  smtpConfigured: boolean,
): Promise<void> {
  await trx
    .updateTable('users')
    .set({
      ...(changes.name !== undefined ? { name: changes.name } : {}),
      ...(changes.locale !== undefined ? { locale: changes.locale satisfies Locale } : {}),
      ...(changes.passwordHash !== undefined ? { password_hash: changes.passwordHash } : {}),
      updated_at: now(),
    })
    .where('id', '=', userId)
    .execute();
  if (changes.passwordHash !== undefined) {
    // Other sessions may belong to whoever learned the old password.
    await trx
      .deleteFrom('sessions')
      .where('user_id', '=', userId)
      .where('id', '!=', changes.sessionId)
      .execute();
    await notifyPasswordChanged(trx, userId, smtpConfigured);
  }
}
