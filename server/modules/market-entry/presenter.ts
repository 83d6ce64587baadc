import type { Selectable } from 'kysely';
import type { Locale, MarketEntryApplicationTable, Organization } from '../../platform/db/schema.ts';
import type { StepRow } from './queries.ts';
import type { Suggestion } from './suggestions.ts';

export type ApplicationRow = Selectable<MarketEntryApplicationTable>;

export const casePath = (token: string) => `/market-entry/cases/${token}`;

const isOverdue = (step: StepRow, today: string) => step.status !== 'done' && step.due_on < today;

export function progressOf(steps: StepRow[], today: string) {
  return {
    done: steps.filter((s) => s.status === 'done').length,
    total: steps.length,
    overdue: steps.filter((s) => isOverdue(s, today)).length,
  };
}

function parseNeeds(text: string): string[] {
  const value: unknown = JSON.parse(text);
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

export function presentSummary(row: ApplicationRow, steps: StepRow[], today: string) {
  return {
    id: row.id,
    companyNameKo: row.company_name_ko,
    companyNameEn: row.company_name_en,
    country: row.country,
    industry: row.industry,
    contactName: row.contact_name,
    locale: row.locale,
    targetDate: row.target_date,
    status: row.status,
    createdAt: row.created_at,
    progress: progressOf(steps, today),
  };
}

/** A step as the committee sees it: everything, internal note included, and the partners it may pick. */
export function presentStep(step: StepRow, choices: Suggestion[], today: string) {
  return {
    id: step.id,
    key: step.step_key,
    titleKo: step.title_ko,
    titleEn: step.title_en,
    explanationKo: step.explanation_ko,
    explanationEn: step.explanation_en,
    pillar:
      step.pillar_key === null
        ? null
        : { key: step.pillar_key, nameKo: step.pillar_name_ko ?? '', nameEn: step.pillar_name_en ?? '' },
    partner:
      step.partner_slug === null
        ? null
        : {
            slug: step.partner_slug,
            nameKo: step.partner_name_ko ?? '',
            nameEn: step.partner_name_en ?? '',
            reasonKo: step.partner_reason_ko,
            reasonEn: step.partner_reason_en,
          },
    owner: step.owner_user_id === null ? null : { id: step.owner_user_id, name: step.owner_name ?? '' },
    dueOn: step.due_on,
    status: step.status,
    overdue: isOverdue(step, today),
    noteForCompany: step.note_for_company,
    internalNote: step.internal_note,
    partnerChoices: choices.map((c) => ({
      slug: c.slug,
      nameKo: c.nameKo,
      nameEn: c.nameEn,
      reasonKo: c.reasonKo,
      reasonEn: c.reasonEn,
    })),
  };
}

export function presentDetail(
  row: ApplicationRow,
  steps: StepRow[],
  committee: { id: string; name: string }[],
  choices: Record<string, Suggestion[]>,
  today: string,
) {
  return {
    ...presentSummary(row, steps, today),
    contactEmail: row.contact_email,
    needs: parseNeeds(row.needs),
    message: row.message,
    acceptedOn: row.accepted_on,
    casePath: casePath(row.case_token),
    steps: steps.map((s) => presentStep(s, (s.step_key && choices[s.step_key]) || [], today)),
    committee,
  };
}

const pick = (locale: Locale, ko: string | null, en: string | null) =>
  (locale === 'ko' ? ko || en : en || ko) ?? '';

/** The company's view: its own language only, no owner, no internal note. */
export function presentCase(
  row: ApplicationRow,
  organization: Organization,
  steps: StepRow[],
  today: string,
) {
  const locale = row.locale;
  return {
    organization: { slug: organization.slug, name: pick(locale, organization.name_ko, organization.name_en) },
    companyName: pick(locale, row.company_name_ko, row.company_name_en),
    locale,
    status: row.status,
    targetDate: row.target_date,
    today,
    progress: progressOf(steps, today),
    steps: steps.map((s) => ({
      id: s.id,
      title: pick(locale, s.title_ko, s.title_en),
      explanation: pick(locale, s.explanation_ko, s.explanation_en),
      pillar: s.pillar_key === null ? null : pick(locale, s.pillar_name_ko, s.pillar_name_en),
      partner:
        s.partner_slug === null
          ? null
          : {
              slug: s.partner_slug,
              name: pick(locale, s.partner_name_ko, s.partner_name_en),
              reason: pick(locale, s.partner_reason_ko, s.partner_reason_en),
            },
      dueOn: s.due_on,
      status: s.status,
      overdue: isOverdue(s, today),
      note: s.note_for_company,
    })),
  };
}
