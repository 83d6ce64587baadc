import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { writeSection } from './report.ts';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import SQLite from 'better-sqlite3';
import { buildApp } from '../server/app.ts';
import { loadConfig } from '../server/platform/config.ts';
import { openDatabase } from '../server/platform/db/database.ts';
import { migrateToLatest } from '../server/platform/db/migrate.ts';
import { hashSecret, newId, newSecret } from '../server/platform/auth/secrets.ts';
import { targetsOf } from '../server/modules/alerts/queries.ts';
import { AREA_RADIUS_MILES } from '../server/modules/alerts/schema.ts';
import { numberOption, percentile } from './measure.ts';
import { mulberry32 } from '../server/platform/random.ts';

/**
 * `npm run bench -- alerts [--businesses N] [--clients C] [--alerts A] [--radius-size R]`: seeds N
 * businesses (one owner each) spread over a 12 × 12-mile square around downtown Dallas in a SQLite file,
 * starts the server as separate processes (one; then two sharing the file and one Redis when REDIS_URL
 * is set), opens C server-sent-event streams as distinct owners over raw loopback sockets, raises A
 * alerts at random points through POST /api/v1/alerts, and times each targeted client's receipt of its
 * `alert.raised` event from the moment the request was sent. Then adds businesses up to R and times
 * the radius query (targetsOf) alone. Appends the "Alerts" section of docs/performance.md.
 */

interface Options {
  businesses: number;
  clients: number;
  alerts: number;
  radiusSize: number;
}

function parseOptions(args: string[]): Options {
  const value = (name: string, fallback: number) => numberOption(args, name, fallback);
  return {
    businesses: value('businesses', 10_000),
    clients: value('clients', 5_000),
    alerts: value('alerts', 20),
    radiusSize: value('radius-size', 100_000),
  };
}

const CENTER = { latitude: 32.78, longitude: -96.8 };
const HALF_SIDE_MILES = 6;
const RAISERS = 60;

function pointIn(rand: () => number) {
  return {
    latitude: CENTER.latitude + ((rand() * 2 - 1) * HALF_SIDE_MILES) / 69,
    longitude:
      CENTER.longitude +
      ((rand() * 2 - 1) * HALF_SIDE_MILES) / (69 * Math.cos((CENTER.latitude * Math.PI) / 180)),
  };
}

interface Seeded {
  orgSlug: string;
  /** Owner user id → session token, for the first `clients` owners. */
  sessions: { userId: string; token: string }[];
  raisers: { token: string; csrf: string }[];
}

/** Bulk seed through prepared statements in one transaction per table. */
function seed(
  file: string,
  from: number,
  to: number,
  clients: number,
  orgId: string,
  rand: () => number,
): Seeded {
  const db = new SQLite(file);
  db.pragma('journal_mode = WAL');
  const at = new Date().toISOString();
  const expires = new Date(Date.now() + 7 * 86_400_000).toISOString();
  const sessions: Seeded['sessions'] = [];
  const raisers: Seeded['raisers'] = [];
  const insertUser = db.prepare(
    `insert into users (id, email, password_hash, name, locale, is_platform_admin, email_notifications, created_at, updated_at)
     values (?, ?, 'x', ?, ?, 0, ?, ?, ?)`,
  );
  const insertBusiness = db.prepare(
    `insert into businesses (id, slug, kind, name_ko, name_en, description_ko, description_en, industry, address, city, state, zip,
       latitude, longitude, phone, email, website, languages, phone_public, email_public, address_public, website_public, logo_path, created_at, updated_at)
     values (?, ?, 'member', ?, ?, '', '', ?, '', 'Dallas', 'TX', '75201', ?, ?, '', '', '', '["ko","en"]', 0, 0, 1, 0, null, ?, ?)`,
  );
  const link = db.prepare(
    'insert into business_organizations (business_id, organization_id, created_at) values (?, ?, ?)',
  );
  const owner = db.prepare("insert into business_users (business_id, user_id, role) values (?, ?, 'owner')");
  const member = db.prepare(
    "insert into memberships (id, organization_id, user_id, role, status, created_at) values (?, ?, ?, ?, 'active', ?)",
  );
  const session = db.prepare(
    'insert into sessions (id, user_id, csrf_token, expires_at, created_at) values (?, ?, ?, ?, ?)',
  );
  const industries = ['convenience-store', 'grocery', 'restaurant', 'retail', 'beauty-salon', 'pharmacy'];
  db.transaction(() => {
    for (let i = from; i < to; i += 1) {
      const userId = newId();
      const businessId = newId();
      const point = pointIn(rand);
      // A third each want instant e-mail, a daily digest, or none (instant mail is queued per alert).
      const mail = ['instant', 'digest', 'off'][i % 3];
      insertUser.run(userId, `owner-${i}@bench.test`, `Owner ${i}`, i % 2 === 0 ? 'ko' : 'en', mail, at, at);
      insertBusiness.run(
        businessId,
        `bench-${i}`,
        `가게 ${i}`,
        `Store ${i}`,
        industries[i % industries.length],
        point.latitude,
        point.longitude,
        at,
        at,
      );
      link.run(businessId, orgId, at);
      owner.run(businessId, userId);
      member.run(newId(), orgId, userId, 'member', at);
      if (i < clients) {
        const token = newSecret();
        session.run(hashSecret(token), userId, newSecret(), expires, at);
        sessions.push({ userId, token });
      }
    }
    if (from === 0) {
      for (let i = 0; i < RAISERS; i += 1) {
        const userId = newId();
        insertUser.run(userId, `liaison-${i}@bench.test`, `Liaison ${i}`, 'en', 'off', at, at);
        member.run(newId(), orgId, userId, 'liaison', at);
        const token = newSecret();
        const csrf = newSecret();
        session.run(hashSecret(token), userId, csrf, expires, at);
        raisers.push({ token, csrf });
      }
    }
  })();
  db.close();
  return { orgSlug: 'bench-chamber', sessions, raisers };
}

