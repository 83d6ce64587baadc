import type { Static } from 'typebox';
import { newId } from '../../platform/auth/secrets.ts';
import type { DbOrTrx } from '../../platform/db/database.ts';
import type { Locale } from '../../platform/db/schema.ts';
import { AppError, type FieldErrors } from '../../platform/errors.ts';
import type { RegistrationQuestion } from '../gatherings/shapes.ts';
import { belongsToOrganization, findBusinessBySlug } from '../businesses/queries.ts';
import { requireDeskAdmin, worksOn, type DeskViewer } from './access.ts';
import { deskError } from './messages.ts';
import { exchangeContacts, statusLabel, type Mailer } from './notices.ts';
import { parseQuestions, presentPillar } from './presenter.ts';
import * as queries from './queries.ts';
import { weekStart } from './routing.ts';
import type { VetBody } from './schema.ts';

/** The organization's desk: questions per pillar, vetted partners, unanswered requests, assigning by hand. */

async function pillarOf(db: DbOrTrx, key: string) {
  const pillar = await queries.pillarByKey(db, key);
  if (!pillar) {
    throw new AppError('not_found');
  }
  return pillar;
}

export async function getDesk(db: DbOrTrx, viewer: DeskViewer, now: Date) {
  const { organization } = viewer;
  const timeZone = await queries.deskTimeZone(db, organization.id);
  const questions = new Map(
    (await queries.questionRows(db, organization.id)).map((q) => [q.pillar_id, q.questions]),
  );
  const pillars = (await queries.activePillars(db)).filter((p) => worksOn(viewer, p.id));
  const routed = await queries.routedSince(db, organization.id, weekStart(now, timeZone).toISOString());
  const partners = (await queries.vettedPartners(db, organization.id)).filter((p) =>
    worksOn(viewer, p.pillar_id),
  );
  const unanswered = (await queries.unanswered(db, organization.id)).filter((r) =>
    worksOn(viewer, r.pillar_id),
  );
  return {
    organization: { slug: organization.slug, nameKo: organization.name_ko, nameEn: organization.name_en },
    timeZone,
    canManage: viewer.admin,
    pillars: pillars.map((p) => ({ ...presentPillar(p), questions: parseQuestions(questions.get(p.id)) })),
    partners: partners.map((p) => ({
      pillarKey: p.pillar_key,
      businessSlug: p.slug,
      nameKo: p.name_ko,
      nameEn: p.name_en,
      weeklyCapacity: p.weekly_capacity === null ? null : Number(p.weekly_capacity),
      routedThisWeek: routed.get(`${p.pillar_id}:${p.business_id}`) ?? 0,
      zips: JSON.parse(p.zips) as string[],
      radiusMiles: p.radius_miles === null ? null : Number(p.radius_miles),
      languages: JSON.parse(p.languages) as Locale[],
      sizes: JSON.parse(p.sizes) as ('solo' | 'small' | 'medium' | 'large')[],
    })),
    unanswered: unanswered.map((r) => ({
      id: r.id,
      title: r.title,
      pillar: { key: r.pillar_key, nameKo: r.pillar_name_ko, nameEn: r.pillar_name_en },
      business: { slug: r.business_slug, nameKo: r.business_name_ko, nameEn: r.business_name_en },
      respondBy: r.respond_by,
      filedAt: r.created_at,
    })),
  };
}

/** Question ids are unique; a choice question has options. */
function checkQuestions(questions: RegistrationQuestion[]): void {
  const fields: FieldErrors = {};
  const seen = new Set<string>();
  questions.forEach((q, index) => {
    if (seen.has(q.id)) {
      fields[`questions.${index}.id`] = deskError('duplicateQuestion', { id: q.id });
    }
    seen.add(q.id);
    if (q.kind !== 'text' && q.options.length === 0) {
      fields[`questions.${index}.options`] = deskError('choicesNeeded');
    }
  });
  if (Object.keys(fields).length > 0) {
    throw new AppError('validation_failed', { fields });
  }
}

export async function saveQuestions(
  trx: DbOrTrx,
  viewer: DeskViewer,
  pillarKey: string,
  questions: RegistrationQuestion[],
  now: Date,
) {
  requireDeskAdmin(viewer);
  const pillar = await pillarOf(trx, pillarKey);
  checkQuestions(questions);
  const stored = questions.map((q) => ({ ...q, options: q.kind === 'text' ? [] : q.options }));
  await queries.saveQuestions(
    trx,
    viewer.organization.id,
    pillar.id,
    JSON.stringify(stored),
    now.toISOString(),
  );
}

