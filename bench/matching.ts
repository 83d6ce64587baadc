import { performance } from 'node:perf_hooks';
import type { Db } from '../server/platform/db/database.ts';
import type { Business } from '../server/platform/db/schema.ts';
import { matchDirectoryFor } from '../server/modules/matching/directory.ts';
import { leadsFor, matchesFor } from '../server/modules/matching/service.ts';
import { percentile } from './measure.ts';
import { mulberry32 } from '../server/platform/random.ts';

/**
 * Top-10 match latency over a fixed sample of a seeded directory, through the matching service (SQL,
 * stage A, stage B, reasons, presentation; no HTTP). The sample is drawn with a fixed seed among
 * businesses with exactly one need (matches) or exactly one offer (leads), so one call ranks one need or
 * one offer: the time is per need, including the per-request work (exclusions, hidden, organizations).
 */

export interface MatchingLatency {
  kind: 'matches' | 'leads';
  p50: number;
  p99: number;
  count: number;
}

const WARM_UP = 10;

/** Businesses with exactly one row in the table, `count` of them drawn with a fixed seed. */
async function sample(db: Db, table: 'needs' | 'offers', count: number, seed: number): Promise<Business[]> {
  const single = await db
    .selectFrom(table)
    .innerJoin('businesses', 'businesses.id', `${table}.business_id`)
    .select('businesses.slug')
    .groupBy('businesses.slug')
    .having((eb) => eb.fn.countAll(), '=', 1)
    .orderBy('businesses.slug')
    .execute();
  const rand = mulberry32(seed);
  const slugs = new Set<string>();
  while (slugs.size < Math.min(count, single.length)) {
    slugs.add(single[Math.floor(rand() * single.length)]?.slug ?? '');
  }
  const rows = await db
    .selectFrom('businesses')
    .selectAll()
    .where('slug', 'in', [...slugs])
    .orderBy('slug')
    .execute();
  return rows;
}

async function timeEach(businesses: Business[], run: (business: Business) => Promise<unknown>) {
  for (const business of businesses.slice(0, WARM_UP)) {
    await run(business);
  }
  const times: number[] = [];
  for (const business of businesses) {
    const started = performance.now();
    await run(business);
    times.push(performance.now() - started);
  }
  const sorted = times.sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p99: percentile(sorted, 99), count: sorted.length };
}

/** Seconds to build the in-memory directory matching reads (as at server start). */
export async function buildMatchDirectory(db: Db): Promise<number> {
  const started = performance.now();
  await matchDirectoryFor(db);
  return (performance.now() - started) / 1000;
}

export async function measureMatching(db: Db, options: { needs: number }): Promise<MatchingLatency[]> {
  const now = new Date();
  const forMatches = await sample(db, 'needs', options.needs, 11);
  const forLeads = await sample(db, 'offers', options.needs, 13);
  return [
    { kind: 'matches', ...(await timeEach(forMatches, (b) => matchesFor(db, b, 'en', now))) },
    { kind: 'leads', ...(await timeEach(forLeads, (b) => leadsFor(db, b, 'en', now))) },
  ];
}
