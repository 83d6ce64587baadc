import type { FastifyInstance } from 'fastify';
import { alertSweeps } from '../modules/alerts/sweeps.ts';
import { sendExpiryReminders } from '../modules/documents/reminders.ts';
import { sendEventReminders } from '../modules/gatherings/registrations/reminders.ts';
import { inviteToSurveys } from '../modules/gatherings/report/invitations.ts';
import { purgeExpiredIncidents } from '../modules/incidents/retention.ts';
import { expireUnanswered, remindUnanswered } from '../modules/introductions/sweeps.ts';
import { sendDigests } from '../modules/notifications/digest.ts';
import { sweepSavedSearches } from '../modules/search/saved.ts';
import { serviceDeskSweeps } from '../modules/services-desk/deadlines.ts';
import { sendMarketEntryReminders } from '../modules/market-entry/reminders.ts';

/** A periodic job: `run` is called with the current time; tests call it directly with a fake one. */
export interface Sweep {
  name: string;
  everyMs: number;
  run: (app: FastifyInstance, at: Date) => Promise<unknown>;
}

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;

/** Digest e-mails go out once a day, on the first hourly run after 14:00 UTC (8 or 9 a.m. in Dallas). */
const DIGEST_HOUR_UTC = 14;

export async function sendDailyDigests(app: FastifyInstance, at: Date): Promise<number> {
  return app.db
    .transaction()
    .execute((trx) =>
      sendDigests(trx, { now: at, smtpConfigured: app.mail.smtpConfigured, publicUrl: app.config.publicUrl }),
    );
}

export const sweeps: Sweep[] = [
  { name: 'introduction-reminders', everyMs: 15 * MINUTE_MS, run: remindUnanswered },
  { name: 'introduction-expiry', everyMs: 15 * MINUTE_MS, run: expireUnanswered },
  { name: 'saved-searches', everyMs: 5 * MINUTE_MS, run: (app) => sweepSavedSearches(app.db) },
  {
    name: 'incident-retention',
    everyMs: HOUR_MS,
    run: (app, at) => purgeExpiredIncidents(app.db, app.config.uploadDir, at),
  },
  {
    name: 'daily-digest',
    everyMs: HOUR_MS,
    run: async (app, at) => (at.getUTCHours() === DIGEST_HOUR_UTC ? sendDailyDigests(app, at) : 0),
  },
  ...alertSweeps,
  { name: 'event-survey-invitations', everyMs: HOUR_MS, run: inviteToSurveys },
  { name: 'event-reminders', everyMs: 15 * MINUTE_MS, run: sendEventReminders },
  ...serviceDeskSweeps,
  { name: 'document-expiry-reminders', everyMs: HOUR_MS, run: sendExpiryReminders },
  { name: 'market-entry-reminders', everyMs: HOUR_MS, run: sendMarketEntryReminders },
];

/**
 * With several instances behind one Redis, only the one that takes the lock (SET NX PX, held for
 * most of the period) runs a sweep in that period. Without Redis there is one instance.
 */
async function takeLock(app: FastifyInstance, sweep: Sweep): Promise<boolean> {
  if (!app.redis) {
    return true;
  }
  const key = `${app.config.redisNamespace}:sweep:${sweep.name}`;
  const taken = await app.redis.set(
    key,
    String(process.pid),
    'PX',
    Math.max(sweep.everyMs - 1000, 1000),
    'NX',
  );
  return taken === 'OK';
}

/** Starts every sweep on its timer (server/main.ts); the result stops them. */
export function startSweeps(app: FastifyInstance, list: Sweep[] = sweeps): () => void {
  const timers = list.map((sweep) => {
    let running = false;
    const tick = async () => {
      if (running) {
        return;
      }
      running = true;
      try {
        if (await takeLock(app, sweep)) {
          await sweep.run(app, new Date());
        }
      } catch (error) {
        app.log.error({ err: error, sweep: sweep.name }, 'sweep failed');
      } finally {
        running = false;
      }
    };
    void tick();
    return setInterval(() => void tick(), sweep.everyMs);
  });
  return () => timers.forEach((timer) => clearInterval(timer));
}
