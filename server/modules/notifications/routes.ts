import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { authorize, errorResponses, requireUser } from '../../platform/http.ts';
import './messages.ts';
import { announceRead } from './delivery.ts';
import { unreadCount } from './queries.ts';
import { NotificationList, ReadBody, Settings, UnreadResponse } from './schema.ts';
import * as service from './service.ts';
import * as queries from './queries.ts';
import { streamRoutes } from './stream.ts';

export const notificationRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/notifications',
    {
      schema: {
        tags: ['notifications'],
        summary: 'My latest notifications in my language, with the unread count',
        response: { 200: NotificationList, ...errorResponses(401, 403) },
      },
    },
    async (request) => {
      authorize(request, 'account.use');
      const user = requireUser(request);
      return service.listNotifications(app.db, user.userId, request.locale);
    },
  );

  app.post(
    '/notifications/read',
    {
      schema: {
        tags: ['notifications'],
        summary: 'Mark some (ids) or all of my notifications read',
        body: ReadBody,
        response: { 200: UnreadResponse, ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => {
      authorize(request, 'account.use');
      const user = requireUser(request);
      const count = await app.db.transaction().execute(async (trx) => {
        await service.markRead(trx, user.userId, request.body);
        return unreadCount(trx, user.userId);
      });
      await announceRead(app.bus, user.userId);
      return { unreadCount: count };
    },
  );

  app.get(
    '/notification-settings',
    {
      schema: {
        tags: ['notifications'],
        summary: 'How I get e-mail about notifications: instantly, as a daily digest, or not at all',
        response: { 200: Settings, ...errorResponses(401, 403) },
      },
    },
    async (request) => {
      authorize(request, 'account.use');
      const user = requireUser(request);
      return { email: await service.emailSetting(app.db, user.userId) };
    },
  );

  app.put(
    '/notification-settings',
    {
      schema: {
        tags: ['notifications'],
        summary: 'Change how I get e-mail about notifications',
        body: Settings,
        response: { 200: Settings, ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => {
      authorize(request, 'account.use');
      const user = requireUser(request);
      await app.db
        .transaction()
        .execute((trx) => queries.setEmailSetting(trx, user.userId, request.body.email));
      return { email: request.body.email };
    },
  );

  await app.register(streamRoutes);
};
