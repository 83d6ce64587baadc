import type { Answers, RegistrationQuestion } from '../gatherings/shapes.ts';
import type { RequestRow, RoutingRow } from './queries.ts';

/** The fields the services desk exposes; never raw rows. */

export type ContactDetails = Awaited<ReturnType<typeof import('./queries.ts').contactOf>>;

export function presentContact(contact: ContactDetails) {
  return {
    businessSlug: contact.business.slug,
    nameKo: contact.business.name_ko,
    nameEn: contact.business.name_en,
    email: contact.business.email,
    phone: contact.business.phone,
    website: contact.business.website,
    people: contact.people.map((p) => ({ name: p.name, email: p.email })),
  };
}

export const presentPillar = (row: { key: string; name_ko: string; name_en: string }) => ({
  key: row.key,
  nameKo: row.name_ko,
  nameEn: row.name_en,
});

export function parseQuestions(json: string | undefined): RegistrationQuestion[] {
  return json ? (JSON.parse(json) as RegistrationQuestion[]) : [];
}

export function attachmentUrl(requestId: string, attachmentId: string): string {
  return `/api/v1/service-requests/${requestId}/attachments/${attachmentId}`;
}

type AttachmentRow = { id: string; file_name: string; content_type: string; size_bytes: number };

/** What member, partners and desk all see of a request. */
export function presentRequestFields(
  row: RequestRow,
  questions: RegistrationQuestion[],
  files: readonly AttachmentRow[],
) {
  return {
    id: row.id,
    organization: {
      slug: row.organization_slug,
      nameKo: row.organization_name_ko,
      nameEn: row.organization_name_en,
    },
    business: { slug: row.business_slug, nameKo: row.business_name_ko, nameEn: row.business_name_en },
    pillar: { key: row.pillar_key, nameKo: row.pillar_name_ko, nameEn: row.pillar_name_en },
    title: row.title,
    description: row.description,
    answers: JSON.parse(row.answers) as Answers,
    questions,
    language: row.language,
    businessSize: row.business_size,
    status: row.status,
    timeZone: row.time_zone,
    respondBy: row.respond_by,
    escalated: row.escalated_at !== null,
    filedAt: row.created_at,
    attachments: files.map((f) => ({
      id: f.id,
      fileName: f.file_name,
      contentType: f.content_type,
      sizeBytes: Number(f.size_bytes),
      url: attachmentUrl(row.id, f.id),
    })),
  };
}

export function presentProposal(routing: RoutingRow, contact: ContactDetails | null) {
  return {
    businessSlug: routing.slug,
    nameKo: routing.name_ko,
    nameEn: routing.name_en,
    status: routing.status,
    proposal: routing.proposal,
    hasInterest: Number(routing.has_interest) === 1,
    disclosure: routing.disclosure,
    assigned: routing.assigned_by !== null,
    proposedAt: routing.proposed_at,
    contact: contact ? presentContact(contact) : null,
  };
}

export function presentOutcome(row: RequestRow) {
  return {
    rating: row.rating === null ? null : Number(row.rating),
    outcome: row.outcome,
    savedDollars: row.saved_cents === null ? null : Number(row.saved_cents) / 100,
    outcomeNote: row.outcome_note,
  };
}