/** One server instance in its own process (`npm run bench -- alerts --serve`), on the shared file. */
export async function serveInstance(args: string[]): Promise<void> {
  const value = (name: string) => args[args.indexOf(`--${name}`) + 1] ?? '';
  const handle = openDatabase({ sqlitePath: value('sqlite') });
  const config = loadConfig({
    ...process.env,
    PORT: value('port'),
    HOST: '127.0.0.1',
    SQLITE_PATH: value('sqlite'),
    REDIS_URL: value('redis'),
    REDIS_NAMESPACE: value('namespace'),
  });
  const app = await buildApp({ config, db: handle.db, dialect: handle.dialect });
  await app.listen({ port: config.port, host: '127.0.0.1' });
  process.on('SIGTERM', () => {
    void app.close().then(() => process.exit(0));
  });
}

function startInstance(file: string, port: number, redis: string, namespace: string): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      'bench/run.ts',
      'alerts',
      '--serve',
      '--sqlite',
      file,
      '--port',
      String(port),
      '--redis',
      redis,
      '--namespace',
      namespace,
    ],
    { stdio: ['ignore', 'inherit', 'inherit'] },
  );
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const poll = () => {
      const req = http.get({ host: '127.0.0.1', port, path: '/api/v1/health', agent: false }, (res) => {
        res.resume();
        resolve(child);
      });
      req.on('error', () => {
        if (Date.now() - started > 60_000) {
          reject(new Error(`instance on ${port} did not start`));
        } else {
          setTimeout(poll, 250);
        }
      });
    };
    poll();
  });
}

interface Client {
  userId: string;
  close: () => void;
}

/** One SSE stream on its own socket; calls `onAlert(alertId)` when an `alert.raised` event arrives. */
function openClient(
  port: number,
  userId: string,
  token: string,
  onAlert: (alertId: string, at: number) => void,
): Promise<Client> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        path: '/api/v1/notifications/stream',
        agent: false,
        headers: { cookie: `dari_session=${token}`, accept: 'text/event-stream' },
      },
      (res) => {
        if (res.statusCode !== 200) {
          reject(new Error(`stream answered ${res.statusCode}`));
          return;
        }
        res.setEncoding('utf8');
        let buffer = '';
        res.on('data', (chunk: string) => {
          const at = performance.now();
          buffer += chunk;
          let end = buffer.indexOf('\n\n');
          while (end >= 0) {
            const block = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            if (block.startsWith('event: notification')) {
              const match = /"link":"\/safety\/alerts\/([\w-]+)"/.exec(block);
              if (match?.[1] && block.includes('"kind":"alert.raised"')) {
                onAlert(match[1], at);
              }
            } else if (block.startsWith('event: unread') && !opened) {
              opened = true;
              resolve({ userId, close: () => req.destroy() });
            }
            end = buffer.indexOf('\n\n');
          }
        });
      },
    );
    let opened = false;
    req.on('error', (error) => {
      if (!opened) {
        reject(error);
      }
    });
    req.end();
  });
}

