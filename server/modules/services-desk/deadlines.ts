import type { FastifyInstance } from 'fastify';
import { withDelivery } from '../notifications/delivery.ts';
import { alertLeads } from './notices.ts';
import * as queries from './queries.ts';

/**
 * The deadline sweep: open requests no partner opted in to by their deadline are escalated to the
 * pillar's action-team lead (or the admins), once. The claim is a conditional update, so with several
 * instances (or a run overlapping another) only one alerts; a run after downtime finds every request
 * that fell due meanwhile, since it looks for all overdue ones, not those of the last period.
 */
export async function escalateOverdue(app: FastifyInstance, at: Date): Promise<number> {
  const stamp = at.toISOString();
  let escalated = 0;
  for (const { id } of await queries.overdue(app.db, stamp)) {
    await withDelivery(app, () =>
      app.db.transaction().execute(async (trx) => {
        if (!(await queries.claimEscalation(trx, id, stamp))) {
          return;
        }
        const row = await queries.findRequest(trx, id);
        if (row) {
          await alertLeads(trx, row, 'overdue');
          escalated += 1;
        }
      }),
    );
  }
  return escalated;
}

export const serviceDeskSweeps = [
  { name: 'service-request-deadlines', everyMs: 15 * 60_000, run: escalateOverdue },
];
