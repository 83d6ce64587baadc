import type { Static } from 'typebox';
import { newId } from '../../platform/auth/secrets.ts';
import { businessDeadline } from '../../platform/business-days.ts';
import type { DbOrTrx } from '../../platform/db/database.ts';
import type { Business, Locale } from '../../platform/db/schema.ts';
import { AppError } from '../../platform/errors.ts';
import { businessOrganizations } from '../businesses/queries.ts';
import { checkAnswers } from '../gatherings/registrations/answers.ts';
import { deskError } from './messages.ts';
import {
  alertLeads,
  exchangeContacts,
  formatDeadline,
  memberLink,
  statusLabel,
  tellPartner,
  tellPeople,
  type Mailer,
} from './notices.ts';
import {
  parseQuestions,
  presentContact,
  presentOutcome,
  presentPillar,
  presentProposal,
  presentRequestFields,
} from './presenter.ts';
import * as queries from './queries.ts';
import type { RequestRow } from './queries.ts';
import { routeTo, weekStart, type Candidate } from './routing.ts';
import type { FileBody, OutcomeBody, ProposalBody } from './schema.ts';

/** Partners have this many business days, on the organization's clock, to opt in. */
export const BUSINESS_DAYS_TO_ANSWER = 2;

/** The "Ask for help" form: the business's organizations, their pillars and questions. */
export async function askForm(db: DbOrTrx, business: Business) {
  const pillars = await queries.activePillars(db);
  const organizations = [];
  for (const org of await businessOrganizations(db, business.id)) {
    const questions = new Map(
      (await queries.questionRows(db, org.id)).map((q) => [q.pillar_id, q.questions]),
    );
    organizations.push({
      slug: org.slug,
      nameKo: org.name_ko,
      nameEn: org.name_en,
      timeZone: await queries.deskTimeZone(db, org.id),
      pillars: pillars.map((p) => ({ ...presentPillar(p), questions: parseQuestions(questions.get(p.id)) })),
    });
  }
  return { organizations };
}

async function organizationToAsk(db: DbOrTrx, business: Business, slug: string | undefined) {
  const organizations = await businessOrganizations(db, business.id);
  const chosen = slug
    ? organizations.find((o) => o.slug === slug)
    : organizations.length === 1
      ? organizations[0]
      : undefined;
  if (!chosen) {
    const key = slug || organizations.length === 0 ? 'notInOrganization' : 'organizationNeeded';
    throw new AppError('validation_failed', { fields: { organizationSlug: deskError(key) } });
  }
  return chosen;
}

/** The vetted partners of the pillar, as the routing rules see them at the instant. */
export async function candidates(
  db: DbOrTrx,
  organizationId: string,
  pillarId: string,
  timeZone: string,
  at: Date,
) {
  const routed = await queries.routedSince(db, organizationId, weekStart(at, timeZone).toISOString());
  const rows = await queries.vettedPartners(db, organizationId, pillarId);
  return rows.map((r): Candidate => ({
    businessId: r.business_id,
    routedThisWeek: routed.get(`${pillarId}:${r.business_id}`) ?? 0,
    weeklyCapacity: r.weekly_capacity === null ? null : Number(r.weekly_capacity),
    zips: JSON.parse(r.zips) as string[],
    radiusMiles: r.radius_miles === null ? null : Number(r.radius_miles),
    offerRadiusMiles: r.offer_radius === null ? null : Number(r.offer_radius),
    location:
      r.latitude === null || r.longitude === null
        ? null
        : { latitude: Number(r.latitude), longitude: Number(r.longitude) },
    languages: JSON.parse(r.languages) as Locale[],
    sizes: JSON.parse(r.sizes) as Candidate['sizes'],
  }));
}

/**
 * Files the request and sends it at once to every partner the routing rules allow, with a deadline
 * two business days out on the organization's clock. With no partner available the member is told so
 * (noPartnerAvailable) and the pillar's action-team leads (or the admins) are alerted.
 */
