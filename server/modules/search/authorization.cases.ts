import { expect } from 'vitest';
import { everyone, type MatrixWorld, type RoleName, type RouteCase } from '../../../test/world.ts';
import { newId, now } from '../../platform/auth/secrets.ts';
import type { Db } from '../../platform/db/database.ts';

/**
 * The authorization matrix of search and saved searches (run by authorization.test.ts). Search is
 * public; saved searches belong to a signed-in person, so API tokens (an organization, not a person)
 * get 403 and anonymous callers 401.
 */

const people: readonly RoleName[] = everyone.filter(
  (role) => role !== 'anonymous' && role !== 'token' && role !== 'otherToken',
);

function userOf(world: MatrixWorld, role: RoleName): string | undefined {
  return role === 'anonymous' || role === 'token' || role === 'otherToken' ? undefined : world.users[role].id;
}

/** A saved search of the role's own (or of a stranger, for callers who are nobody). */
async function savedSearchOf(db: Db, world: MatrixWorld, role: RoleName): Promise<string> {
  const id = newId();
  await db
    .insertInto('saved_searches')
    .values({
      id,
      user_id: userOf(world, role) ?? world.users.member.id,
      name: 'Security',
      query: JSON.stringify({ q: '보안' }),
      last_checked_at: now(),
      created_at: now(),
    })
    .execute();
  return id;
}

export const searchRoutes: RouteCase[] = [
  {
    route: 'GET /search',
    allowed: everyone,
    request: async () => ({ method: 'GET', url: '/api/v1/search?q=store' }),
    check: (res, role, world) => {
      expect(res.body, role).toContain(world.business.slug);
      expect(res.body, role).not.toContain('214-555-0100');
      expect(res.body, role).not.toContain('@example.test');
    },
  },
  {
    route: 'GET /saved-searches',
    allowed: people,
    request: async () => ({ method: 'GET', url: '/api/v1/saved-searches' }),
  },
  {
    route: 'POST /saved-searches',
    allowed: people,
    request: async () => ({
      method: 'POST',
      url: '/api/v1/saved-searches',
      payload: { name: '보안 업체', query: { q: '보안', side: 'offers' } },
    }),
  },
  {
    route: 'DELETE /saved-searches/:id',
    allowed: people,
    request: async (db, world, role) => ({
      method: 'DELETE',
      url: `/api/v1/saved-searches/${await savedSearchOf(db, world, role)}`,
    }),
  },
];
