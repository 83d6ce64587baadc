import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorld } from '../../../test/world.ts';
import type { App } from '../../app.ts';
import { openTwoInstances, type TwoInstances } from '../../../test/harness.ts';
import type { DatabaseHandle } from '../../platform/db/database.ts';
import { openStream } from '../notifications/stream-reader.ts';
import { createIncident, freshCenter, placeBusiness } from './scene.ts';

const redisUrl = process.env.REDIS_URL;

/** With REDIS_URL set (as in CI): two instances over one database and one Redis share live alerts. */
describe.skipIf(!redisUrl)('alerts across instances (Redis)', () => {
  let instances: TwoInstances;
  let handle: DatabaseHandle;
  let first: App;
  let second: App;
  beforeAll(async () => {
    instances = await openTwoInstances(redisUrl ?? '');
    ({ handle, first, second } = instances);
  });
  afterAll(() => instances.close());

  it('delivers an alert raised on instance A, live and in Korean, to a neighbour connected to instance B', async () => {
    const world = await createWorld(handle.db);
    const center = freshCenter();
    const reporter = await placeBusiness(handle.db, world.org.id, { center, milesNorth: 0 });
    const neighbour = await placeBusiness(handle.db, world.org.id, { center, milesNorth: 0.8, locale: 'ko' });
    const incident = await createIncident(handle.db, world.org.id, {
      center,
      businessId: reporter.id,
      reporterId: reporter.ownerId,
    });
    const port = (second.server.address() as AddressInfo).port;
    const url = `http://127.0.0.1:${port}/api/v1/notifications/stream`;
    const stream = await openStream(url, neighbour.headers);
    try {
      await stream.next((e) => e.event === 'unread');
      const res = await first.inject({
        method: 'POST',
        url: '/api/v1/alerts',
        headers: reporter.headers,
        payload: { incidentId: incident, message: '검은 후드티 두 명, 도보로 도주' },
      });
      expect(res.statusCode, res.body).toBe(201);
      const live = await stream.next((e) => e.event === 'notification');
      expect(live.data).toMatchObject({
        kind: 'alert.raised',
        title: '경보: 0.8마일 거리에서 강도',
        body: '검은 후드티 두 명, 도보로 도주',
        link: `/safety/alerts/${res.json<{ id: string }>().id}`,
      });
    } finally {
      stream.close();
    }
  });
});
