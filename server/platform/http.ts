import type { FastifyRequest } from 'fastify';
import { Type, type TSchema } from 'typebox';
import type { Caller } from './auth/caller.ts';
import { can, type Action, type Scope } from './auth/policies.ts';
import { AppError } from './errors.ts';

/** The caller must be signed in with a session (not an API token). */
export function requireUser(request: FastifyRequest): Extract<Caller, { kind: 'user' }> {
  const caller = request.caller;
  if (caller.kind !== 'user') {
    throw new AppError(caller.kind === 'anonymous' ? 'unauthenticated' : 'forbidden');
  }
  return caller;
}

/** Throws 401 for anonymous callers and 403 for callers the policy does not allow. */
export function authorize(request: FastifyRequest, action: Action, scope: Scope = {}): void {
  if (can(request.caller, action, scope)) {
    return;
  }
  throw new AppError(request.caller.kind === 'anonymous' ? 'unauthenticated' : 'forbidden');
}

export const ErrorResponse = Type.Object({
  error: Type.Object({
    code: Type.String(),
    message: Type.String(),
    fields: Type.Optional(Type.Record(Type.String(), Type.String())),
  }),
});

/** Standard error responses for a route's OpenAPI entry. */
export function errorResponses(...statuses: number[]): Record<number, TSchema> {
  return Object.fromEntries(statuses.map((s) => [s, ErrorResponse]));
}

export const OkResponse = Type.Object({ ok: Type.Literal(true) });
