import type { DbOrTrx } from '../../platform/db/database.ts';
import * as queries from './queries.ts';

const BOARD_STAGES = ['requested', 'accepted', 'met', 'active', 'closed'] as const;
type BoardStage = (typeof BOARD_STAGES)[number];
const ACCEPTED = new Set(['accepted', 'met', 'active', 'closed']);
const HOUR_MS = 3_600_000;

function card(row: queries.PipelineRow) {
  return {
    id: row.id,
    stage: row.stage,
    requester: { slug: row.requester_slug, nameKo: row.requester_name_ko, nameEn: row.requester_name_en },
    recipient: { slug: row.recipient_slug, nameKo: row.recipient_name_ko, nameEn: row.recipient_name_en },
    outcome: row.outcome,
    valueCents: row.value_cents,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function median(values: number[]): number | null {
  if (values.length === 0) {
    return null;
  }
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

/**
 * The organization's pipeline: every introduction with one of its businesses on either side, as a
 * board by stage (declined and expired ones only count in the numbers) and as numbers.
 */
export async function organizationPipeline(db: DbOrTrx, organizationId: string) {
  const rows = await queries.introductionsOfOrganization(db, organizationId);
  const board = Object.fromEntries(BOARD_STAGES.map((s) => [s, [] as ReturnType<typeof card>[]])) as Record<
    BoardStage,
    ReturnType<typeof card>[]
  >;
  for (const row of rows) {
    if ((BOARD_STAGES as readonly string[]).includes(row.stage)) {
      board[row.stage as BoardStage].push(card(row));
    }
  }
  const accepted = rows.filter((r) => ACCEPTED.has(r.stage)).length;
  const answered = accepted + rows.filter((r) => r.stage === 'declined' || r.stage === 'expired').length;
  const responseHours = rows
    .filter((r) => r.responded_at !== null)
    .map((r) => (Date.parse(r.responded_at ?? '') - Date.parse(r.created_at)) / HOUR_MS);
  const won = rows.filter((r) => r.outcome === 'won');
  const medianHours = median(responseHours);
  return {
    board,
    stats: {
      introductions: rows.length,
      acceptanceRate: answered === 0 ? null : round(accepted / answered, 3),
      medianResponseHours: medianHours === null ? null : round(medianHours, 1),
      won: won.length,
      valueCents: won.reduce((sum, r) => sum + (r.value_cents ?? 0), 0),
    },
  };
}
