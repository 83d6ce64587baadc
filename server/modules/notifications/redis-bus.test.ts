import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type App } from '../../app.ts';
import { loadConfig } from '../../platform/config.ts';
import { openDatabase, type DatabaseHandle } from '../../platform/db/database.ts';
import { migrateToLatest } from '../../platform/db/migrate.ts';
import { startSweeps } from '../../platform/sweeps.ts';
import { createScene } from '../introductions/scene.ts';
import { openStream } from './stream-reader.ts';

const redisUrl = process.env.REDIS_URL;

/** With REDIS_URL set (as in CI), two server instances over one database share live events and sweeps. */
describe.skipIf(!redisUrl)('notifications across instances (Redis)', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dari-bus-'));
  const env = { REDIS_URL: redisUrl ?? '', REDIS_NAMESPACE: `test-${randomBytes(4).toString('hex')}` };
  let handle: DatabaseHandle;
  let first: App;
  let second: App;
  beforeAll(async () => {
    handle = openDatabase({ sqlitePath: path.join(dir, 'shared.db') });
    await migrateToLatest(handle.db);
    const config = loadConfig(env);
    first = await buildApp({ config, db: handle.db, dialect: handle.dialect });
    second = await buildApp({ config, db: handle.db, dialect: handle.dialect });
    await second.listen({ port: 0, host: '127.0.0.1' });
  });
  afterAll(async () => {
    await first.close();
    await second.close();
    await handle.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('delivers a notification created on instance A to an SSE client of instance B', async () => {
    const s = await createScene(handle.db);
    const port = (second.server.address() as AddressInfo).port;
    const stream = await openStream(`http://127.0.0.1:${port}/api/v1/notifications/stream`, s.headers.b);
    try {
      await stream.next((e) => e.event === 'unread');
      const res = await first.inject({
        method: 'POST',
        url: '/api/v1/introductions',
        headers: s.headers.a,
        payload: { fromSlug: s.businessA.slug, toSlug: s.businessB.slug, message: 'Across instances' },
      });
      expect(res.statusCode, res.body).toBe(201);
      const live = await stream.next((e) => e.event === 'notification');
      expect(live.data).toMatchObject({ kind: 'introduction.requested', body: 'Across instances' });
    } finally {
      stream.close();
    }
  });

  it('runs each sweep on one instance only', async () => {
    const runs: string[] = [];
    const sweep = (name: string) => ({
      name: `probe-${randomBytes(3).toString('hex')}`,
      everyMs: 60_000,
      run: async () => {
        runs.push(name);
      },
    });
    const probe = sweep('first');
    const stopFirst = startSweeps(first, [probe]);
    const stopSecond = startSweeps(second, [{ ...probe, run: sweep('second').run }]);
    await new Promise((resolve) => setTimeout(resolve, 300));
    stopFirst();
    stopSecond();
    expect(runs).toHaveLength(1);
  });
});
