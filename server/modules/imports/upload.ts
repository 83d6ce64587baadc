import type { FastifyRequest } from 'fastify';
import { AppError } from '../../platform/errors.ts';
import { fileError, MAX_FILE_BYTES } from './parse.ts';

const MAX_MAPPING_CHARS = 20_000;

/** Reads the streamed form: the one `file` part (bounded to 10 MB, with its name) and the small text fields. */
export async function readUpload(
  request: FastifyRequest,
): Promise<{ file: Buffer; fileName: string; fields: Record<string, string> }> {
  if (!request.isMultipart()) {
    throw fileError('unsupported_file', 'missing');
  }
  const fields: Record<string, string> = {};
  let file: Buffer | undefined;
  let fileName = '';
  try {
    for await (const part of request.parts({
      limits: { fileSize: MAX_FILE_BYTES, fieldSize: MAX_MAPPING_CHARS },
    })) {
      if (part.type === 'file') {
        const content = await part.toBuffer();
        if (part.fieldname === 'file') {
          file = content;
          fileName = part.filename;
        }
      } else if (typeof part.value === 'string') {
        fields[part.fieldname] = part.value;
      }
    }
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'FST_REQ_FILE_TOO_LARGE') {
      throw fileError('payload_too_large', 'tooLarge');
    }
    throw error;
  }
  if (!file) {
    throw fileError('bad_request', 'missing');
  }
  return { file, fileName, fields };
}

export function parseDryRun(value: string | undefined): boolean {
  if (value === undefined || value === 'false') {
    return false;
  }
  if (value === 'true') {
    return true;
  }
  throw new AppError('validation_failed', {
    fields: { dryRun: { key: 'validation.enum', params: { allowed: 'true, false' } } },
  });
}
