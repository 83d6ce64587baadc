import type { DbOrTrx } from '../../platform/db/database.ts';
import type { Insertable, Updateable } from 'kysely';
import type { Locale, MarketEntryStepTable, Organization } from '../../platform/db/schema.ts';
import { t } from '../../platform/i18n/index.ts';
import { newId, newSecret } from '../../platform/auth/secrets.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { standardSteps, standardStepKeys } from './checklist.ts';
import { addDays, dallasToday, isRealDate } from './dates.ts';
import { queueCaseMail, type MailContext } from './mail.ts';
import { casePath, presentCase, presentDetail, presentSummary } from './presenter.ts';
import * as queries from './queries.ts';
import { countries, type ApplyBody, type StepCreateBody, type StepUpdateBody } from './schema.ts';
import { suggestPartners, type Suggestion } from './suggestions.ts';
import './messages.ts';

const invalid = (field: string, name: string, params: Record<string, unknown> = {}) =>
  new AppError('validation_failed', { fields: { [field]: { key: `marketEntry:errors.${name}`, params } } });

function checkDate(field: string, date: string) {
  if (!isRealDate(date)) {
    throw invalid(field, 'dateInvalid');
  }
}

async function applicationOf(db: DbOrTrx, organization: Organization, id: string) {
  const row = await queries.findApplication(db, organization.id, id);
  if (!row) {
    throw notFound();
  }
  return row;
}

export async function apply(
  trx: DbOrTrx,
  organization: Organization,
  body: ApplyBody,
  mail: MailContext,
  now: Date,
) {
  const today = dallasToday(now);
  if (!countries.includes(body.country)) {
    throw invalid('country', 'countryUnknown');
  }
  checkDate('targetDate', body.targetDate);
  if (body.targetDate < today) {
    throw invalid('targetDate', 'targetInPast', { today });
  }
  const unknownNeed = body.needs.findIndex((n) => !standardStepKeys.includes(n));
  if (unknownNeed >= 0) {
    throw invalid(`needs.${unknownNeed}`, 'needUnknown');
  }
  const stamp = now.toISOString();
  const row = {
    id: newId(),
    organization_id: organization.id,
    company_name_ko: body.companyNameKo.trim(),
    company_name_en: body.companyNameEn.trim(),
    country: body.country,
    industry: body.industry.trim(),
    contact_name: body.contactName.trim(),
    contact_email: body.contactEmail.trim(),
    locale: body.locale ?? (body.country === 'KR' ? 'ko' : 'en'),
    target_date: body.targetDate,
    needs: JSON.stringify([...new Set(body.needs)]),
    message: body.message.trim(),
    case_token: newSecret(),
    status: 'applied' as const,
    accepted_on: null,
    created_at: stamp,
    updated_at: stamp,
  };
  await trx.insertInto('market_entry_applications').values(row).execute();
  await queueCaseMail(trx, 'received', row, organization, mail);
  return presentCaseLink(row);
}

const presentCaseLink = (row: { id: string; status: string; case_token: string }) => ({
  id: row.id,
  status: row.status,
  casePath: casePath(row.case_token),
});

export async function listApplications(db: DbOrTrx, organization: Organization, now: Date) {
  const rows = await queries.applicationsOf(db, organization.id);
  const steps = await queries.stepsOf(
    db,
    rows.map((r) => r.id),
  );
  const today = dallasToday(now);
  return {
    applications: rows.map((r) =>
      presentSummary(
        r,
        steps.filter((s) => s.application_id === r.id),
        today,
      ),
    ),
  };
}

export async function getApplication(db: DbOrTrx, organization: Organization, id: string, now: Date) {
  const row = await applicationOf(db, organization, id);
  const steps = await queries.stepsOf(db, [row.id]);
  const committee = await queries.committeeOf(db, organization.id);
  return presentDetail(row, steps, committee, await partnerChoices(db, organization, row), dallasToday(now));
}

const CHOICES = 5;

