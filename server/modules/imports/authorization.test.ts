import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, dialects, type TestApp } from '../../../test/harness.ts';
import { createMatrixWorld, describeMatrix, type MatrixWorld } from '../../../test/world.ts';
import { finishedJob, importRoutes } from './authorization.cases.ts';

describeMatrix('import and export authorization matrix', importRoutes);

describe.each(dialects)('imports and exports stay within their organization on %s', (dialect) => {
  let t: TestApp;
  let world: MatrixWorld;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    world = await createMatrixWorld(t.handle.db);
  });
  afterAll(() => t.close());

  it("an admin cannot read another organization's import job under their own slug", async () => {
    const theirs = await finishedJob(t.handle.db, world, world.other.id);
    for (const role of ['admin', 'token'] as const) {
      const res = await t.app.inject({
        method: 'GET',
        url: `/api/v1/organizations/${world.org.slug}/imports/${theirs}`,
        headers: world.headers[role],
      });
      expect(res.statusCode, `${role}: ${res.body}`).toBe(404);
    }
  });

  it("the export lists this organization's members and nobody from the other one", async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/v1/organizations/${world.org.slug}/exports/members?format=csv`,
      headers: world.headers.admin,
    });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain(`${world.business.slug}@example.test`);
    expect(res.body).not.toContain(`${world.otherBusiness.slug}@example.test`);
    expect(res.body).not.toContain(world.users.otherAdmin.email);
  });
});
