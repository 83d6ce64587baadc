import type { ServerResponse } from 'node:http';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { authorize, errorResponses, requireUser } from '../../platform/http.ts';
import type { Locale } from '../../platform/db/schema.ts';
import { userChannel, type BusMessage } from './delivery.ts';
import { presentNotification } from './presenter.ts';
import { notificationById, unreadCount } from './queries.ts';

/** Proxies drop connections that stay silent; a comment line every 25 s keeps the stream open. */
const HEARTBEAT_MS = 25_000;

function send(raw: ServerResponse, event: string, data: unknown): void {
  raw.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
}

function parse(message: string): BusMessage | undefined {
  try {
    return JSON.parse(message) as BusMessage;
  } catch {
    return undefined;
  }
}

/**
 * GET /notifications/stream — server-sent events for the open page: `unread` ({ unreadCount }) on
 * connect and whenever the count changes, `notification` (one item, in the reader's language) when one
 * arrives. Events come through the bus, so a notification created on any instance reaches the stream.
 */
export const streamRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const open = new Set<ServerResponse>();
  // Open streams would keep the server from closing.
  app.addHook('preClose', async () => {
    for (const raw of open) {
      raw.end();
    }
  });

  app.get(
    '/notifications/stream',
    {
      schema: {
        tags: ['notifications'],
        summary: 'Live notifications (text/event-stream: events `notification` and `unread`)',
        response: errorResponses(401, 403),
      },
    },
    async (request, reply) => {
      authorize(request, 'account.use');
      const user = requireUser(request);
      const locale: Locale = request.locale;
      const raw = reply.raw;

      const pushUnread = async () => {
        send(raw, 'unread', { unreadCount: await unreadCount(app.db, user.userId) });
      };
      const onMessage = (message: string) => {
        const parsed = parse(message);
        if (parsed?.type === 'created' && parsed.notification && parsed.unreadCount !== undefined) {
          send(raw, 'notification', presentNotification(locale, parsed.notification));
          send(raw, 'unread', { unreadCount: parsed.unreadCount });
          return;
        }
        void (async () => {
          if (parsed?.type === 'created') {
            const row = await notificationById(app.db, user.userId, parsed.id);
            if (row) {
              send(raw, 'notification', presentNotification(locale, row));
            }
          }
          await pushUnread();
        })().catch((error: unknown) => request.log.error(error));
      };

      const unsubscribe = await app.bus.subscribe(userChannel(user.userId), onMessage);
      reply.hijack();
      raw.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-cache, no-transform',
        connection: 'keep-alive',
        'x-accel-buffering': 'no',
      });
      open.add(raw);
      const heartbeat = setInterval(() => raw.write(': keep-alive\n\n'), HEARTBEAT_MS);
      raw.on('close', () => {
        clearInterval(heartbeat);
        open.delete(raw);
        void unsubscribe();
      });
      await pushUnread();
    },
  );
};
