import type { DbOrTrx } from '../../platform/db/database.ts';
import type { IntroductionAccess } from './access.ts';
import { t } from '../../platform/i18n/index.ts';
import type { Locale } from '../../platform/db/schema.ts';
import * as queries from './queries.ts';
import { BLOCKED_NOTE } from './service.ts';

/** Stages after the recipient said yes: from then on both sides see each other's contact. */
const SHARED_STAGES = new Set(['accepted', 'met', 'active', 'closed']);
/** Stages from which the two sides move the partnership on or close it. */
const ADVANCING_STAGES = new Set(['accepted', 'met', 'active']);

function names(row: { slug: string; name_ko: string; name_en: string }) {
  return { slug: row.slug, nameKo: row.name_ko, nameEn: row.name_en };
}

export function presentListItem(row: queries.IntroductionListRow, businessId: string) {
  const sent = row.requester_business_id === businessId;
  return {
    id: row.id,
    stage: row.stage,
    direction: sent ? ('sent' as const) : ('received' as const),
    other: sent
      ? { slug: row.recipient_slug, nameKo: row.recipient_name_ko, nameEn: row.recipient_name_en }
      : { slug: row.requester_slug, nameKo: row.requester_name_ko, nameEn: row.requester_name_en },
    message: row.message,
    outcome: row.outcome,
    valueCents: row.value_cents,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    expiresAt: row.expires_at,
  };
}

/** One introduction as the caller sees it: from the requester's side unless they only receive it. */
export async function loadDetail(db: DbOrTrx, access: IntroductionAccess, locale: Locale) {
  const introduction = (await queries.introductionById(db, access.introduction.id)) ?? access.introduction;
  const requester = await queries.businessSummary(db, introduction.requester_business_id);
  const recipient = await queries.businessSummary(db, introduction.recipient_business_id);
  const received = access.asRecipient && !access.asRequester;
  const other = received ? requester : recipient;
  const shared = (access.asRequester || access.asRecipient) && SHARED_STAGES.has(introduction.stage);
  const events = await queries.timeline(db, introduction.id);
  const owner = shared ? await queries.ownerName(db, other.id) : undefined;
  return {
    id: introduction.id,
    stage: introduction.stage,
    direction: received ? ('received' as const) : ('sent' as const),
    requester: names(requester),
    recipient: names(recipient),
    other: names(other),
    message: introduction.message,
    needId: introduction.need_id,
    offerId: introduction.offer_id,
    outcome: introduction.outcome,
    valueCents: introduction.value_cents,
    closeNote: introduction.close_note,
    createdAt: introduction.created_at,
    respondedAt: introduction.responded_at,
    expiresAt: introduction.expires_at,
    canRespond: access.asRecipient && introduction.stage === 'requested',
    canAdvance: (access.asRecipient || access.asRequester) && ADVANCING_STAGES.has(introduction.stage),
    timeline: events.map((e) => ({
      stage: e.stage,
      note: e.note === BLOCKED_NOTE ? t(locale, BLOCKED_NOTE) : e.note,
      actor: e.actor,
      createdAt: e.created_at,
    })),
    contact: shared ? { phone: other.phone, email: other.email, name: owner?.name ?? null } : null,
  };
}
