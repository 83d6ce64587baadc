import type { FastifyInstance } from 'fastify';
import { withDelivery } from '../notifications/delivery.ts';
import * as queries from './queries.ts';
import { REMINDER_DAYS, tellBusiness } from './service.ts';

const DAY_MS = 86_400_000;

/**
 * Reminds the receiving business once of a request unanswered for 3 days. The conditional UPDATE
 * (reminded_at still null) keeps a reminder from going out twice if two sweeps overlap.
 */
export async function remindUnanswered(app: FastifyInstance, at: Date): Promise<number> {
  const cutoff = new Date(at.getTime() - REMINDER_DAYS * DAY_MS).toISOString();
  const stamp = at.toISOString();
  return withDelivery(app, () =>
    app.db.transaction().execute(async (trx) => {
      const due = await trx
        .selectFrom('introductions')
        .select(['id', 'requester_business_id', 'recipient_business_id'])
        .where('stage', '=', 'requested')
        .where('reminded_at', 'is', null)
        .where('created_at', '<=', cutoff)
        .where('expires_at', '>', stamp)
        .execute();
      let reminded = 0;
      for (const introduction of due) {
        const result = await trx
          .updateTable('introductions')
          .set({ reminded_at: stamp })
          .where('id', '=', introduction.id)
          .where('reminded_at', 'is', null)
          .executeTakeFirst();
        if (Number(result.numUpdatedRows) === 1) {
          const requester = await queries.businessSummary(trx, introduction.requester_business_id);
          await tellBusiness(trx, introduction.recipient_business_id, 'reminder', introduction.id, requester);
          reminded += 1;
        }
      }
      return reminded;
    }),
  );
}

/** Ends requests unanswered for 14 days, telling the business that asked. */
export async function expireUnanswered(app: FastifyInstance, at: Date): Promise<number> {
  const stamp = at.toISOString();
  return withDelivery(app, () =>
    app.db.transaction().execute(async (trx) => {
      const due = await trx
        .selectFrom('introductions')
        .select(['id', 'requester_business_id', 'recipient_business_id'])
        .where('stage', '=', 'requested')
        .where('expires_at', '<=', stamp)
        .execute();
      let expired = 0;
      for (const introduction of due) {
        const result = await trx
          .updateTable('introductions')
          .set({ stage: 'expired', updated_at: stamp })
          .where('id', '=', introduction.id)
          .where('stage', '=', 'requested')
          .executeTakeFirst();
        if (Number(result.numUpdatedRows) === 1) {
          await queries.addEvent(trx, {
            introductionId: introduction.id,
            actorUserId: null,
            stage: 'expired',
            at: stamp,
          });
          const recipient = await queries.businessSummary(trx, introduction.recipient_business_id);
          await tellBusiness(trx, introduction.requester_business_id, 'expired', introduction.id, recipient);
          expired += 1;
        }
      }
      return expired;
    }),
  );
}
