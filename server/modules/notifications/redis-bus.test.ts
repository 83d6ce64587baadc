import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../app.ts';
import { openTwoInstances, type TwoInstances } from '../../../test/harness.ts';
import type { DatabaseHandle } from '../../platform/db/database.ts';
import { startSweeps } from '../../platform/sweeps.ts';
import { createScene } from '../introductions/scene.ts';
import { openStream } from './stream-reader.ts';

const redisUrl = process.env.REDIS_URL;

/** With REDIS_URL set (as in CI), two server instances over one database share live events and sweeps. */
describe.skipIf(!redisUrl)('notifications across instances (Redis)', () => {
  let instances: TwoInstances;
  let handle: DatabaseHandle;
  let first: App;
  let second: App;
  beforeAll(async () => {
    instances = await openTwoInstances(redisUrl ?? '');
    ({ handle, first, second } = instances);
  });
  afterAll(() => instances.close());

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
