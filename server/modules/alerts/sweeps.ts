import type { FastifyInstance } from 'fastify';
import { redeliverAlerts } from './fanout.ts';
import { expireAlerts } from './service.ts';

export const alertSweeps = [
  /** Alerts stored while delivery failed (Redis down) go out as soon as it works again. */
  {
    name: 'alert-redelivery',
    everyMs: 30_000,
    run: (app: FastifyInstance, at: Date) => redeliverAlerts(app, at),
  },
  {
    name: 'alert-expiry',
    everyMs: 5 * 60_000,
    run: (app: FastifyInstance, at: Date) => expireAlerts(app.db, at),
  },
];