async function organizationBusiness(db: DbOrTrx, viewer: DeskViewer, slug: string) {
  const business = await findBusinessBySlug(db, slug);
  if (!business) {
    throw new AppError('not_found');
  }
  if (!(await belongsToOrganization(db, business.id, viewer.organization.id))) {
    throw new AppError('validation_failed', { fields: { businessSlug: deskError('notInOrganization') } });
  }
  return business;
}

/** Marks the business vetted for the pillar (or changes what it serves). */
export async function vet(
  trx: DbOrTrx,
  viewer: DeskViewer,
  pillarKey: string,
  businessSlug: string,
  body: Static<typeof VetBody>,
  now: Date,
) {
  requireDeskAdmin(viewer);
  const pillar = await pillarOf(trx, pillarKey);
  const business = await organizationBusiness(trx, viewer, businessSlug);
  const zips = [...new Set(body.zips.map((z) => z.trim()))];
  if (zips.some((z) => !/^\d{5}$/.test(z))) {
    throw new AppError('validation_failed', { fields: { zips: deskError('zipInvalid') } });
  }
  const stamp = now.toISOString();
  await queries.upsertPartner(trx, {
    id: newId(),
    organization_id: viewer.organization.id,
    pillar_id: pillar.id,
    business_id: business.id,
    weekly_capacity: body.weeklyCapacity,
    zips: JSON.stringify(zips),
    radius_miles: body.radiusMiles,
    languages: JSON.stringify([...new Set(body.languages)]),
    sizes: JSON.stringify([...new Set(body.sizes)]),
    vetted_by: viewer.userId,
    created_at: stamp,
    updated_at: stamp,
  });
}

export async function unvet(trx: DbOrTrx, viewer: DeskViewer, pillarKey: string, businessSlug: string) {
  requireDeskAdmin(viewer);
  const pillar = await pillarOf(trx, pillarKey);
  const business = await findBusinessBySlug(trx, businessSlug);
  if (!business) {
    throw new AppError('not_found');
  }
  await queries.removePartner(trx, viewer.organization.id, pillar.id, business.id);
}

/**
 * Assigns a vetted partner of the request's pillar by hand (the lead of that pillar, or an admin): the
 * partner is picked at once and contacts are exchanged. 409 once the request is done or withdrawn.
 */
export async function assign(
  trx: DbOrTrx,
  mailer: Mailer,
  viewer: DeskViewer,
  id: string,
  businessSlug: string,
  locale: Locale,
  now: Date,
) {
  const found = await queries.findRequest(trx, id);
  if (!found || found.organization_id !== viewer.organization.id) {
    throw new AppError('not_found');
  }
  if (!worksOn(viewer, found.pillar_id)) {
    throw new AppError('forbidden');
  }
  const business = await findBusinessBySlug(trx, businessSlug);
  if (!business || !(await queries.isVetted(trx, found.organization_id, found.pillar_id, business.id))) {
    throw new AppError('validation_failed', { fields: { businessSlug: deskError('notVetted') } });
  }
  const row = await queries.lockRequest(trx, id, now.toISOString());
  if (!row || !['open', 'proposals', 'in_progress'].includes(row.status)) {
    throw new AppError('service_request_closed', {
      params: { status: statusLabel(locale, row?.status ?? 'withdrawn') },
    });
  }
  const stamp = now.toISOString();
  const existing = await queries.routing(trx, id, business.id);
  if (existing?.status === 'picked') {
    return;
  }
  if (existing) {
    await trx
      .updateTable('service_request_partners')
      .set({ status: 'picked', picked_at: stamp, assigned_by: viewer.userId })
      .where('id', '=', existing.id)
      .execute();
  } else {
    await trx
      .insertInto('service_request_partners')
      .values({
        id: newId(),
        request_id: id,
        business_id: business.id,
        status: 'picked',
        assigned_by: viewer.userId,
        routed_at: stamp,
        picked_at: stamp,
      })
      .execute();
  }
  await queries.setRequest(trx, id, { status: 'in_progress' });
  await exchangeContacts(trx, mailer, row, business.id);
}