export async function fileRequest(
  trx: DbOrTrx,
  mailer: Mailer,
  business: Business,
  userId: string,
  body: Static<typeof FileBody>,
  locale: Locale,
  now: Date,
): Promise<string> {
  const organization = await organizationToAsk(trx, business, body.organizationSlug);
  const pillar = await queries.pillarByKey(trx, body.pillarKey);
  if (!pillar) {
    throw new AppError('validation_failed', { fields: { pillarKey: deskError('pillarUnknown') } });
  }
  const stored = (await queries.questionRows(trx, organization.id)).find((q) => q.pillar_id === pillar.id);
  const answers = checkAnswers(parseQuestions(stored?.questions), body.answers ?? {}, locale);
  const title = body.title.trim();
  const description = body.description.trim();
  const blank = {
    ...(title ? {} : { title: deskError('textMissing') }),
    ...(description ? {} : { description: deskError('textMissing') }),
  };
  if (Object.keys(blank).length > 0) {
    throw new AppError('validation_failed', { fields: blank });
  }
  const timeZone = await queries.deskTimeZone(trx, organization.id);
  const stamp = now.toISOString();
  const id = newId();
  await queries.insertRequest(trx, {
    id,
    organization_id: organization.id,
    business_id: business.id,
    pillar_id: pillar.id,
    filed_by: userId,
    title,
    description,
    answers: JSON.stringify(answers),
    language: body.language,
    business_size: body.businessSize,
    status: 'open',
    time_zone: timeZone,
    respond_by: businessDeadline(now, BUSINESS_DAYS_TO_ANSWER, timeZone).dueAt.toISOString(),
    escalated_at: null,
    rating: null,
    outcome: null,
    saved_cents: null,
    outcome_note: null,
    created_at: stamp,
    updated_at: stamp,
  });
  const location =
    business.latitude === null || business.longitude === null
      ? null
      : { latitude: Number(business.latitude), longitude: Number(business.longitude) };
  const chosen = routeTo(await candidates(trx, organization.id, pillar.id, timeZone, now), {
    businessId: business.id,
    zip: business.zip,
    location,
    language: body.language,
    size: body.businessSize,
  });
  const row = (await queries.findRequest(trx, id)) as RequestRow;
  for (const partner of chosen) {
    await queries.insertRouting(trx, id, partner.businessId, newId(), stamp);
    await tellPartner(trx, row, partner.businessId);
  }
  if (chosen.length === 0) {
    await queries.setRequest(trx, id, { escalated_at: stamp });
    await alertLeads(trx, row, 'noPartner');
  }
  return id;
}

export async function listRequests(db: DbOrTrx, business: Business) {
  const rows = await queries.businessRequests(db, business.id);
  return {
    requests: rows.map((r) => ({
      id: r.id,
      title: r.title,
      pillar: { key: r.pillar_key, nameKo: r.pillar_name_ko, nameEn: r.pillar_name_en },
      status: r.status,
      respondBy: r.respond_by,
      proposalCount: Number(r.proposal_count ?? 0),
      filedAt: r.created_at,
    })),
  };
}

async function businessRequest(db: DbOrTrx, business: Business, id: string): Promise<RequestRow> {
  const row = await queries.findRequest(db, id);
  if (!row || row.business_id !== business.id) {
    throw new AppError('not_found');
  }
  return row;
}

async function questionsOf(db: DbOrTrx, row: RequestRow) {
  const stored = (await queries.questionRows(db, row.organization_id)).find(
    (q) => q.pillar_id === row.pillar_id,
  );
  return parseQuestions(stored?.questions);
}

/** The member's view: proposals side by side; a partner's contact only once it is picked. */
export async function getRequest(db: DbOrTrx, business: Business, id: string) {
  const row = await businessRequest(db, business, id);
  const routings = await queries.routings(db, id);
  const proposals = [];
  for (const routing of routings.filter((r) => r.status !== 'routed')) {
    const contact = routing.status === 'picked' ? await queries.contactOf(db, routing.business_id) : null;
    proposals.push(presentProposal(routing, contact));
  }
  return {
    ...presentRequestFields(row, await questionsOf(db, row), await queries.attachments(db, id)),
    noPartnerAvailable: routings.length === 0,
    routedCount: routings.length,
    proposals,
    ...presentOutcome(row),
  };
}

/** The request locked for a change, refusing (409) one that is no longer in one of the given states. */
async function lockIn(trx: DbOrTrx, id: string, allowed: readonly string[], locale: Locale, now: Date) {
  const row = await queries.lockRequest(trx, id, now.toISOString());
  if (!row) {
    throw new AppError('not_found');
  }
  if (!allowed.includes(row.status)) {
    throw new AppError('service_request_closed', { params: { status: statusLabel(locale, row.status) } });
  }
  return row;
}