/** For each standard step, the partners the committee may pick from, best first (the suggestion's ranking). */
async function partnerChoices(db: DbOrTrx, organization: Organization, row: { locale: Locale }) {
  const choices: Record<string, Suggestion[]> = {};
  for (const step of standardSteps) {
    choices[step.key] = await suggestPartners(db, organization, step, row.locale, CHOICES);
  }
  return choices;
}

/** The standard steps for an application accepted on `today`: pillar, best partner (with reason), due date. */
export async function standardChecklist(
  trx: DbOrTrx,
  organization: Organization,
  application: { id: string; locale: Locale },
  today: string,
  stamp: string,
): Promise<Insertable<MarketEntryStepTable>[]> {
  const pillars = new Map((await queries.pillarIds(trx)).map((p) => [p.key, p.id]));
  const steps: Insertable<MarketEntryStepTable>[] = [];
  for (const [index, step] of standardSteps.entries()) {
    const [partner] = await suggestPartners(trx, organization, step, application.locale, 1);
    steps.push({
      id: newId(),
      application_id: application.id,
      position: index + 1,
      step_key: step.key,
      title_ko: step.titleKo,
      title_en: step.titleEn,
      explanation_ko: step.explanationKo,
      explanation_en: step.explanationEn,
      pillar_id: pillars.get(step.pillar) ?? null,
      partner_business_id: partner?.businessId ?? null,
      partner_reason_ko: partner?.reasonKo ?? '',
      partner_reason_en: partner?.reasonEn ?? '',
      owner_user_id: null,
      due_on: addDays(today, step.dueAfterDays),
      reminded_at: null,
      created_at: stamp,
      updated_at: stamp,
    });
  }
  return steps;
}

/**
 * Accepting makes the checklist: every standard step, in order, with its pillar, the best partner of that
 * pillar for this company (with the reason) and a due date counted from today in Dallas.
 */
export async function accept(
  trx: DbOrTrx,
  organization: Organization,
  id: string,
  mail: MailContext,
  now: Date,
) {
  const row = await applicationOf(trx, organization, id);
  if (row.status !== 'applied') {
    throw new AppError('conflict', {
      fields: { status: { key: 'marketEntry:errors.notApplied', params: { status: row.status } } },
    });
  }
  const today = dallasToday(now);
  const stamp = now.toISOString();
  const steps = await standardChecklist(trx, organization, row, today, stamp);
  await queries.insertSteps(trx, steps);
  await trx
    .updateTable('market_entry_applications')
    .set({ status: 'accepted', accepted_on: today, updated_at: stamp })
    .where('id', '=', row.id)
    .execute();
  await queueCaseMail(trx, 'accepted', row, organization, mail, { steps: steps.length });
  return getApplication(trx, organization, row.id, now);
}

export async function decline(trx: DbOrTrx, organization: Organization, id: string, now: Date) {
  const row = await applicationOf(trx, organization, id);
  if (row.status !== 'applied') {
    throw new AppError('conflict', {
      fields: { status: { key: 'marketEntry:errors.notApplied', params: { status: row.status } } },
    });
  }
  await trx
    .updateTable('market_entry_applications')
    .set({ status: 'declined', updated_at: now.toISOString() })
    .where('id', '=', row.id)
    .execute();
  return getApplication(trx, organization, row.id, now);
}

async function acceptedApplication(db: DbOrTrx, organization: Organization, id: string) {
  const row = await applicationOf(db, organization, id);
  if (row.status !== 'accepted') {
    throw new AppError('conflict', { fields: { status: { key: 'marketEntry:errors.notAccepted' } } });
  }
  return row;
}

export async function addStep(
  trx: DbOrTrx,
  organization: Organization,
  id: string,
  body: StepCreateBody,
  now: Date,
) {
  const row = await acceptedApplication(trx, organization, id);
  checkDate('dueOn', body.dueOn);
  const stamp = now.toISOString();
  await queries.insertSteps(trx, [
    {
      id: newId(),
      application_id: row.id,
      position: (await queries.lastPosition(trx, row.id)) + 1,
      step_key: null,
      title_ko: body.titleKo.trim(),
      title_en: body.titleEn.trim(),
      explanation_ko: body.explanationKo?.trim() ?? '',
      explanation_en: body.explanationEn?.trim() ?? '',
      pillar_id: null,
      partner_business_id: null,
      owner_user_id: null,
      due_on: body.dueOn,
      reminded_at: null,
      created_at: stamp,
      updated_at: stamp,
    },
  ]);
  return getApplication(trx, organization, row.id, now);
}

