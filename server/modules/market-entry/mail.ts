import type { DbOrTrx } from '../../platform/db/database.ts';
import type { Locale, Organization } from '../../platform/db/schema.ts';
import { queueMail } from '../../platform/mail/outbox.ts';
import { casePath } from './presenter.ts';
import './messages.ts';

/** What sending needs from the running server. */
export interface MailContext {
  smtpConfigured: boolean;
  publicUrl: string;
}

type CaseMail = 'received' | 'accepted' | 'dueSoon';

interface Company {
  contact_name: string;
  contact_email: string;
  company_name_ko: string;
  company_name_en: string;
  locale: Locale;
  case_token: string;
}

/** Queues one e-mail to the company's contact, in its language, with the private link to its case page. */
export async function queueCaseMail(
  db: DbOrTrx,
  kind: CaseMail,
  company: Company,
  organization: Organization,
  mail: MailContext,
  params: Record<string, unknown> = {},
): Promise<void> {
  const ko = company.locale === 'ko';
  await queueMail(
    db,
    {
      to: company.contact_email,
      locale: company.locale,
      template: `marketEntry:mail.${kind}`,
      params: {
        name: company.contact_name,
        company: ko ? company.company_name_ko : company.company_name_en,
        organization: ko ? organization.name_ko : organization.name_en,
        link: `${mail.publicUrl}${casePath(company.case_token)}`,
        ...params,
      },
      organizationId: organization.id,
    },
    mail.smtpConfigured,
  );
}
