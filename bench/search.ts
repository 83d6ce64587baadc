import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import { buildApp, type App } from '../server/app.ts';
import { loadConfig } from '../server/platform/config.ts';
import { openDatabase, type DialectName } from '../server/platform/db/database.ts';
import { migrateToLatest } from '../server/platform/db/migrate.ts';
import { forgetRankedPages, warmSearchIndex } from '../server/modules/search/live-index.ts';
import { openFreshSchema } from '../test/harness.ts';
import { writeSection } from './report.ts';
import { buildMatchDirectory, measureMatching, type MatchingLatency } from './matching.ts';
import { DALLAS_ZIPS, pick, seedDirectory, type SeedResult } from './directory.ts';
import { numberOption, percentile } from './measure.ts';
import { mulberry32 } from '../server/platform/random.ts';

/**
 * `npm run bench -- search [--size N] [--seconds S] [--concurrency C]`: seeds a generated directory
 * (SQLite in a temporary file; PostgreSQL too, in a fresh schema, when DATABASE_URL is set), runs a fixed
 * mix of 1,000 searches through the real endpoint (app.inject: routing, validation, SQL, highlights,
 * serialization) for p50/p99, then compares the search endpoint's throughput over HTTP on 127.0.0.1
 * with a bare Fastify route in the same process under the same concurrent load. Writes docs/performance.md.
 */

interface Options {
  size: number;
  seconds: number;
  concurrency: number;
}

function parseOptions(args: string[]): Options {
  const value = (name: string, fallback: number) => numberOption(args, name, fallback);
  return {
    size: value('size', 100_000),
    seconds: value('seconds', 5),
    concurrency: value('concurrency', 16),
  };
}

const MIX = {
  korean: ['보안', '재고', '법률', '세무', '회계', '계약', '대출', '매장', '물류', '광고'],
  partial: ['이버', '버보', '비용', '디지', '쇼핑', '웨어', '자동', '결제'],
  choseong: ['ㅂㅇ', 'ㅈㄱ', 'ㅂㄹ', 'ㅅㅁ', 'ㄱㅇ', 'ㄹㅅㅇ', 'ㅂㅎㅂ'],
  english: [
    'security',
    'inventory',
    'secur',
    'tax',
    'legal',
    'website',
    'logist',
    'payroll',
    'cloud migration',
  ],
};

type Kind = keyof typeof MIX | 'distance';

/** The fixed query mix: a fifth of each kind, the last fifth any text within a radius of a ZIP. */
export function queryMix(count: number): { kind: Kind; query: string }[] {
  const rand = mulberry32(7);
  const kinds: Kind[] = ['korean', 'partial', 'choseong', 'english', 'distance'];
  return Array.from({ length: count }, (_, i) => {
    const kind = kinds[i % kinds.length] ?? 'korean';
    const params = new URLSearchParams();
    if (kind === 'distance') {
      params.set('q', pick(rand, [...MIX.korean, ...MIX.english, ...MIX.choseong]));
      params.set('near', pick(rand, DALLAS_ZIPS));
      params.set('radiusMiles', String(pick(rand, [5, 10, 25])));
    } else {
      params.set('q', pick(rand, MIX[kind]));
    }
    return { kind, query: params.toString() };
  });
}

interface Latency {
  kind: string;
  p50: number;
  p99: number;
  count: number;
}

async function measureLatency(app: App, mix: { kind: Kind; query: string }[]): Promise<Latency[]> {
  // Warm-up: the statement caches and the term-frequency cache, as on a running server.
  for (const { query } of mix.slice(0, 50)) {
    await app.inject({ method: 'GET', url: `/api/v1/search?${query}` });
  }
  const times = new Map<string, number[]>();
  for (const { kind, query } of mix) {
    const started = performance.now();
    const res = await app.inject({ method: 'GET', url: `/api/v1/search?${query}` });
    const elapsed = performance.now() - started;
    if (res.statusCode !== 200) {
      throw new Error(`search ${query} answered ${res.statusCode}: ${res.body}`);
    }
    for (const key of [kind, 'all']) {
      times.set(key, [...(times.get(key) ?? []), elapsed]);
    }
  }
  return [...times.entries()].map(([kind, list]) => {
    const sorted = [...list].sort((a, b) => a - b);
    return { kind, p50: percentile(sorted, 50), p99: percentile(sorted, 99), count: list.length };
  });
}

