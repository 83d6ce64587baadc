import type { SimulationResult } from '../forecast/simulate.ts';
import { dayString } from '../days.ts';
import {
  HABIT_SKIP_WEEKS,
  LEARN_DAYS,
  TRUSTED_DAYS,
  type CostReport,
  type ProductLine,
  type ReportProduct,
} from './report.ts';
import type { CostReportBody } from './schema.ts';

type Policy = 'habit' | 'dari';
type Costs = CostReportBody['costs']['yearly']['habit'];

const cents = (dollars: number) => Math.round(dollars * 100);
const units = (value: number) => Math.round(value * 10) / 10;
const share = (value: number) => Math.round(value * 10_000) / 10_000;

function sum<T>(items: readonly T[], pick: (item: T) => number): number {
  let total = 0;
  for (const item of items) {
    total += pick(item);
  }
  return total;
}

function policyFigures(lines: readonly ProductLine[], policy: Policy) {
  const field = (name: keyof SimulationResult) => sum(lines, (l) => l.replay[policy][name]);
  const demand = field('demand');
  const sold = field('sold');
  return {
    demandUnits: units(demand),
    soldUnits: units(sold),
    lostUnits: units(field('lost')),
    fillRate: share(demand > 0 ? sold / demand : 1),
    stockoutDays: field('stockoutDays'),
    holdingCostCents: cents(field('holdingCost')),
    lostMarginCents: cents(field('lostMargin')),
    averageStockValueCents: cents(field('averageStockValue')),
    orders: field('orders'),
    orderingCostCents: cents(field('orderingCost')),
  };
}

/** A policy's costs scaled by `factor` (1: the period; 365 / days: a year), each part rounded to cents. */
function costs(lines: readonly ProductLine[], policy: Policy, factor: number): Costs {
  const part = (name: 'holdingCost' | 'lostMargin' | 'orderingCost') =>
    cents(sum(lines, (l) => l.replay[policy][name]) * factor);
  const holdingCostCents = part('holdingCost');
  const lostMarginCents = part('lostMargin');
  const orderingCostCents = part('orderingCost');
  return {
    holdingCostCents,
    lostMarginCents,
    orderingCostCents,
    totalCents: holdingCostCents + lostMarginCents + orderingCostCents,
  };
}

/** Habit minus Dari, part by part: the saving is exactly the difference of the costs shown. */
function costSet(lines: readonly ProductLine[], factor: number) {
  const habit = costs(lines, 'habit', factor);
  const dari = costs(lines, 'dari', factor);
  return {
    habit,
    dari,
    saving: {
      holdingCostCents: habit.holdingCostCents - dari.holdingCostCents,
      lostMarginCents: habit.lostMarginCents - dari.lostMarginCents,
      orderingCostCents: habit.orderingCostCents - dari.orderingCostCents,
      totalCents: habit.totalCents - dari.totalCents,
    },
  };
}

/** A product's yearly saving in dollars: its three costs, habit minus Dari, annualised. */
export function yearlySaving(line: ProductLine, factor: number): number {
  const total = (r: SimulationResult) => r.holdingCost + r.lostMargin + r.orderingCost;
  return (total(line.replay.habit) - total(line.replay.dari)) * factor;
}

/** 365 / the replayed days (0 when nothing was replayed), and the products by yearly saving, largest first. */
export function rankedLines(report: CostReport): { factor: number; ranked: ProductLine[] } {
  const days = report.end - report.from;
  const factor = days > 0 ? 365 / days : 0;
  const ranked = [...report.lines].sort((a, b) => yearlySaving(b, factor) - yearlySaving(a, factor));
  return { factor, ranked };
}

function names(product: ReportProduct) {
  return {
    productId: product.id,
    sku: product.sku,
    nameKo: product.name_ko,
    nameEn: product.name_en,
    category: product.category,
  };
}

function productPolicy(result: SimulationResult) {
  return {
    holdingCostCents: cents(result.holdingCost),
    lostUnits: units(result.lost),
    lostMarginCents: cents(result.lostMargin),
    fillRate: share(result.fillRate),
    averageStockValueCents: cents(result.averageStockValue),
    orders: result.orders,
  };
}

