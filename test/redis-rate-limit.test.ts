import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './harness.ts';

const redisUrl = process.env.REDIS_URL;

/** With REDIS_URL set (as in CI), two server instances share one login rate limit. */
describe.skipIf(!redisUrl)('login rate limit across instances (Redis)', () => {
  const env = {
    REDIS_URL: redisUrl ?? '',
    REDIS_NAMESPACE: `test-${randomBytes(4).toString('hex')}`,
    LOGIN_RATE_LIMIT: '4',
  };
  let first: TestApp;
  let second: TestApp;
  beforeAll(async () => {
    first = await createTestApp('sqlite', env);
    second = await createTestApp('sqlite', env);
  });
  afterAll(async () => {
    await first.close();
    await second.close();
  });

  it('counts attempts on both instances together', async () => {
    const attempt = (t: TestApp) =>
      t.app.inject({
        method: 'POST',
        url: '/api/v1/session',
        remoteAddress: '10.20.30.40',
        payload: { email: 'nobody@example.test', password: 'wrong' },
      });
    const statuses: number[] = [];
    for (let i = 0; i < 3; i += 1) {
      statuses.push((await attempt(first)).statusCode, (await attempt(second)).statusCode);
    }
    expect(statuses.slice(0, 4)).toEqual([401, 401, 401, 401]);
    expect(statuses.slice(4)).toEqual([429, 429]);
  });
});
