import type { DbOrTrx } from '../../platform/db/database.ts';
import type { Application, Organization } from '../../platform/db/schema.ts';
import { newId, now } from '../../platform/auth/secrets.ts';
import { AppError } from '../../platform/errors.ts';
import { queueMail } from '../../platform/mail/outbox.ts';
import * as queries from './applications.queries.ts';
import { hasActiveMembership } from './invitations.queries.ts';
import { invite, organizationName, type MailSettings } from './invitations.service.ts';
import type { CreateApplicationBody } from './applications.schema.ts';

export function listApplications(
  db: DbOrTrx,
  organizationId: string,
  status: Application['status'] | undefined,
) {
  return queries.listApplications(db, organizationId, status);
}

export async function apply(
  db: DbOrTrx,
  organizationId: string,
  input: CreateApplicationBody,
): Promise<Application> {
  const email = input.email.trim().toLowerCase();
  if (await hasActiveMembership(db, organizationId, email)) {
    throw new AppError('already_member');
  }
  if (await queries.hasPendingApplication(db, organizationId, email)) {
    throw new AppError('conflict', { fields: { email: { key: 'organizations:errors.applicationPending' } } });
  }
  const application: Application = {
    id: newId(),
    organization_id: organizationId,
    email,
    name: input.name.trim(),
    business_name: input.businessName.trim(),
    message: input.message.trim(),
    locale: input.locale,
    status: 'pending',
    decided_by: null,
    decided_at: null,
    created_at: now(),
  };
  await queries.insertApplication(db, application);
  return application;
}

async function decide(
  db: DbOrTrx,
  organizationId: string,
  applicationId: string,
  status: 'approved' | 'rejected',
  decidedBy: string | null,
): Promise<Application> {
  const application = await queries.findApplication(db, organizationId, applicationId);
  if (!application) {
    throw new AppError('not_found');
  }
  const decision = { status, decided_by: decidedBy, decided_at: now() };
  if (!(await queries.decideApplication(db, application.id, decision))) {
    throw new AppError('conflict', { fields: { _: { key: 'organizations:errors.alreadyDecided' } } });
  }
  return { ...application, ...decision };
}

/** Approval turns the application into a member invitation mailed in the applicant's language. */
export async function approve(
  db: DbOrTrx,
  organization: Organization,
  applicationId: string,
  decidedBy: string | null,
  mail: MailSettings,
): Promise<Application> {
  const application = await decide(db, organization.id, applicationId, 'approved', decidedBy);
  await invite(
    db,
    organization,
    {
      email: application.email,
      role: 'member',
      locale: application.locale,
      invitedBy: decidedBy,
      applicationId: application.id,
    },
    mail,
  );
  return application;
}

export async function reject(
  db: DbOrTrx,
  organization: Organization,
  applicationId: string,
  decidedBy: string | null,
  mail: MailSettings,
): Promise<Application> {
  const application = await decide(db, organization.id, applicationId, 'rejected', decidedBy);
  await queueMail(
    db,
    {
      to: application.email,
      locale: application.locale,
      template: 'organizations:mail.rejection',
      params: { name: application.name, organization: organizationName(organization, application.locale) },
      organizationId: organization.id,
    },
    mail.smtpConfigured,
  );
  return application;
}