function presentItem(line: ProductLine, factor: number) {
  const { replay } = line;
  return {
    ...names(line.product),
    demandClass: replay.demandClass,
    habitWeeklyOrder: units(replay.habitWeeklyOrder),
    habitShelfLevel: units(replay.habitShelfLevel),
    initialStock: units(replay.initialStock),
    habit: productPolicy(replay.habit),
    dari: productPolicy(replay.dari),
    actual: {
      averageStockValueCents: cents(replay.actual.averageStockValue),
      stockoutDays: replay.actual.stockoutDays,
      receivedUnits: units(replay.actual.receivedUnits),
      soldUnits: units(replay.actual.soldUnits),
    },
    yearlySavingCents: cents(yearlySaving(line, factor)),
  };
}

function byCategory(lines: readonly ProductLine[], factor: number) {
  const groups = new Map<string, ProductLine[]>();
  for (const line of lines) {
    const list = groups.get(line.product.category);
    if (list) {
      list.push(line);
    } else {
      groups.set(line.product.category, [line]);
    }
  }
  return [...groups]
    .map(([category, group]) => ({
      category,
      products: group.length,
      habitAverageStockValueCents: cents(sum(group, (l) => l.replay.habit.averageStockValue)),
      dariAverageStockValueCents: cents(sum(group, (l) => l.replay.dari.averageStockValue)),
      yearlySavingCents: cents(sum(group, (l) => yearlySaving(l, factor))),
    }))
    .sort((a, b) => b.habitAverageStockValueCents - a.habitAverageStockValueCents);
}

export function presentCostReport(report: CostReport, limit: number): CostReportBody {
  const { lines, end, from, settings, options } = report;
  const days = end - from;
  const { factor, ranked } = rankedLines(report);
  const actual = (name: keyof ProductLine['replay']['actual']) => sum(lines, (l) => l.replay.actual[name]);
  return {
    period: {
      from: days > 0 ? dayString(report.day0 + from) : null,
      to: days > 0 ? dayString(report.day0 + end - 1) : null,
      days,
      weeksRequested: options.weeks,
      learningDays: days > 0 ? from - report.firstIndex : 0,
      historyDays: end - report.firstIndex,
      annualFactor: Math.round(factor * 10_000) / 10_000,
      enough: days > 0,
      trusted: days >= TRUSTED_DAYS,
    },
    assumptions: {
      habitBasis: report.basis,
      habitSkipWeeks: HABIT_SKIP_WEEKS,
      reviewDays: settings.reviewDays,
      serviceLevel: settings.serviceLevel,
      holdingRate: settings.holdingRate,
      orderCostCents: settings.orderCostCents,
      minLearningDays: LEARN_DAYS,
      deadDays: options.deadDays,
      overstockWeeks: options.overstockWeeks,
    },
    products: { replayed: lines.length, tooNew: report.tooNew },
    habit: policyFigures(lines, 'habit'),
    dari: policyFigures(lines, 'dari'),
    actual: {
      soldUnits: units(actual('soldUnits')),
      receivedUnits: units(actual('receivedUnits')),
      receipts: actual('receipts'),
      stockoutDays: actual('stockoutDays'),
      lostUnitsEstimate: units(actual('lostUnitsEstimate')),
      averageStockValueCents: cents(actual('averageStockValue')),
      holdingCostCents: cents(actual('holdingCost')),
    },
    costs: { period: costSet(lines, 1), yearly: costSet(lines, factor) },
    byCategory: byCategory(lines, factor),
    items: ranked.slice(0, limit).map((line) => presentItem(line, factor)),
    deadStock: {
      count: report.dead.length,
      valueCents: cents(sum(report.dead, (d) => d.value)),
      items: report.dead.slice(0, limit).map((d) => ({
        ...names(d.product),
        onHand: d.onHand,
        valueCents: cents(d.value),
        lastSaleDay: d.lastSale >= 0 ? dayString(report.day0 + d.lastSale) : null,
        daysSinceSale: d.lastSale >= 0 ? end - d.lastSale : null,
      })),
    },
    overstock: {
      count: report.over.length,
      excessValueCents: cents(sum(report.over, (o) => o.excessValue)),
      items: report.over.slice(0, limit).map((o) => ({
        ...names(o.product),
        onHand: o.onHand,
        weeklyForecast: units(o.dailyForecast * 7),
        coverWeeks: o.coverWeeks === null ? null : units(o.coverWeeks),
        excessUnits: o.excessUnits,
        excessValueCents: cents(o.excessValue),
      })),
    },
  };
}
