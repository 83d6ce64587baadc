import { expect } from 'vitest';
import type { MatrixWorld, RoleName, RouteCase } from '../../../test/world.ts';
import type { Db } from '../../platform/db/database.ts';
import { membersCsv, multipart } from './fixtures/files.ts';
import { findImportJob, startImportJob } from './jobs.ts';
import { resolveMapping } from './mapping.ts';
import { parseTableFile } from './parse.ts';

/**
 * The authorization matrix of member import and export (run by authorization.test.ts), against the
 * organization under test and against the other organization.
 */

type Target = 'org' | 'other';

export const importers: Record<Target, readonly RoleName[]> = {
  org: ['admin', 'platformAdmin', 'token'],
  other: ['otherAdmin', 'platformAdmin', 'otherToken'],
};

async function idle(organizationId: string, jobId: string): Promise<void> {
  for (let i = 0; i < 500 && findImportJob(organizationId, jobId)?.status === 'running'; i += 1) {
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  expect(findImportJob(organizationId, jobId)?.status).not.toBe('running');
}

/** A finished dry-run job of the organization, made once per world. */
const finishedJobs = new WeakMap<MatrixWorld, Map<string, string>>();

export async function finishedJob(db: Db, world: MatrixWorld, organizationId: string): Promise<string> {
  const jobs = finishedJobs.get(world) ?? new Map<string, string>();
  finishedJobs.set(world, jobs);
  const known = jobs.get(organizationId);
  if (known) {
    return known;
  }
  const table = await parseTableFile(membersCsv(2));
  const job = startImportJob(db, {
    organizationId,
    table,
    mapping: resolveMapping(undefined, table.headers),
    dryRun: true,
  });
  await idle(organizationId, job.id);
  jobs.set(organizationId, job.id);
  return job.id;
}

function importCases(target: Target): RouteCase[] {
  const org = (w: MatrixWorld) => w[target];
  const base = (w: MatrixWorld) => `/api/v1/organizations/${org(w).slug}`;
  const allowed = importers[target];
  const cases: RouteCase[] = [
    {
      route: 'POST /organizations/:slug/imports/members/preview',
      allowed,
      request: async (_db, w) => ({
        method: 'POST',
        url: `${base(w)}/imports/members/preview`,
        ...multipart({ content: membersCsv(2) }),
      }),
    },
    {
      route: 'POST /organizations/:slug/imports/members',
      allowed,
      request: async (_db, w) => ({
        method: 'POST',
        url: `${base(w)}/imports/members`,
        ...multipart({ content: membersCsv(2) }, { dryRun: 'true' }),
      }),
      settle: async (res, w) => idle(org(w).id, (res.json() as { jobId: string }).jobId),
    },
    {
      route: 'GET /organizations/:slug/imports/:jobId',
      allowed,
      request: async (db, w) => ({
        method: 'GET',
        url: `${base(w)}/imports/${await finishedJob(db, w, org(w).id)}`,
      }),
    },
    {
      route: 'GET /organizations/:slug/exports/members',
      target: 'csv',
      allowed,
      request: async (_db, w) => ({ method: 'GET', url: `${base(w)}/exports/members?format=csv` }),
    },
    {
      route: 'GET /organizations/:slug/exports/members',
      target: 'xlsx',
      allowed,
      request: async (_db, w) => ({ method: 'GET', url: `${base(w)}/exports/members?format=xlsx` }),
    },
  ];
  const label = target === 'org' ? 'own org' : 'other org';
  return cases.map((c) => ({ ...c, target: `${label}${c.target ? `, ${c.target}` : ''}` }));
}

export const importRoutes: RouteCase[] = [...importCases('org'), ...importCases('other')];
