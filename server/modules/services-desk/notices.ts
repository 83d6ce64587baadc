import type { DbOrTrx } from '../../platform/db/database.ts';
import type { Locale } from '../../platform/db/schema.ts';
import { t } from '../../platform/i18n/index.ts';
import { queueMail } from '../../platform/mail/outbox.ts';
import { notify } from '../notifications/service.ts';
import { presentContact } from './presenter.ts';
import * as queries from './queries.ts';
import type { RequestRow } from './queries.ts';
import './messages.ts';

/** How mail leaves: whether SMTP is set up, and the address links start with. */
export interface Mailer {
  smtpConfigured: boolean;
  publicUrl: string;
}

export const memberLink = (row: RequestRow) => `/my/business/${row.business_slug}/help/${row.id}`;
export const INBOX_LINK = '/help/inbox';

/** The deadline as its last minute on the organization's clock ("Tuesday, December 8, 11:59 PM CST"). */
export function formatDeadline(respondBy: string, timeZone: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === 'ko' ? 'ko-KR' : 'en-US', {
    timeZone,
    weekday: 'long',
    month: 'long',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZoneName: 'short',
  }).format(new Date(Date.parse(respondBy) - 60_000));
}

const names = (row: RequestRow) => ({
  titleKo: row.title,
  titleEn: row.title,
  pillarKo: row.pillar_name_ko,
  pillarEn: row.pillar_name_en,
  businessKo: row.business_name_ko,
  businessEn: row.business_name_en,
});

/**
 * Tells a partner's people of a new request, each in their language with the deadline on the
 * organization's clock. notify() e-mails it at once to those who chose instant e-mail (the default),
 * through the outbox; the others find it in their digest and in the app.
 */
export async function tellPartner(trx: DbOrTrx, row: RequestRow, businessId: string) {
  for (const person of await queries.peopleOf(trx, businessId)) {
    const deadline = formatDeadline(row.respond_by, row.time_zone, person.locale);
    await notify(trx, {
      userId: person.id,
      kind: 'serviceRequest.routed',
      payload: { ...names(row), deadline, link: INBOX_LINK },
    });
  }
}

/** Tells everyone on one side of the request, in the app. */
export async function tellPeople(
  trx: DbOrTrx,
  businessId: string,
  kind: string,
  row: RequestRow,
  extra: Record<string, unknown>,
) {
  for (const person of await queries.peopleOf(trx, businessId)) {
    await notify(trx, {
      userId: person.id,
      kind: `serviceRequest.${kind}`,
      payload: { ...names(row), ...extra },
    });
  }
}

function contactText(contact: Awaited<ReturnType<typeof queries.contactOf>>): string {
  const c = presentContact(contact);
  const lines = [c.email, c.phone, c.website, ...c.people.map((p) => `${p.name} <${p.email}>`)];
  return lines.filter((line) => line !== '').join('\n');
}

/**
 * Once a partner is picked, each side receives the other's contact details by e-mail, always (it is the
 * exchange itself, not a notification one may turn off); the app shows them on both sides too.
 */
export async function exchangeContacts(trx: DbOrTrx, mailer: Mailer, row: RequestRow, partnerId: string) {
  const member = await queries.contactOf(trx, row.business_id);
  const partner = await queries.contactOf(trx, partnerId);
  const sides = [
    { to: member, other: partner, link: memberLink(row) },
    { to: partner, other: member, link: INBOX_LINK },
  ];
  for (const side of sides) {
    for (const person of side.to.people) {
      const ko = person.locale === 'ko';
      await queueMail(
        trx,
        {
          to: person.email,
          locale: person.locale,
          template: 'servicesDesk:mail.contacts',
          organizationId: row.organization_id,
          params: {
            name: person.name,
            title: row.title,
            business: ko ? side.to.business.name_ko : side.to.business.name_en,
            other: ko ? side.other.business.name_ko : side.other.business.name_en,
            contact: contactText(side.other),
            link: `${mailer.publicUrl}${side.link}`,
          },
        },
        mailer.smtpConfigured,
      );
    }
  }
}

/**
 * Alerts the pillar's action-team leads (active leads of teams for the pillar shared with the
 * organization), or the organization's admins when the pillar has none.
 */
export async function alertLeads(trx: DbOrTrx, row: RequestRow, kind: 'noPartner' | 'overdue') {
  const leads = await queries.pillarLeads(trx, row.organization_id, row.pillar_id);
  const people = leads.length > 0 ? leads : await queries.organizationAdmins(trx, row.organization_id);
  for (const { user_id } of people) {
    const locale = await personLocale(trx, user_id);
    await notify(trx, {
      userId: user_id,
      kind: `serviceRequest.${kind}`,
      payload: {
        ...names(row),
        deadline: formatDeadline(row.respond_by, row.time_zone, locale),
        link: `/service-desk/${row.organization_slug}`,
      },
    });
  }
  return people.length;
}

async function personLocale(trx: DbOrTrx, userId: string): Promise<Locale> {
  const user = await trx.selectFrom('users').select('locale').where('id', '=', userId).executeTakeFirst();
  return user?.locale ?? 'en';
}

export const statusLabel = (locale: Locale, status: string) => t(locale, `servicesDesk:status.${status}`);
