import type { DbOrTrx } from '../../platform/db/database.ts';
import type { Invitation, Locale, MembershipRole, Organization } from '../../platform/db/schema.ts';
import { hashSecret, inDays, newId, newSecret, now } from '../../platform/auth/secrets.ts';
import { AppError } from '../../platform/errors.ts';
import { t } from '../../platform/i18n/index.ts';
import { queueMail } from '../../platform/mail/outbox.ts';
import * as queries from './invitations.queries.ts';
import './messages.ts';

export const INVITATION_DAYS = 14;

export interface InvitationRequest {
  email: string;
  role: MembershipRole;
  locale: Locale;
  invitedBy: string | null;
  applicationId?: string | null;
}

export interface MailSettings {
  publicUrl: string;
  smtpConfigured: boolean;
}

export function listInvitations(db: DbOrTrx, organizationId: string): Promise<Invitation[]> {
  return queries.listInvitations(db, organizationId);
}

export function organizationName(organization: Organization, locale: Locale): string {
  return locale === 'ko' ? organization.name_ko : organization.name_en;
}

/** Creates the invitation (only the token's hash is kept) and mails the link in the invitee's language. */
export async function invite(
  db: DbOrTrx,
  organization: Organization,
  request: InvitationRequest,
  mail: MailSettings,
): Promise<Invitation> {
  const email = request.email.trim().toLowerCase();
  if (await queries.hasActiveMembership(db, organization.id, email)) {
    throw new AppError('already_member');
  }
  const at = now();
  await queries.revokePendingInvitations(db, organization.id, email, at);
  const token = newSecret();
  const invitation: Invitation = {
    id: newId(),
    organization_id: organization.id,
    email,
    role: request.role,
    token_hash: hashSecret(token),
    invited_by: request.invitedBy,
    application_id: request.applicationId ?? null,
    expires_at: inDays(INVITATION_DAYS),
    accepted_at: null,
    revoked_at: null,
    created_at: at,
  };
  await queries.insertInvitation(db, invitation);
  await queueMail(
    db,
    {
      to: email,
      locale: request.locale,
      template: 'organizations:mail.invitation',
      params: {
        organization: organizationName(organization, request.locale),
        role: t(request.locale, `organizations:roles.${request.role}`),
        link: `${mail.publicUrl}/invitations/${token}`,
        days: INVITATION_DAYS,
      },
      organizationId: organization.id,
    },
    mail.smtpConfigured,
  );
  return invitation;
}

export async function revoke(db: DbOrTrx, organizationId: string, invitationId: string): Promise<void> {
  const invitation = await queries.findInvitation(db, organizationId, invitationId);
  if (!invitation) {
    throw new AppError('not_found');
  }
  if (invitation.accepted_at) {
    throw new AppError('conflict', { fields: { _: { key: 'organizations:errors.invitationAccepted' } } });
  }
  if (!invitation.revoked_at) {
    await queries.revokeInvitation(db, invitation.id, now());
  }
}
