import type { DbOrTrx } from '../../../platform/db/database.ts';
import { localDay } from '../days.ts';
import { historyDay, loadStoreHistory } from '../history.ts';
import { inventorySettings } from '../settings.ts';
import { loadProductTerms } from '../terms.ts';
import { reportProducts, stockDays } from './queries.ts';
import { LEARN_MAX_DAYS, replayWindow, type ReportInput, type ReportOptions } from './report.ts';
import type { ReportQuery } from './schema.ts';

export const DEFAULT_REPORT = { weeks: 52, deadDays: 90, overstockWeeks: 8, limit: 100 };

export function reportOptions(query: ReportQuery): ReportOptions {
  return {
    weeks: query.weeks ?? DEFAULT_REPORT.weeks,
    deadDays: query.deadDays ?? DEFAULT_REPORT.deadDays,
    overstockWeeks: query.overstockWeeks ?? DEFAULT_REPORT.overstockWeeks,
  };
}

/**
 * Loads what the report replays: the store's settings, its daily history (one query over the movements),
 * its products, their ordering terms and the non-sale stock changes. The replay itself (report.ts) runs
 * after the transaction, so a big store's replay holds no database connection.
 */
export async function loadReportInput(
  db: DbOrTrx,
  businessId: string,
  options: ReportOptions,
  now: Date,
): Promise<ReportInput> {
  const settings = await inventorySettings(db, businessId);
  const today = localDay(now, settings.timeZone);
  const history = await loadStoreHistory(db, businessId, today, {
    maxDays: options.weeks * 7 + LEARN_MAX_DAYS,
  });
  // Only the period's own changes: the on-hand is walked back from today to its first day.
  const { from } = replayWindow(history, options.weeks);
  const [products, terms, changes] = await Promise.all([
    reportProducts(db, businessId),
    loadProductTerms(db, businessId, settings),
    stockDays(db, businessId, historyDay(history, from), today),
  ]);
  return { history, products, terms, stockDays: changes, settings };
}
