import type { Db } from '../../../platform/db/database.ts';
import type { Locale } from '../../../platform/db/schema.ts';
import { t } from '../../../platform/i18n/index.ts';
import { leadsFor, matchesFor } from '../../matching/service.ts';
import type { EventAccess } from '../access.ts';
import { parseList, presentPerson } from './presenter.ts';
import * as queries from './queries.ts';

/**
 * Suggested meetings for an attendee: the other participants ranked by how their offers meet the
 * attendee's needs and the attendee's offers meet theirs (pillars in common), boosted by the matchmaking's
 * score between the two businesses when both have one, with the reasons in words.
 */

export interface Sides {
  offers: readonly string[];
  needs: readonly string[];
}

/** Pillars where one side's offers meet the other's needs, both ways. */
export function pillarOverlap(me: Sides, other: Sides) {
  const theyOffer = me.needs.filter((p) => other.offers.includes(p));
  const theyNeed = me.offers.filter((p) => other.needs.includes(p));
  return { theyOffer, theyNeed, total: theyOffer.length + theyNeed.length };
}

/** Points per pillar that meets; the matchmaking's 0–100 adds up to POINTS_PER_PILLAR on top. */
const POINTS_PER_PILLAR = 10;
const SHOWN = 20;

/**
 * The matchmaking's best score between the caller's business and each other business (by slug), from its
 * ranked matches (their offers for our needs) and leads (their needs for our offers). It ranks businesses
 * per need and offer in the directory; a pair it does not list gets no boost.
 */
async function matchScores(db: Db, businessId: string | null, locale: Locale): Promise<Map<string, number>> {
  const scores = new Map<string, number>();
  if (!businessId) {
    return scores;
  }
  const business = await db
    .selectFrom('businesses')
    .selectAll()
    .where('id', '=', businessId)
    .executeTakeFirst();
  if (!business) {
    return scores;
  }
  const now = new Date();
  const keep = (slug: string, score: number) => scores.set(slug, Math.max(score, scores.get(slug) ?? 0));
  for (const need of (await matchesFor(db, business, locale, now)).needs) {
    need.candidates.forEach((c) => keep(c.business.slug, c.score));
  }
  for (const offer of (await leadsFor(db, business, locale, now)).offers) {
    offer.candidates.forEach((c) => keep(c.business.slug, c.score));
  }
  return scores;
}

export async function suggestionsFor(
  db: Db,
  access: EventAccess,
  me: queries.ParticipantRow,
  locale: Locale,
) {
  const { event } = access;
  const pillars = new Map((await queries.activePillarIds(db)).map((p) => [p.id, p]));
  const name = (id: string) => {
    const p = pillars.get(id);
    return p ? (locale === 'ko' ? p.name_ko : p.name_en) : id;
  };
  const asked = new Set<string>();
  for (const r of await queries.requestsOfEvent(db, event.id)) {
    if (r.requester_id === me.registration_id) {
      asked.add(r.recipient_id);
    } else if (r.recipient_id === me.registration_id) {
      asked.add(r.requester_id);
    }
  }
  const scores = await matchScores(db, me.business_id, locale);
  const mine = { offers: parseList(me.offers), needs: parseList(me.needs) };
  const items = [];
  for (const other of await queries.participantRows(db, event)) {
    if (other.registration_id === me.registration_id || asked.has(other.registration_id)) {
      continue;
    }
    const overlap = pillarOverlap(mine, { offers: parseList(other.offers), needs: parseList(other.needs) });
    const match =
      other.business_slug && other.business_id !== me.business_id
        ? (scores.get(other.business_slug) ?? 0)
        : 0;
    if (overlap.total === 0 && match === 0) {
      continue;
    }
    const reasons: string[] = [];
    if (overlap.theyOffer.length > 0) {
      reasons.push(
        t(locale, 'b2b:reasons.offersYourNeeds', { pillars: overlap.theyOffer.map(name).join(', ') }),
      );
    }
    if (overlap.theyNeed.length > 0) {
      reasons.push(
        t(locale, 'b2b:reasons.needsYourOffers', { pillars: overlap.theyNeed.map(name).join(', ') }),
      );
    }
    if (match > 0) {
      reasons.push(t(locale, 'b2b:reasons.matchmaking', { score: match }));
    }
    const score = overlap.total * POINTS_PER_PILLAR + (match * POINTS_PER_PILLAR) / 100;
    items.push({ person: presentPerson(other), score: Math.round(score * 10) / 10, reasons });
  }
  items.sort((a, b) => b.score - a.score || a.person.name.localeCompare(b.person.name));
  return { items: items.slice(0, SHOWN) };
}