/**
 * A new partner for a step: any partner business; the reason is the suggestion's when it is one of the
 * step's suggestions, otherwise that the committee chose it.
 */
async function partnerChange(
  trx: DbOrTrx,
  organization: Organization,
  slug: string | null,
  step: { step_key: string | null },
  locale: Locale,
): Promise<Updateable<MarketEntryStepTable>> {
  if (slug === null) {
    return { partner_business_id: null, partner_reason_ko: '', partner_reason_en: '' };
  }
  const partner = await queries.partnerBySlug(trx, slug);
  if (!partner) {
    throw invalid('partnerSlug', 'partnerUnknown', { slug });
  }
  const standard = standardSteps.find((s) => s.key === step.step_key);
  const suggestions = standard ? await suggestPartners(trx, organization, standard, locale, CHOICES) : [];
  const suggested = suggestions.find((s) => s.businessId === partner.id);
  return {
    partner_business_id: partner.id,
    partner_reason_ko: suggested?.reasonKo ?? t('ko', 'marketEntry:reasons.chosen'),
    partner_reason_en: suggested?.reasonEn ?? t('en', 'marketEntry:reasons.chosen'),
  };
}

/** What a step edit changes; a new due date re-arms the due-soon reminder. */
async function stepChanges(
  trx: DbOrTrx,
  organization: Organization,
  body: StepUpdateBody,
  step: { step_key: string | null; due_on: string },
  locale: Locale,
) {
  const dueOn = step.due_on;
  const changes: Updateable<MarketEntryStepTable> = {};
  if (body.ownerId !== undefined) {
    const committee = await queries.committeeOf(trx, organization.id);
    if (body.ownerId !== null && !committee.some((m) => m.id === body.ownerId)) {
      throw invalid('ownerId', 'ownerNotCommittee', { organization: organization.name_en });
    }
    changes.owner_user_id = body.ownerId;
  }
  if (body.dueOn !== undefined && body.dueOn !== dueOn) {
    checkDate('dueOn', body.dueOn);
    changes.due_on = body.dueOn;
    changes.reminded_at = null;
  }
  if (body.partnerSlug !== undefined) {
    Object.assign(changes, await partnerChange(trx, organization, body.partnerSlug, step, locale));
  }
  if (body.status !== undefined) {
    changes.status = body.status;
  }
  if (body.noteForCompany !== undefined) {
    changes.note_for_company = body.noteForCompany;
  }
  if (body.internalNote !== undefined) {
    changes.internal_note = body.internalNote;
  }
  return changes;
}

export async function updateStep(
  trx: DbOrTrx,
  organization: Organization,
  id: string,
  stepId: string,
  body: StepUpdateBody,
  now: Date,
) {
  const row = await acceptedApplication(trx, organization, id);
  const step = await queries.findStep(trx, row.id, stepId);
  if (!step) {
    throw notFound();
  }
  const changes = await stepChanges(trx, organization, body, step, row.locale);
  await trx
    .updateTable('market_entry_steps')
    .set({ ...changes, updated_at: now.toISOString() })
    .where('id', '=', step.id)
    .execute();
  return getApplication(trx, organization, row.id, now);
}

/** The company's case page through its private link: a wrong token is simply not found. */
export async function caseByToken(db: DbOrTrx, token: string, now: Date) {
  const row = await queries.applicationByToken(db, token);
  if (!row) {
    throw notFound();
  }
  const organization = await db
    .selectFrom('organizations')
    .selectAll()
    .where('id', '=', row.organization_id)
    .executeTakeFirstOrThrow();
  const steps = await queries.stepsOf(db, [row.id]);
  return presentCase(row, organization, steps, dallasToday(now));
}
