import type { FastifySchemaValidationError } from 'fastify';
import type { Locale } from './db/schema.ts';
import { t } from './i18n/index.ts';

/** Turns Ajv errors into `{ "body.email": "Must be a valid email." }`, translated. */
export function validationFields(
  locale: Locale,
  errors: FastifySchemaValidationError[],
): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const error of errors) {
    const params = error.params as Record<string, unknown>;
    let field = error.instancePath.replace(/^\//, '').replaceAll('/', '.');
    if (error.keyword === 'required' && typeof params.missingProperty === 'string') {
      field = field ? `${field}.${params.missingProperty}` : params.missingProperty;
    }
    if (error.keyword === 'additionalProperties' && typeof params.additionalProperty === 'string') {
      field = field ? `${field}.${params.additionalProperty}` : params.additionalProperty;
    }
    const key = `validation.${error.keyword}`;
    const message = t(locale, key, {
      limit: params.limit,
      format: params.format,
      type: params.type,
      allowed: Array.isArray(params.allowedValues) ? params.allowedValues.join(', ') : '',
    });
    fields[field || '_'] ??= message === key ? t(locale, 'validation.invalid') : message;
  }
  return fields;
}
