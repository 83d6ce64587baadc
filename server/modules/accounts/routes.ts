import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply } from 'fastify';
import { Type } from 'typebox';
import { hashPassword, verifyPassword } from '../../platform/auth/password.ts';
import {
  callerFromSession,
  clearSessionCookie,
  createSession,
  setSessionCookie,
} from '../../platform/auth/session.ts';
import type { DbOrTrx } from '../../platform/db/database.ts';
import { AppError } from '../../platform/errors.ts';
import { errorResponses, requireUser } from '../../platform/http.ts';
import { LOCALE_COOKIE } from '../../platform/i18n/index.ts';
import { presentSession } from './presenter.ts';
import { findUserByEmail } from './queries.ts';
import {
  AcceptInvitationBody,
  InvitationResponse,
  LocaleBody,
  LoginBody,
  PasswordResetBody,
  PasswordResetRequestBody,
  SessionResponse,
  TokenParams,
  UpdateMeBody,
} from './schema.ts';
import {
  acceptInvitation,
  describeInvitation,
  openInvitation,
  requestPasswordReset,
  resetPassword,
  updateMe,
} from './service.ts';

// Verifying against a real hash when the e-mail is unknown keeps response times alike (no account probing).
const unknownUserHash = hashPassword('unknown-user-placeholder');

export const accountRoutes: FastifyPluginAsyncTypebox = async (app) => {
  async function signIn(db: DbOrTrx, reply: FastifyReply, userId: string) {
    const { token } = await createSession(db, userId);
    setSessionCookie(reply, token, app.config.secureCookies);
    const caller = await callerFromSession(db, token);
    if (!caller) {
      throw new AppError('internal');
    }
    return presentSession(db, caller);
  }

  app.get(
    '/session',
    {
      schema: {
        tags: ['accounts'],
        summary: 'Who I am, my organizations, businesses and abilities',
        response: { 200: SessionResponse },
      },
    },
    async (request) => presentSession(app.db, request.caller),
  );

  app.post(
    '/session',
    {
      config: { rateLimit: { max: app.config.loginRateLimit, timeWindow: '1 minute' } },
      schema: {
        tags: ['accounts'],
        summary: 'Sign in with e-mail and password',
        body: LoginBody,
        response: { 200: SessionResponse, ...errorResponses(400, 401, 429) },
      },
    },
    async (request, reply) => {
      const user = await findUserByEmail(app.db, request.body.email);
      const valid = await verifyPassword(
        user?.password_hash ?? (await unknownUserHash),
        request.body.password,
      );
      if (!user || !valid) {
        throw new AppError('invalid_credentials');
      }
      return signIn(app.db, reply, user.id);
    },
  );

  app.delete('/session', { schema: { tags: ['accounts'], summary: 'Sign out' } }, async (request, reply) => {
    if (request.caller.kind === 'user') {
      await app.db.deleteFrom('sessions').where('id', '=', request.caller.sessionId).execute();
    }
    clearSessionCookie(reply);
    return reply.status(204).send();
  });

  app.patch(
    '/me',
    {
      schema: {
        tags: ['accounts'],
        summary: 'Update my name, language or password',
        body: UpdateMeBody,
        response: { 200: SessionResponse, ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => {
      const caller = requireUser(request);
      const { currentPassword, newPassword, ...rest } = request.body;
      let passwordHash: string | undefined;
      if (newPassword !== undefined) {
        const user = await findUserByEmail(app.db, caller.email);
        if (!user || !currentPassword || !(await verifyPassword(user.password_hash, currentPassword))) {
          throw new AppError('validation_failed', {
            fields: { currentPassword: { key: 'errors.invalid_credentials' } },
          });
        }
        passwordHash = await hashPassword(newPassword);
      }
      await app.db
        .transaction()
        .execute((trx) =>
          updateMe(
            trx,
            caller.userId,
            { ...rest, passwordHash, sessionId: caller.sessionId },
            app.mail.smtpConfigured,
          ),
        );
      const refreshed = { ...caller, name: rest.name ?? caller.name, locale: rest.locale ?? caller.locale };
      return presentSession(app.db, refreshed);
    },
  );

  app.post(
    '/locale',
    { schema: { tags: ['accounts'], summary: 'Choose the interface language', body: LocaleBody } },
    async (request, reply) => {
      const { locale } = request.body;
      if (request.caller.kind === 'user') {
        await app.db.updateTable('users').set({ locale }).where('id', '=', request.caller.userId).execute();
      }
      reply.setCookie(LOCALE_COOKIE, locale, { path: '/', sameSite: 'lax', maxAge: 365 * 86_400 });
      return reply.status(204).send();
    },
  );

  app.post(
    '/password-resets',
    {
      config: { rateLimit: { max: 5, timeWindow: '1 minute' } },
      schema: {
        tags: ['accounts'],
        summary: 'E-mail a password reset link (always answers 202)',
        body: PasswordResetRequestBody,
        response: { 202: Type.Object({ ok: Type.Literal(true) }), ...errorResponses(400, 429) },
      },
    },
    async (request, reply) => {
      await app.db.transaction().execute((trx) =>
        requestPasswordReset(trx, request.body.email, {
          publicUrl: app.config.publicUrl,
          smtpConfigured: app.mail.smtpConfigured,
        }),
      );
      return reply.status(202).send({ ok: true as const });
    },
  );

  app.post(
    '/password-resets/:token',
    {
      schema: {
        tags: ['accounts'],
        summary: 'Set a new password with an e-mailed token',
        params: TokenParams,
        body: PasswordResetBody,
        response: errorResponses(400),
      },
    },
    async (request, reply) => {
      const passwordHash = await hashPassword(request.body.password);
      await app.db
        .transaction()
        .execute((trx) => resetPassword(trx, request.params.token, passwordHash, app.mail.smtpConfigured));
      return reply.status(204).send();
    },
  );

  app.get(
    '/invitations/:token',
    {
      schema: {
        tags: ['accounts'],
        summary: 'What an invitation link offers',
        params: TokenParams,
        response: { 200: InvitationResponse, ...errorResponses(410) },
      },
    },
    async (request) => describeInvitation(app.db, request.params.token),
  );

  app.post(
    '/invitations/:token/accept',
    {
      config: { rateLimit: { max: 10, timeWindow: '1 minute' } },
      schema: {
        tags: ['accounts'],
        summary: 'Sign up (or join with an existing account) through an invitation',
        params: TokenParams,
        body: AcceptInvitationBody,
        response: { 200: SessionResponse, ...errorResponses(400, 401, 409, 410) },
      },
    },
    async (request, reply) => {
      const invitation = await openInvitation(app.db, request.params.token);
      const existing = await findUserByEmail(app.db, invitation.email);
      if (existing && !(await verifyPassword(existing.password_hash, request.body.password))) {
        throw new AppError('invalid_credentials');
      }
      const passwordHash = existing?.password_hash ?? (await hashPassword(request.body.password));
      return app.db.transaction().execute(async (trx) => {
        const userId = await acceptInvitation(trx, request.params.token, request.body, passwordHash);
        return signIn(trx, reply, userId);
      });
    },
  );
};
