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

export interface UploadedFile {
  data: Buffer;
  fileName: string;
  mimeType: string;
}

export interface UploadRules {
  maxBytes: number;
  /** The field message when there is no `file` part. */
  missing: { key: string; params?: Record<string, unknown> };
  /** A request that is not multipart at all: 415 (the default), or the same answer as a missing file. */
  notMultipart?: 'unsupported' | 'missing';
  /** The answer past `maxBytes`; by default 413 naming the limit in MB. */
  tooLarge?: () => AppError;
}

/** The one file of a multipart request (field `file`), read whole within `maxBytes`; nothing is stored yet. */
export async function uploadedFile(request: FastifyRequest, rules: UploadRules): Promise<UploadedFile> {
  const missing = () => new AppError('validation_failed', { fields: { file: rules.missing } });
  if (!request.isMultipart()) {
    throw rules.notMultipart === 'missing' ? missing() : new AppError('unsupported_file');
  }
  const file = await request.file({ limits: { fileSize: rules.maxBytes, files: 1 } });
  if (!file || file.fieldname !== 'file') {
    throw missing();
  }
  try {
    return { data: await file.toBuffer(), fileName: file.filename, mimeType: file.mimetype };
  } catch (error) {
    if (error instanceof request.server.multipartErrors.RequestFileTooLargeError) {
      throw rules.tooLarge
        ? rules.tooLarge()
        : new AppError('payload_too_large', { params: { limit: `${rules.maxBytes / (1024 * 1024)} MB` } });
    }
    throw error;
  }
}
