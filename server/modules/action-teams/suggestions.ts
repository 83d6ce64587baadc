import type { DbOrTrx } from '../../platform/db/database.ts';
import type { Locale } from '../../platform/db/schema.ts';
import type { Team } from './access.ts';
import { t } from '../../platform/i18n/index.ts';
import { finalScore } from '../matching/score.ts';
import { coverage, normalizeDescription, requestTerms } from '../matching/similarity.ts';

/**
 * Suggested experts for a team: businesses of the team's organizations with offers in its pillar, ranked by
 * how well their offers fit the team (its name and summary, read as the matchmaking reads a need) and by
 * their track record in the pillar (introductions won, and under way). Points out of 100, like a match.
 */
const POINTS = { pillar: 20, text: 25, won: 10, underWay: 4, partner: 5 } as const;
/** Past this many, more introductions add nothing: a long record should not bury a good fit. */
const RECORD_CAP = 3;
const TOP = 10;
const SNIPPET_LENGTH = 60;
const UNDER_WAY = new Set(['accepted', 'met', 'active']);

interface Candidate {
  id: string;
  slug: string;
  kind: 'member' | 'partner';
  name_ko: string;
  name_en: string;
  fit: number;
  offerKo: string;
  offerEn: string;
  organization: { name_ko: string; name_en: string };
  won: number;
  underWay: number;
}

function offersInPillar(db: DbOrTrx, pillarId: string, organizationIds: readonly string[], teamId: string) {
  return db
    .selectFrom('offers')
    .innerJoin('businesses', 'businesses.id', 'offers.business_id')
    .innerJoin('business_organizations as bo', 'bo.business_id', 'businesses.id')
    .innerJoin('organizations', 'organizations.id', 'bo.organization_id')
    .select([
      'businesses.id',
      'businesses.slug',
      'businesses.kind',
      'businesses.name_ko',
      'businesses.name_en',
      'offers.description_ko',
      'offers.description_en',
      'organizations.name_ko as organization_name_ko',
      'organizations.name_en as organization_name_en',
    ])
    .where('offers.pillar_id', '=', pillarId)
    .where('bo.organization_id', 'in', organizationIds)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('action_team_members as m')
            .select('m.id')
            .whereRef('m.business_id', '=', 'businesses.id')
            .where('m.team_id', '=', teamId)
            .where('m.status', 'in', ['invited', 'active']),
        ),
      ),
    )
    .orderBy('businesses.id')
    .orderBy('offers.id')
    .execute();
}

/** Introductions in the pillar (through the offer or the need) touching the candidates. */
function introductionsInPillar(db: DbOrTrx, pillarId: string, businessIds: readonly string[]) {
  return db
    .selectFrom('introductions as i')
    .leftJoin('offers', 'offers.id', 'i.offer_id')
    .leftJoin('needs', 'needs.id', 'i.need_id')
    .select([
      'i.requester_business_id',
      'i.recipient_business_id',
      'i.stage',
      'i.outcome',
      'offers.business_id as offer_business_id',
      'needs.business_id as need_business_id',
    ])
    .where((eb) => eb.or([eb('offers.pillar_id', '=', pillarId), eb('needs.pillar_id', '=', pillarId)]))
    .where((eb) =>
      eb.or([
        eb('i.requester_business_id', 'in', businessIds),
        eb('i.recipient_business_id', 'in', businessIds),
      ]),
    )
    .execute();
}

type IntroRow = Awaited<ReturnType<typeof introductionsInPillar>>[number];

/** The business that provided the service: the offer's owner, or the party that did not have the need. */
function providerOf(row: IntroRow): string {
  if (row.offer_business_id) {
    return row.offer_business_id;
  }
  return row.need_business_id === row.requester_business_id
    ? row.recipient_business_id
    : row.requester_business_id;
}

function snippet(locale: Locale, ko: string, en: string): string {
  const preferred = locale === 'ko' ? ko || en : en || ko;
  const line = preferred.trim().split('\n')[0] ?? '';
  return line.length > SNIPPET_LENGTH ? `${line.slice(0, SNIPPET_LENGTH - 1).trimEnd()}…` : line;
}

function scoreOf(c: Candidate): number {
  return finalScore(
    POINTS.pillar +
      POINTS.text * c.fit +
      POINTS.won * Math.min(c.won, RECORD_CAP) +
      POINTS.underWay * Math.min(c.underWay, RECORD_CAP) +
      (c.kind === 'partner' ? POINTS.partner : 0),
  );
}

function reasonsOf(locale: Locale, c: Candidate, pillar: string): string[] {
  const name = (o: { name_ko: string; name_en: string }) => (locale === 'ko' ? o.name_ko : o.name_en);
  const reasons = [t(locale, 'actionTeams:reasons.offers', { text: snippet(locale, c.offerKo, c.offerEn) })];
  if (c.won > 0) {
    reasons.push(t(locale, 'actionTeams:reasons.won', { count: c.won, pillar }));
  }
  if (c.underWay > 0) {
    reasons.push(t(locale, 'actionTeams:reasons.underWay', { count: c.underWay, pillar }));
  }
  reasons.push(t(locale, `actionTeams:reasons.${c.kind}`, { organization: name(c.organization) }));
  return reasons;
}

export interface SuggestedExpert {
  business: { slug: string; kind: 'member' | 'partner'; nameKo: string; nameEn: string };
  score: number;
  reasons: string[];
}

export async function suggestExperts(
  db: DbOrTrx,
  team: Team,
  organizationIds: readonly string[],
  pillar: { name_ko: string; name_en: string },
  locale: Locale,
): Promise<SuggestedExpert[]> {
  const request = requestTerms(`${team.name_ko} ${team.summary_ko}`, `${team.name_en} ${team.summary_en}`);
  const candidates = new Map<string, Candidate>();
  for (const row of await offersInPillar(db, team.pillar_id, organizationIds, team.id)) {
    const fit =
      request.length === 0
        ? 0
        : coverage(request, normalizeDescription(`${row.description_ko} ${row.description_en}`));
    const known = candidates.get(row.id);
    if (known && known.fit >= fit) {
      continue;
    }
    candidates.set(row.id, {
      ...row,
      fit,
      offerKo: row.description_ko,
      offerEn: row.description_en,
      organization: known?.organization ?? {
        name_ko: row.organization_name_ko,
        name_en: row.organization_name_en,
      },
      won: 0,
      underWay: 0,
    });
  }
  if (candidates.size > 0) {
    for (const row of await introductionsInPillar(db, team.pillar_id, [...candidates.keys()])) {
      const provider = candidates.get(providerOf(row));
      if (provider && row.stage === 'closed' && row.outcome === 'won') {
        provider.won += 1;
      } else if (provider && UNDER_WAY.has(row.stage)) {
        provider.underWay += 1;
      }
    }
  }
  const pillarName = locale === 'ko' ? pillar.name_ko : pillar.name_en;
  return [...candidates.values()]
    .map((c) => ({ c, score: scoreOf(c) }))
    .sort(
      (a, b) => b.score - a.score || a.c.name_en.localeCompare(b.c.name_en) || a.c.id.localeCompare(b.c.id),
    )
    .slice(0, TOP)
    .map(({ c, score }) => ({
      business: { slug: c.slug, kind: c.kind, nameKo: c.name_ko, nameEn: c.name_en },
      score,
      reasons: reasonsOf(locale, c, pillarName),
    }));
}
