import type { FastifyReply, FastifyRequest } from 'fastify';
import type { DbOrTrx } from '../db/database.ts';
import type { Caller } from './caller.ts';
import { hashSecret, inDays, newSecret, now } from './secrets.ts';

export const SESSION_COOKIE = 'dari_session';
export const SESSION_DAYS = 14;

export async function createSession(
  db: DbOrTrx,
  userId: string,
): Promise<{ token: string; csrfToken: string }> {
  const token = newSecret();
  const csrfToken = newSecret();
  await db
    .insertInto('sessions')
    .values({
      id: hashSecret(token),
      user_id: userId,
      csrf_token: csrfToken,
      expires_at: inDays(SESSION_DAYS),
      created_at: now(),
    })
    .execute();
  return { token, csrfToken };
}

export function setSessionCookie(reply: FastifyReply, token: string, secure: boolean): void {
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure,
    maxAge: SESSION_DAYS * 86_400,
  });
}

export function clearSessionCookie(reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
}

export async function callerFromSession(db: DbOrTrx, token: string): Promise<Caller | undefined> {
  const row = await db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select([
      'sessions.id as session_id',
      'sessions.csrf_token',
      'sessions.expires_at',
      'users.id',
      'users.email',
      'users.name',
      'users.locale',
      'users.is_platform_admin',
    ])
    .where('sessions.id', '=', hashSecret(token))
    .executeTakeFirst();
  if (!row || row.expires_at < now()) {
    return undefined;
  }
  const memberships = await db
    .selectFrom('memberships')
    .select(['organization_id', 'role', 'status'])
    .where('user_id', '=', row.id)
    .execute();
  return {
    kind: 'user',
    userId: row.id,
    email: row.email,
    name: row.name,
    locale: row.locale,
    isPlatformAdmin: row.is_platform_admin === 1,
    memberships: memberships.map((m) => ({
      organizationId: m.organization_id,
      role: m.role,
      status: m.status,
    })),
    sessionId: row.session_id,
    csrfToken: row.csrf_token,
  };
}

async function callerFromBearer(db: DbOrTrx, token: string): Promise<Caller | undefined> {
  const row = await db
    .selectFrom('api_tokens')
    .select(['id', 'organization_id'])
    .where('token_hash', '=', hashSecret(token))
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  if (!row) {
    return undefined;
  }
  await db.updateTable('api_tokens').set({ last_used_at: now() }).where('id', '=', row.id).execute();
  return { kind: 'token', tokenId: row.id, organizationId: row.organization_id };
}

/** Resolves the caller; `undefined` means credentials were presented but are not valid. */
export async function resolveCaller(db: DbOrTrx, request: FastifyRequest): Promise<Caller | undefined> {
  const authorization = request.headers.authorization;
  if (authorization?.startsWith('Bearer ')) {
    return callerFromBearer(db, authorization.slice('Bearer '.length).trim());
  }
  const token = request.cookies[SESSION_COOKIE];
  if (token) {
    return (await callerFromSession(db, token)) ?? { kind: 'anonymous' };
  }
  return { kind: 'anonymous' };
}