/** Requests per second from C concurrent keep-alive clients for S seconds. */
async function throughput(base: string, paths: string[], options: Options): Promise<number> {
  const until = Date.now() + options.seconds * 1000;
  let done = 0;
  let next = 0;
  const worker = async () => {
    while (Date.now() < until) {
      const target = paths[next % paths.length] ?? '/';
      next += 1;
      const res = await fetch(`${base}${target}`);
      await res.arrayBuffer();
      if (res.status !== 200) {
        throw new Error(`${target} answered ${res.status}`);
      }
      done += 1;
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  return done / ((performance.now() - started) / 1000);
}

interface DialectResult {
  dialect: DialectName;
  seed: SeedResult;
  indexSeconds: number;
  directorySeconds: number;
  latency: Latency[];
  matching: MatchingLatency[];
  /** The mix repeated, as a directory's searches repeat: remembered pages answer the repeats. */
  searchRps: number;
  /** Every search ranked afresh from the postings. */
  freshRps: number;
  bareRps: number;
}

async function openBenchDatabase(dialect: DialectName, dir: string) {
  if (dialect === 'sqlite') {
    const handle = openDatabase({ sqlitePath: path.join(dir, 'bench.sqlite') });
    await migrateToLatest(handle.db);
    return handle;
  }
  return openFreshSchema(process.env.DATABASE_URL ?? '', 'bench');
}

async function runDialect(dialect: DialectName, options: Options, dir: string): Promise<DialectResult> {
  console.log(`${dialect}: seeding ${options.size} businesses…`);
  const handle = await openBenchDatabase(dialect, dir);
  try {
    const sqlitePath = dialect === 'sqlite' ? path.join(dir, 'bench.sqlite') : undefined;
    const seed = await seedDirectory({ db: handle.db, sqlitePath }, options.size);
    console.log(
      `${dialect}: ${seed.items} offers and needs, ${seed.terms} index rows in ${seed.seconds.toFixed(0)} s`,
    );
    if (dialect === 'postgres') {
      // Fresh planner statistics, as autovacuum would have gathered on a running server.
      await sql`analyze`.execute(handle.db);
    }
    const app = await buildApp({
      config: loadConfig({ ...process.env, NODE_ENV: 'test' }),
      db: handle.db,
      dialect,
    });
    app.get('/bare', async () => ({ ok: true }));
    // While `afresh` is set, every search ranks from the postings instead of a remembered page.
    let afresh = true;
    app.addHook('onRequest', async () => {
      if (afresh) {
        forgetRankedPages(handle.db);
      }
    });
    // As at server start: the posting index is built from the database before the first search.
    const building = performance.now();
    await warmSearchIndex(handle.db);
    const indexSeconds = (performance.now() - building) / 1000;
    console.log(`${dialect}: search index built in ${indexSeconds.toFixed(1)} s`);
    const mix = queryMix(1000);
    const latency = await measureLatency(app, mix);
    const directorySeconds = await buildMatchDirectory(handle.db);
    console.log(`${dialect}: matching directory built in ${directorySeconds.toFixed(1)} s; top-10 matches…`);
    const matching = await measureMatching(handle.db, { needs: 200 });
    const address = await app.listen({ host: '127.0.0.1', port: 0 });
    const bareRps = await throughput(address, ['/bare'], options);
    const searches = mix.map((m) => `/api/v1/search?${m.query}`);
    const freshRps = await throughput(address, searches, options);
    afresh = false;
    const searchRps = await throughput(address, searches, options);
    await app.close();
    return { dialect, seed, indexSeconds, directorySeconds, latency, matching, searchRps, freshRps, bareRps };
  } finally {
    await handle.close();
  }
}

function table(results: DialectResult[], options: Options): string {
  const ms = (n: number) => n.toFixed(1);
  const lines = ['| Database | Queries | Search p50 (ms) | Search p99 (ms) |', '| --- | --- | ---: | ---: |'];
  for (const r of results) {
    for (const l of r.latency) {
      lines.push(`| ${r.dialect} | ${l.kind} (${l.count}) | ${ms(l.p50)} | ${ms(l.p99)} |`);
    }
  }
  lines.push(
    '',
    '| Database | Top-10 (one need or offer each) | p50 (ms) | p99 (ms) |',
    '| --- | --- | ---: | ---: |',
  );
  for (const r of results) {
    for (const m of r.matching) {
      lines.push(`| ${r.dialect} | ${m.kind} (${m.count}) | ${ms(m.p50)} | ${ms(m.p99)} |`);
    }
  }
  lines.push(
    '',
    '| Database | Bare route (req/s) | Search, repeated mix (req/s) | Search / bare | Search, every page ranked afresh (req/s) | Afresh / bare |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
  );
  const ratio = (rps: number, bare: number) => `${((100 * rps) / bare).toFixed(0)}%`;
  for (const r of results) {
    lines.push(
      `| ${r.dialect} | ${r.bareRps.toFixed(0)} | ${r.searchRps.toFixed(0)} | ${ratio(r.searchRps, r.bareRps)} | ${r.freshRps.toFixed(0)} | ${ratio(r.freshRps, r.bareRps)} |`,
    );
  }
  lines.push(
    '',
    '| Database | Businesses | Offers + needs | Index rows | Seed time (s) | Index build at start (s) | Matching directory build (s) |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
  );
  for (const r of results) {
    lines.push(
      `| ${r.dialect} | ${r.seed.businesses} | ${r.seed.items} | ${r.seed.terms} | ${r.seed.seconds.toFixed(0)} | ${r.indexSeconds.toFixed(1)} | ${r.directorySeconds.toFixed(1)} |`,
    );
  }
  lines.push(
    '',
    `Load: ${options.concurrency} concurrent keep-alive clients for ${options.seconds} s per route.`,
  );
  return lines.join('\n');
}

function writeReport(results: DialectResult[], options: Options, body: string): void {
  const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GB, Node ${process.version}`;
  const text = [
    `Measured by \`npm run bench -- search --size ${options.size}\` on ${new Date().toISOString().slice(0, 10)} (${machine}).`,
    'Search latency is the full endpoint through `app.inject` (routing, validation, SQL, highlights, JSON), one request at a',
    'time, over a fixed mix of 1,000 queries: Korean two-syllable words, parts of words, initial consonants, English',
    'words and prefixes, and any of these within 5–25 miles of a Dallas-area ZIP. Throughput compares the search',
    'endpoint with a bare Fastify route in the same process over HTTP on 127.0.0.1 (client and server share the',
    'machine). See docs/search.md for the index and docs/matching.md for the matching directory.',
    '',
    body,
  ].join('\n');
  const file = writeSection('Search and matching', text);
  console.log(
    `\nWrote the search section of ${file} (${results.length} database${results.length === 1 ? '' : 's'}).`,
  );
}

export async function runSearchBench(args: string[]): Promise<void> {
  const options = parseOptions(args);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dari-bench-'));
  try {
    const dialects: DialectName[] = process.env.DATABASE_URL ? ['sqlite', 'postgres'] : ['sqlite'];
    const results: DialectResult[] = [];
    for (const dialect of dialects) {
      results.push(await runDialect(dialect, options, dir));
    }
    const body = table(results, options);
    console.log(`\n${body}`);
    writeReport(results, options, body);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
