import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, dialects, type TestApp } from '../../../test/harness.ts';
import {
  createMatrixWorld,
  describeMatrix,
  expectedStatus,
  roles,
  type MatrixWorld,
} from '../../../test/world.ts';
import { notificationRoutes, notificationStreamRoutes } from './authorization.cases.ts';

describeMatrix('notification authorization matrix', notificationRoutes);

describe.each(dialects)('notification stream authorization matrix on %s', (dialect) => {
  let t: TestApp;
  let world: MatrixWorld;
  let base: string;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    world = await createMatrixWorld(t.handle.db);
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
  });
  afterAll(() => t.close());

  const matrix = notificationStreamRoutes.flatMap((c) =>
    roles.map((role) => ({ ...c, role, isAllowed: c.allowed.includes(role) })),
  );
  it.each(matrix)('$route as $role (allowed: $isAllowed)', async (c) => {
    const { url } = await c.request(t.handle.db, world, c.role);
    const controller = new AbortController();
    const res = await fetch(`${base}${url ?? ''}`, {
      headers: world.headers[c.role],
      signal: controller.signal,
    });
    const status = res.ok ? '2xx' : String(res.status);
    controller.abort();
    expect(status).toBe(expectedStatus(c.role, c.isAllowed));
  });
});