function post(port: number, pathName: string, body: unknown, raiser: { token: string; csrf: string }) {
  const payload = JSON.stringify(body);
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        path: pathName,
        method: 'POST',
        agent: false,
        headers: {
          cookie: `dari_session=${raiser.token}`,
          'x-csrf-token': raiser.csrf,
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(payload),
        },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

interface RunResult {
  setup: string;
  alerts: number;
  targeted: number;
  received: number;
  p50: number;
  p99: number;
  max: number;
  raiseP50: number;
}

async function measureRun(
  setup: string,
  file: string,
  ports: number[],
  seeded: Seeded,
  options: Options,
  rand: () => number,
  raiserOffset: number,
): Promise<RunResult> {
  const sentAt = new Map<string, number>();
  const latencies: number[] = [];
  const receipts = new Map<string, Set<string>>();
  const early: { alertId: string; userId: string; at: number }[] = [];
  const record = (userId: string) => (alertId: string, at: number) => {
    const start = sentAt.get(alertId);
    if (start === undefined) {
      early.push({ alertId, userId, at });
      return;
    }
    latencies.push(at - start);
    receipts.set(alertId, (receipts.get(alertId) ?? new Set()).add(userId));
  };
  const clients: Client[] = [];
  const opening = performance.now();
  for (let i = 0; i < seeded.sessions.length; i += 200) {
    const batch = seeded.sessions.slice(i, i + 200);
    clients.push(
      ...(await Promise.all(
        batch.map((s, j) =>
          openClient(ports[(i + j) % ports.length] ?? 0, s.userId, s.token, record(s.userId)),
        ),
      )),
    );
  }
  console.log(
    `${setup}: ${clients.length} streams open in ${((performance.now() - opening) / 1000).toFixed(1)} s`,
  );
  const connected = new Set(clients.map((c) => c.userId));
  const db = new SQLite(file, { readonly: true });
  const recipientsOf = db.prepare('select user_id from alert_recipients where alert_id = ?');
  let targeted = 0;
  const raiseTimes: number[] = [];
  for (let i = 0; i < options.alerts; i += 1) {
    const point = pointIn(rand);
    const raiser = seeded.raisers[(raiserOffset + i) % seeded.raisers.length];
    if (!raiser) {
      throw new Error('no raiser');
    }
    const started = performance.now();
    // The raising request goes to the first instance; with two, half the streams are on the other.
    const pending = post(
      ports[0] ?? 0,
      '/api/v1/alerts',
      {
        organization: seeded.orgSlug,
        type: 'robbery',
        ...point,
        radiusMiles: 2,
        message: `Bench alert ${i}`,
      },
      raiser,
    );
    const res = await pending;
    raiseTimes.push(performance.now() - started);
    if (res.status !== 201) {
      throw new Error(`raise answered ${res.status}: ${res.body}`);
    }
    const alertId = (JSON.parse(res.body) as { id: string }).id;
    sentAt.set(alertId, started);
    // Events that beat the response to the client: timed from the request too.
    for (const e of early.splice(0).filter((e) => e.alertId === alertId)) {
      latencies.push(e.at - started);
      receipts.set(alertId, (receipts.get(alertId) ?? new Set()).add(e.userId));
    }
    const reach = (recipientsOf.all(alertId) as { user_id: string }[]).filter((r) =>
      connected.has(r.user_id),
    ).length;
    targeted += reach;
    // Let the fan-out finish before the next alert (each alert is measured on its own).
    const waitUntil = performance.now() + 3000;
    while ((receipts.get(alertId)?.size ?? 0) < reach && performance.now() < waitUntil) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  db.close();
  clients.forEach((c) => c.close());
  const sorted = [...latencies].sort((a, b) => a - b);
  const raiseSorted = [...raiseTimes].sort((a, b) => a - b);
  const received = [...receipts.values()].reduce((sum, set) => sum + set.size, 0);
  return {
    setup,
    alerts: options.alerts,
    targeted,
    received,
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    max: sorted[sorted.length - 1] ?? 0,
    raiseP50: percentile(raiseSorted, 50),
  };
}

async function radiusQueryTimes(file: string, count: number, rand: () => number) {
  const handle = openDatabase({ sqlitePath: file });
  const org = await handle.db.selectFrom('organizations').select('id').executeTakeFirstOrThrow();
  const times: number[] = [];
  const sizes: number[] = [];
  for (let i = 0; i < count; i += 1) {
    const point = pointIn(rand);
    const started = performance.now();
    const targets = await targetsOf(
      handle.db,
      { organization_id: org.id, ...point, radius_miles: 2, industries: '[]', raised_by_user_id: null },
      AREA_RADIUS_MILES.max,
    );
    times.push(performance.now() - started);
    sizes.push(targets.length);
  }
  await handle.close();
  const sorted = [...times].sort((a, b) => a - b);
  const bySize = [...sizes].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p99: percentile(sorted, 99), medianTargets: percentile(bySize, 50) };
}

export async function runAlertsBench(args: string[]): Promise<void> {
  if (args.includes('--serve')) {
    await serveInstance(args);
    return;
  }
  const options = parseOptions(args);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dari-bench-alerts-'));
  const file = path.join(dir, 'bench.db');
  const rand = mulberry32(11);
  const children: ChildProcess[] = [];
  try {
    const handle = openDatabase({ sqlitePath: file });
    await migrateToLatest(handle.db);
    const orgId = newId();
    await handle.db
      .insertInto('organizations')
      .values({
        id: orgId,
        slug: 'bench-chamber',
        kind: 'chamber',
        name_ko: '벤치 상공회의소',
        name_en: 'Bench Chamber',
        description_ko: '',
        description_en: '',
        website: null,
        created_at: new Date().toISOString(),
      })
      .execute();
    await handle.close();
    const seeding = performance.now();
    const seeded = seed(file, 0, options.businesses, options.clients, orgId, rand);
    console.log(
      `Seeded ${options.businesses} businesses in ${((performance.now() - seeding) / 1000).toFixed(1)} s`,
    );

    const results: RunResult[] = [];
    const single = await startInstance(file, 3901, '', '');
    children.push(single);
    results.push(await measureRun('1 instance, in-process bus', file, [3901], seeded, options, rand, 0));
    single.kill('SIGTERM');
    const redis = process.env.REDIS_URL;
    if (redis) {
      const namespace = `bench-${randomBytes(4).toString('hex')}`;
      for (const port of [3902, 3903]) {
        children.push(await startInstance(file, port, redis, namespace));
      }
      results.push(
        await measureRun(
          '2 instances, Redis pub/sub',
          file,
          [3902, 3903],
          seeded,
          options,
          rand,
          options.alerts,
        ),
      );
    }
    children.forEach((c) => c.kill('SIGTERM'));

    const growing = performance.now();
    seed(file, options.businesses, options.radiusSize, 0, orgId, rand);
    console.log(
      `Grew to ${options.radiusSize} businesses in ${((performance.now() - growing) / 1000).toFixed(1)} s`,
    );
    const radius = await radiusQueryTimes(file, 200, rand);

    const ms = (n: number) => n.toFixed(1);
    const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, Node ${process.version}`;
    const lines = [
      `Measured by \`npm run bench -- alerts --businesses ${options.businesses} --clients ${options.clients} --alerts ${options.alerts} --radius-size ${options.radiusSize}\``,
      `on ${new Date().toISOString().slice(0, 10)} (${machine}, SQLite). ${options.businesses} member businesses, one owner each,`,
      `spread over a 12 × 12-mile square; ${options.clients} of the owners hold a server-sent-event stream open over raw loopback`,
      'sockets (one socket each, from the benchmark process). Each server instance is a separate process on the same SQLite file;',
      'with two, the streams alternate between them and the alerts are raised on the first, so half the receipts cross Redis.',
      `${options.alerts} alerts at random points (radius 2 miles, every industry) are raised one after another through`,
      '`POST /api/v1/alerts`; latency runs from sending that request to the `alert.raised` event arriving on a targeted stream.',
      'Targeted = recipients of the alert with an open stream. A third of the owners want instant e-mail (queued after the',
      'live announcement), a third a digest, a third none.',
      '',
      '| Setup | Alerts | Targeted | Received | Delivery p50 (ms) | Delivery p99 (ms) | Max (ms) | Raise request p50 (ms) |',
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
      ...results.map(
        (r) =>
          `| ${r.setup} | ${r.alerts} | ${r.targeted} | ${r.received} (${r.targeted ? ((100 * r.received) / r.targeted).toFixed(1) : '0'}%) | ${ms(r.p50)} | ${ms(r.p99)} | ${ms(r.max)} | ${ms(r.raiseP50)} |`,
      ),
      '',
      '| Businesses | Radius query (2 mi, 200 random points) p50 (ms) | p99 (ms) | People reached (median) |',
      '| ---: | ---: | ---: | ---: |',
      `| ${options.radiusSize} | ${ms(radius.p50)} | ${ms(radius.p99)} | ${radius.medianTargets} |`,
      '',
    ];
    const body = lines.join('\n');
    console.log(`\n${body}`);
    console.log(`\nWrote the Alerts section of ${writeSection('Alerts', body)}.`);
  } finally {
    children.forEach((c) => c.kill('SIGTERM'));
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