/** Picks one or more partners among those who proposed: contacts are exchanged, both sides e-mailed. */
export async function pick(
  trx: DbOrTrx,
  mailer: Mailer,
  business: Business,
  id: string,
  slugs: string[],
  locale: Locale,
  now: Date,
) {
  await businessRequest(trx, business, id);
  const row = await lockIn(trx, id, ['open', 'proposals', 'in_progress'], locale, now);
  const routings = await queries.routings(trx, id);
  const picked = [...new Set(slugs)].map((slug) =>
    routings.find((r) => r.slug === slug && r.status !== 'routed'),
  );
  if (picked.some((r) => r === undefined)) {
    throw new AppError('validation_failed', { fields: { businessSlugs: deskError('notAProposal') } });
  }
  for (const routing of picked) {
    if (routing && routing.status === 'proposed') {
      await trx
        .updateTable('service_request_partners')
        .set({ status: 'picked', picked_at: now.toISOString() })
        .where('id', '=', routing.id)
        .execute();
      await exchangeContacts(trx, mailer, row, routing.business_id);
    }
  }
  await queries.setRequest(trx, id, { status: 'in_progress' });
}

export async function withdraw(trx: DbOrTrx, business: Business, id: string, locale: Locale, now: Date) {
  await businessRequest(trx, business, id);
  const row = await lockIn(trx, id, ['open', 'proposals', 'in_progress'], locale, now);
  await queries.setRequest(trx, id, { status: 'withdrawn' });
  for (const routing of await queries.routings(trx, id)) {
    await tellPeople(trx, routing.business_id, 'withdrawn', row, { link: '/help/inbox' });
  }
}

/** The member's rating and outcome: the request is done. */
export async function recordOutcome(
  trx: DbOrTrx,
  business: Business,
  id: string,
  body: Static<typeof OutcomeBody>,
  locale: Locale,
  now: Date,
) {
  const current = await businessRequest(trx, business, id);
  if (current.status === 'open' || current.status === 'proposals') {
    throw new AppError('validation_failed', { fields: { outcome: deskError('notPicked') } });
  }
  await lockIn(trx, id, ['in_progress', 'done'], locale, now);
  await queries.setRequest(trx, id, {
    status: 'done',
    rating: body.rating,
    outcome: body.outcome,
    saved_cents:
      body.savedDollars === undefined || body.savedDollars === null
        ? null
        : Math.round(body.savedDollars * 100),
    outcome_note: body.note?.trim() || null,
  });
}

/** The requests routed to the caller's businesses, as each partner sees them. */
export async function inbox(db: DbOrTrx, userId: string, now: Date) {
  const requests = [];
  for (const routing of await queries.inboxRoutings(db, userId)) {
    const row = await queries.findRequest(db, routing.request_id);
    if (!row) {
      continue;
    }
    const open = row.status === 'open' || row.status === 'proposals';
    requests.push({
      ...presentRequestFields(row, await questionsOf(db, row), await queries.attachments(db, row.id)),
      partner: { businessSlug: routing.slug, nameKo: routing.name_ko, nameEn: routing.name_en },
      myStatus: routing.status,
      myProposal: routing.proposal,
      canPropose: open && routing.status !== 'picked' && Date.parse(row.respond_by) > now.getTime(),
      memberContact:
        routing.status === 'picked' ? presentContact(await queries.contactOf(db, row.business_id)) : null,
    });
  }
  return { requests };
}

/**
 * A partner opts in with a proposal (and discloses any commercial interest) while the request is open
 * and before its deadline: 409 after the deadline or once the member withdrew it or picked someone.
 */
export async function propose(
  trx: DbOrTrx,
  partner: Business,
  id: string,
  body: Static<typeof ProposalBody>,
  locale: Locale,
  now: Date,
) {
  const routing = await queries.routing(trx, id, partner.id);
  if (!routing) {
    throw new AppError('not_found');
  }
  const row = await lockIn(trx, id, ['open', 'proposals'], locale, now);
  if (Date.parse(row.respond_by) <= now.getTime()) {
    throw new AppError('service_deadline_passed', {
      params: { deadline: formatDeadline(row.respond_by, row.time_zone, locale) },
    });
  }
  const disclosure = body.disclosure?.trim() ?? '';
  if (body.hasInterest && disclosure === '') {
    throw new AppError('validation_failed', { fields: { disclosure: deskError('disclosureMissing') } });
  }
  const proposal = body.proposal.trim();
  if (proposal === '') {
    throw new AppError('validation_failed', { fields: { proposal: deskError('textMissing') } });
  }
  await trx
    .updateTable('service_request_partners')
    .set({
      status: 'proposed',
      proposal,
      has_interest: body.hasInterest ? 1 : 0,
      disclosure: body.hasInterest ? disclosure : null,
      proposed_at: now.toISOString(),
    })
    .where('id', '=', routing.id)
    .where('status', '=', 'routed')
    .execute();
  if (row.status === 'open') {
    await queries.setRequest(trx, id, { status: 'proposals' });
  }
  await tellPeople(trx, row.business_id, 'proposal', row, {
    partnerKo: partner.name_ko,
    partnerEn: partner.name_en,
    link: memberLink(row),
  });
}
