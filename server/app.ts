import fs from 'node:fs';
import path from 'node:path';
import Fastify, { type FastifyError, type FastifyInstance, type FastifyRequest } from 'fastify';
import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import fastifyStatic from '@fastify/static';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import addFormats from 'ajv-formats';
import { Redis } from 'ioredis';
import type { Config } from './platform/config.ts';
import type { Db, DialectName } from './platform/db/database.ts';
import type { Caller } from './platform/auth/caller.ts';
import { resolveCaller } from './platform/auth/session.ts';
import { AppError, errorStatus, type ErrorCode } from './platform/errors.ts';
import { isLocale, LOCALE_COOKIE, localeFromAcceptLanguage, t } from './platform/i18n/index.ts';
import type { Locale } from './platform/db/schema.ts';
import { MailDelivery } from './platform/mail/outbox.ts';
import { createBus, type Bus } from './platform/bus.ts';
import { installDelivery } from './modules/notifications/delivery.ts';
import { validationFields } from './platform/validation.ts';
import { modules } from './modules/index.ts';
import { miniSitePages } from './modules/mini-sites/pages.ts';

declare module 'fastify' {
  interface FastifyInstance {
    db: Db;
    dialect: DialectName;
    config: Config;
    mail: MailDelivery;
    bus: Bus;
    /** Shared by rate limits and sweep locks; absent without REDIS_URL. */
    redis: Redis | undefined;
  }
  interface FastifyRequest {
    caller: Caller;
    locale: Locale;
  }
}

export type App = FastifyInstance;

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const MAX_BODY_BYTES = 1024 * 1024;
export const MAX_UPLOAD_BYTES = 25 * 1024 * 1024;

function requestLocale(request: FastifyRequest): Locale {
  const caller = request.caller;
  if (caller.kind === 'user') {
    return caller.locale;
  }
  const query = (request.query ?? {}) as Record<string, unknown>;
  if (isLocale(query.lang)) {
    return query.lang;
  }
  const cookieLang = request.cookies[LOCALE_COOKIE];
  if (isLocale(cookieLang)) {
    return cookieLang;
  }
  return localeFromAcceptLanguage(request.headers['accept-language']) ?? 'en';
}

function errorBody(
  locale: Locale,
  code: ErrorCode,
  params: Record<string, unknown>,
  fields?: Record<string, string>,
) {
  return { error: { code, message: t(locale, `errors.${code}`, params), ...(fields ? { fields } : {}) } };
}

export interface AppOptions {
  config: Config;
  db: Db;
  dialect: DialectName;
  logger?: boolean;
}

export async function buildApp(options: AppOptions): Promise<App> {
  const app = Fastify({
    logger: options.logger ?? process.env.DARI_LOG === '1',
    bodyLimit: MAX_BODY_BYTES,
    trustProxy: true,
    ajv: {
      customOptions: { removeAdditional: false, allErrors: true, coerceTypes: 'array', useDefaults: true },
      plugins: [addFormats.default ?? addFormats],
    },
  }).withTypeProvider<TypeBoxTypeProvider>();

  app.decorate('db', options.db);
  app.decorate('dialect', options.dialect);
  app.decorate('config', options.config);
  app.decorate(
    'mail',
    new MailDelivery(options.db, options.config.smtpUrl, options.config.mailFrom, options.config.uploadDir),
  );
  // Set by the onRequest hook before any handler runs.
  app.decorateRequest('caller', null as never);
  app.decorateRequest('locale', 'en');

  await app.register(cookie);
  await app.register(multipart, { limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 10 } });
  // With Redis, rate limits are counted across every server instance, not per process.
  const redis = options.config.redisUrl
    ? new Redis(options.config.redisUrl, { connectTimeout: 2000, maxRetriesPerRequest: 1 })
    : undefined;
  if (redis) {
    app.addHook('onClose', async () => {
      await redis.quit();
    });
  }
  app.decorate('redis', redis);
  app.decorate('bus', createBus(options.config.redisUrl, options.config.redisNamespace));
  app.addHook('onClose', async () => {
    await app.bus.close();
  });
  await app.register(rateLimit, {
    global: false,
    ...(redis ? { redis, nameSpace: `${options.config.redisNamespace}:rate:` } : {}),
  });
  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'Dari API',
        version: '1.0.0',
        description:
          'Dari (다리) — the ecosystem partnership platform. Browser sessions use an HttpOnly cookie and an ' +
          '`X-CSRF-Token` header on writes; integrations use `Authorization: Bearer <token>`.',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'dari_session' },
          bearer: { type: 'http', scheme: 'bearer' },
        },
      },
    },
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  app.get('/api/v1/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  installDelivery(app);
  app.addHook('onRequest', async (request) => {
    const caller = await resolveCaller(app.db, request);
    if (caller === undefined) {
      request.caller = { kind: 'anonymous' };
      request.locale = requestLocale(request);
      throw new AppError('unauthenticated');
    }
    request.caller = caller;
    request.locale = requestLocale(request);
    if (caller.kind === 'user' && UNSAFE.has(request.method)) {
      if (request.headers['x-csrf-token'] !== caller.csrfToken) {
        throw new AppError('csrf_invalid');
      }
    }
  });

  app.addHook('onResponse', async () => {
    void app.mail.deliverQueued().catch((error: unknown) => app.log.error(error));
  });

  app.setErrorHandler((error: FastifyError | AppError, request, reply) => {
    const locale = request.locale;
    if (error instanceof AppError) {
      const fields = error.fields
        ? Object.fromEntries(Object.entries(error.fields).map(([k, v]) => [k, t(locale, v.key, v.params)]))
        : undefined;
      return reply.status(error.status).send(errorBody(locale, error.code, error.params, fields));
    }
    if (error.validation) {
      return reply
        .status(400)
        .send(errorBody(locale, 'validation_failed', {}, validationFields(locale, error.validation)));
    }
    const status = error.statusCode ?? 500;
    if (status === 413 || error.code === 'FST_REQ_FILE_TOO_LARGE') {
      return reply.status(413).send(errorBody(locale, 'payload_too_large', { limit: '25 MB' }));
    }
    if (status === 429) {
      return reply.status(429).send(errorBody(locale, 'rate_limited', {}));
    }
    if (status === 415 || error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
      return reply.status(415).send(errorBody(locale, 'unsupported_file', {}));
    }
    if (status >= 400 && status < 500) {
      return reply.status(status).send(errorBody(locale, 'bad_request', {}));
    }
    request.log.error(error);
    return reply.status(500).send(errorBody(locale, 'internal', {}));
  });

  for (const register of modules) {
    await app.register(register, { prefix: '/api/v1' });
  }
  // Public mini-sites (/b/<slug>): server-rendered pages, registered before the web app's fallback.
  await app.register(miniSitePages);

  const webRoot = path.resolve('dist', 'web');
  const hasWeb = fs.existsSync(path.join(webRoot, 'index.html'));
  if (hasWeb) {
    await app.register(fastifyStatic, { root: webRoot, wildcard: false, index: false });
  }
  app.setNotFoundHandler((request, reply) => {
    if (request.url.startsWith('/api/') || !hasWeb || request.method !== 'GET') {
      return reply.status(404).send(errorBody(request.locale, 'not_found', {}));
    }
    return reply.type('text/html').sendFile('index.html');
  });

  return app;
}

export { errorStatus };
