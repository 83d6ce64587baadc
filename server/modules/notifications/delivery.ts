import { AsyncLocalStorage } from 'node:async_hooks';
import type { FastifyInstance } from 'fastify';
import type { Bus } from '../../platform/bus.ts';
import type { NotificationRow } from './presenter.ts';

/** What `notify` needs from the running server, without every caller passing it along. */
export interface Delivery {
  bus: Bus;
  smtpConfigured: boolean;
  publicUrl: string;
  /** Notifications written during this request or sweep, announced on the bus once it is over. */
  pending: { id: string; userId: string }[];
}

const current = new AsyncLocalStorage<Delivery>();

export function deliveryInProgress(): Delivery | undefined {
  return current.getStore();
}

/** The bus channel of one user's notifications. */
export function userChannel(userId: string): string {
  return `notifications:${userId}`;
}

/**
 * `created` may carry the notification itself and the reader's unread count, so that streams need no
 * database reads (an alert's fan-out announces hundreds at once); without them the stream reads both.
 */
export type BusMessage =
  { type: 'created'; id: string; notification?: NotificationRow; unreadCount?: number } | { type: 'read' };

function newDelivery(app: FastifyInstance): Delivery {
  return {
    bus: app.bus,
    smtpConfigured: app.mail.smtpConfigured,
    publicUrl: app.config.publicUrl,
    pending: [],
  };
}

/**
 * Publishes what the request or sweep created — only rows that exist now, so a notification whose
 * transaction rolled back is never announced, and one that committed is announced after the commit.
 */
async function announce(app: FastifyInstance, delivery: Delivery): Promise<void> {
  if (delivery.pending.length === 0) {
    return;
  }
  const ids = delivery.pending.map((p) => p.id);
  delivery.pending = [];
  const committed = await app.db
    .selectFrom('notifications')
    .select(['id', 'user_id'])
    .where('id', 'in', ids)
    .execute();
  for (const row of committed) {
    const message: BusMessage = { type: 'created', id: row.id };
    await app.bus.publish(userChannel(row.user_id), JSON.stringify(message));
  }
}

declare module 'fastify' {
  interface FastifyRequest {
    delivery: Delivery | null;
  }
}

/**
 * Every request runs inside a delivery context (registered before the other onRequest hooks, so the
 * handler inherits it); notifications are announced when the response has been sent.
 */
export function installDelivery(app: FastifyInstance): void {
  app.decorateRequest('delivery', null);
  app.addHook('onRequest', (request, _reply, done) => {
    const delivery = newDelivery(app);
    request.delivery = delivery;
    current.run(delivery, done);
  });
  app.addHook('onResponse', async (request) => {
    if (request.delivery) {
      await announce(app, request.delivery).catch((error: unknown) => request.log.error(error));
    }
  });
}

/** Runs work outside a request (a sweep) with notifications announced when it is done. */
export async function withDelivery<T>(app: FastifyInstance, work: () => Promise<T>): Promise<T> {
  const delivery = newDelivery(app);
  const result = await current.run(delivery, work);
  await announce(app, delivery);
  return result;
}

/** Tells the user's other open pages that the unread count changed. */
export async function announceRead(bus: Bus, userId: string): Promise<void> {
  const message: BusMessage = { type: 'read' };
  await bus.publish(userChannel(userId), JSON.stringify(message));
}
