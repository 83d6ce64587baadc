import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import * as prettier from 'prettier';
import {
  mase,
  rollingOriginErrors,
  seasonalNaiveScale,
} from '../server/modules/inventory/forecast/accuracy.ts';
import { cleanDemand, IMPUTE_WEEKS } from '../server/modules/inventory/forecast/demand.ts';
import { dariRule, PlanScratch, planProduct } from '../server/modules/inventory/forecast/engine.ts';
import { Forecaster } from '../server/modules/inventory/forecast/model.ts';
import { continuousReviewReorderPoint, type ItemTerms } from '../server/modules/inventory/forecast/policy.ts';
import {
  fitForecaster,
  selectMethod,
  selectionScratch,
} from '../server/modules/inventory/forecast/select.ts';
import {
  habitRule,
  simulate,
  simulationScratch,
  tuneMinMax,
  type SimulationResult,
  type SimulationRule,
} from '../server/modules/inventory/forecast/simulate.ts';
import { writeSection } from './report.ts';
import { numberOption } from './measure.ts';
import { measureSalesImport, type SalesImportTiming } from './inventory-sales.ts';
import { mulberry32 } from '../server/platform/random.ts';

/**
 * `npm run bench -- inventory [--products N] [--days D] [--workers W] [--sales-products S]`: generates a store set (regular,
 * seasonal — weekly and yearly —, intermittent and trending items; stock-out spells censoring some days;
 * 50,000 products × 730 days by default), then on every core (worker_threads, each its share of products):
 *   1. plan: every product's forecast and purchase suggestion from its whole history (timed: the target);
 *   2. accuracy: MASE over the last 8 weeks (forecasts 1–7 days ahead from weekly rolling origins, method
 *      chosen and fitted on what came before) against the seasonal-naive (lag 7) baseline;
 *   3. simulation: the second year replayed under Dari's policy (fitted on the first year, forecasting as
 *      it goes), the "same order every week" habit, a min/max rule tuned per product to Dari's fill rate,
 *      and the textbook continuous-review reorder point used with periodic review;
 *   4. sales import: the first S products' generated days brought in as generic-daily CSV files through the
 *      import service, into a fresh SQLite (and PostgreSQL when DATABASE_URL is set) — inventory-sales.ts.
 * Writes the "Inventory" section of docs/performance.md.
 */

const CLASSES = ['regular', 'seasonal', 'intermittent', 'trending'] as const;
type GeneratedClass = (typeof CLASSES)[number];
const POLICIES = ['habit', 'minmax', 'dari', 'textbook'] as const;
type Policy = (typeof POLICIES)[number];
const SIM_FIELDS = [
  'demand',
  'sold',
  'holdingCost',
  'averageStockValue',
  'orders',
  'orderingCost',
  'lostMargin',
] as const;

interface Options {
  products: number;
  days: number;
  workers: number;
  /** Products whose sales the import step brings in (see SALES_PRODUCTS). */
  salesProducts: number;
}

/**
 * The sales import's default store: 1,000 products × 730 days ≈ half a million lines, under a minute
 * into either database on this 2-core machine. Not all 50,000: that is ≈ 27 million lines and a 20 GB
 * database, and lines per second fall as SQLite's indexes outgrow its page cache (5,000 products went at
 * about 60% of the 1,000-product rate), so it would take well over an hour. --sales-products 50000 runs it.
 */
const SALES_PRODUCTS = 1_000;

function parseOptions(args: string[]): Options {
  const value = (name: string, fallback: number) => Math.floor(numberOption(args, name, fallback));
  return {
    products: value('products', 50_000),
    days: Math.max(140, value('days', 730)),
    workers: value('workers', Math.max(1, Math.min(2, os.availableParallelism()))),
    salesProducts: value('sales-products', SALES_PRODUCTS),
  };
}

// ---------------------------------------------------------------- generation

function gaussian(rand: () => number): number {
  const u = Math.max(1e-12, rand());
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rand());
}

function poisson(rand: () => number, lambda: number): number {
  if (lambda <= 0) {
    return 0;
  }
  if (lambda > 30) {
    return Math.max(0, Math.round(lambda + Math.sqrt(lambda) * gaussian(rand)));
  }
  const limit = Math.exp(-lambda);
  let k = 0;
  let p = rand();
  while (p > limit) {
    k++;
    p *= rand();
  }
  return k;
}

/** Store-wide weekday profile (slot 0 = day 0 = a Monday): busier Friday and Saturday. */
const WEEKDAY = [0.9, 0.85, 0.9, 0.95, 1.1, 1.3, 1.0];

export function generatedClass(index: number): GeneratedClass {
  const r = index % 20;
  return r < 7 ? 'regular' : r < 12 ? 'seasonal' : r < 17 ? 'intermittent' : 'trending';
}

interface Catalogue {
  terms: (ItemTerms & { price: number })[];
  position: Float64Array;
}

/** Fills product `index`'s days into sales/oos at offset; returns its terms. */
function generateProduct(
  index: number,
  days: number,
  sales: Float32Array,
  oos: Uint8Array,
  offset: number,
): ItemTerms & { price: number } {
  const rand = mulberry32(index * 2654435761 + 12345);
  const kind = generatedClass(index);
  const base = Math.exp(Math.log(1) + rand() * (Math.log(40) - Math.log(1)));
  const weekly = kind === 'regular' ? 0.3 : kind === 'seasonal' ? 1.6 : kind === 'trending' ? 0.6 : 0;
  const yearly = kind === 'seasonal' ? 0.3 + 0.3 * rand() : 0;
  const phase = rand() * 2 * Math.PI;
  const growth = kind === 'trending' ? -0.6 + 2.1 * rand() : 0;
  const demandProbability = 0.03 + 0.32 * rand();
  const lumpy = rand() < 0.35;
  const sizeMean = lumpy ? 1 + 6 * rand() : 3 * rand();
  const outRate = 0.003 + 0.017 * rand();
  let outLeft = 0;
  let meanDemand = 0;
  for (let t = 0; t < days; t++) {
    let d: number;
    if (kind === 'intermittent') {
      if (rand() < demandProbability) {
        d = lumpy
          ? 1 + poisson(rand, sizeMean * Math.exp(0.8 * gaussian(rand) - 0.32))
          : 1 + poisson(rand, sizeMean);
      } else {
        d = 0;
      }
    } else {
      let mean = base * (1 + weekly * ((WEEKDAY[t % 7] ?? 1) - 1));
      mean *= 1 + yearly * Math.sin((2 * Math.PI * t) / 365 + phase);
      mean *= Math.max(0.05, 1 + (growth * t) / days);
      mean *= Math.exp(0.15 * gaussian(rand) - 0.011);
      d = poisson(rand, mean);
    }
    meanDemand += d;
    if (outLeft === 0 && rand() < outRate) {
      outLeft = 1 + Math.floor(rand() * 4);
      sales[offset + t] = Math.floor(d * rand());
      oos[offset + t] = 1;
      outLeft--;
      continue;
    }
    if (outLeft > 0) {
      sales[offset + t] = 0;
      oos[offset + t] = 1;
      outLeft--;
      continue;
    }
    sales[offset + t] = d;
    oos[offset + t] = 0;
  }
  const weeklyDemand = (meanDemand / days) * 7;
  const packs = [1, 4, 6, 12, 24].filter((p) => p <= Math.max(1, weeklyDemand));
  const pack = packs[Math.floor(rand() * packs.length)] ?? 1;
  const unitCost = Math.exp(Math.log(0.5) + rand() * (Math.log(30) - Math.log(0.5)));
  return {
    reviewDays: rand() < 0.8 ? 7 : 1,
    leadDays: [1, 2, 3, 4, 7][Math.floor(rand() * 5)] ?? 2,
    pack,
    minOrder: rand() < 0.2 ? 2 * pack : pack,
    unitCost,
    price: unitCost * (1.3 + 0.7 * rand()),
    holdingRate: 0.25,
    orderCost: 1,
    serviceLevel: 0.95,
  };
}

/** One product's daily sales as the engine sees them, for the sales-import step. */
function productSales(index: number, days: number, into: Float32Array): void {
  generateProduct(index, days, into, new Uint8Array(days), 0);
}

// ---------------------------------------------------------------- worker

interface WorkerInput {
  inventoryBench: true;
  first: number;
  count: number;
  days: number;
}

interface PlanReport {
  seconds: number;
  orderLines: number;
  byMethod: Record<string, number>;
  byDetected: Record<string, number>;
}

interface ClassAccuracy {
  products: number;
  dariMase: number;
  naiveMase: number;
  better: number;
}

interface EvaluateReport {
  seconds: number;
  accuracy: Record<GeneratedClass, ClassAccuracy>;
  simulation: Record<GeneratedClass, Record<Policy, Record<(typeof SIM_FIELDS)[number], number>>>;
  detected: Record<GeneratedClass, Record<string, number>>;
}

function emptySimulation(): EvaluateReport['simulation'] {
  const out = {} as EvaluateReport['simulation'];
  for (const c of CLASSES) {
    out[c] = {} as Record<Policy, Record<(typeof SIM_FIELDS)[number], number>>;
    for (const p of POLICIES) {
      out[c][p] = Object.fromEntries(SIM_FIELDS.map((f) => [f, 0])) as Record<
        (typeof SIM_FIELDS)[number],
        number
      >;
    }
  }
  return out;
}

function runWorker(input: WorkerInput): void {
  const port = parentPort;
  if (!port) {
    return;
  }
  const { first, count, days } = input;
  const sales = new Float32Array(count * days);
  const oos = new Uint8Array(count * days);
  const catalogue: Catalogue = { terms: [], position: new Float64Array(count) };

  port.on('message', (message: string) => {
    if (message === 'generate') {
      for (let i = 0; i < count; i++) {
        const terms = generateProduct(first + i, days, sales, oos, i * days);
        catalogue.terms.push(terms);
        catalogue.position[i] = (sales[i * days + days - 1] ?? 0) * (1 + (i % 5));
      }
      port.postMessage({ type: 'generated' });
    } else if (message === 'plan') {
      port.postMessage({ type: 'planned', report: plan(sales, oos, catalogue, count, days) });
    } else if (message === 'evaluate') {
      port.postMessage({ type: 'evaluated', report: evaluate(sales, oos, catalogue, first, count, days) });
    }
  });
}

function plan(
  sales: Float32Array,
  oos: Uint8Array,
  catalogue: Catalogue,
  count: number,
  days: number,
): PlanReport {
  const started = performance.now();
  const scratch = new PlanScratch(days);
  const byMethod: Record<string, number> = {};
  const byDetected: Record<string, number> = {};
  let orderLines = 0;
  for (let i = 0; i < count; i++) {
    const terms = catalogue.terms[i];
    if (!terms) {
      continue;
    }
    const s = sales.subarray(i * days, (i + 1) * days);
    const o = oos.subarray(i * days, (i + 1) * days);
    const suggestion = planProduct(s, o, 0, days, terms, catalogue.position[i] ?? 0, scratch);
    byMethod[suggestion.method] = (byMethod[suggestion.method] ?? 0) + 1;
    byDetected[suggestion.demandClass] = (byDetected[suggestion.demandClass] ?? 0) + 1;
    if (suggestion.order > 0) {
      orderLines++;
    }
  }
  return { seconds: (performance.now() - started) / 1000, orderLines, byMethod, byDetected };
}

const EVAL_DAYS = 56;

function evaluate(
  sales: Float32Array,
  oos: Uint8Array,
  catalogue: Catalogue,
  first: number,
  count: number,
  days: number,
): EvaluateReport {
  const started = performance.now();
  const y = new Float64Array(days);
  const ring = new Float64Array(8 * IMPUTE_WEEKS);
  const model = new Forecaster();
  const baseline = new Forecaster();
  const textbookModel = new Forecaster();
  const scratch = selectionScratch();
  const arrivals = simulationScratch(64);
  const accuracy = Object.fromEntries(
    CLASSES.map((c) => [c, { products: 0, dariMase: 0, naiveMase: 0, better: 0 }]),
  ) as Record<GeneratedClass, ClassAccuracy>;
  const simulation = emptySimulation();
  const detected = Object.fromEntries(CLASSES.map((c) => [c, {}])) as Record<
    GeneratedClass,
    Record<string, number>
  >;
  const evalFrom = days - EVAL_DAYS;
  const simFrom = Math.floor(days / 2);
  let rule: SimulationRule | undefined;
  const textbook: SimulationRule = {
    kind: 'levels',
    reviewDays: 7,
    reorderLevel: new Float64Array(days),
    orderUpTo: new Float64Array(days),
    fixedQty: 0,
  };
  for (let i = 0; i < count; i++) {
    const terms = catalogue.terms[i];
    if (!terms) {
      continue;
    }
    const kind = generatedClass(first + i);
    const o = oos.subarray(i * days, (i + 1) * days);
    cleanDemand(sales.subarray(i * days, (i + 1) * days), o, 0, days, y, ring);

    // Accuracy: choose and fit on [0, evalFrom), forecast the last 8 weeks from weekly origins.
    const selection = selectMethod(y, o, 0, evalFrom, model, scratch);
    fitForecaster('seasonal-naive', y, o, 0, evalFrom, baseline);
    const scale = seasonalNaiveScale(y, o, 0, evalFrom);
    const dari = mase(rollingOriginErrors(model, y, o, evalFrom, days, 7, 7), scale);
    const naive = mase(rollingOriginErrors(baseline, y, o, evalFrom, days, 7, 7), scale);
    const bucket = detected[kind];
    bucket[selection.demandClass] = (bucket[selection.demandClass] ?? 0) + 1;
    if (Number.isFinite(dari) && Number.isFinite(naive)) {
      const a = accuracy[kind];
      a.products++;
      a.dariMase += dari;
      a.naiveMase += naive;
      if (dari < naive) {
        a.better++;
      }
    }

    // Simulation of the second year: every policy learns from the first.
    const sim = selectMethod(y, o, 0, simFrom, model, scratch);
    textbookModel.copyFrom(model);
    let meanDaily = 0;
    for (let t = 0; t < simFrom; t++) {
      meanDaily += y[t] ?? 0;
    }
    meanDaily /= simFrom;
    const initial = Math.round(meanDaily * (terms.reviewDays + terms.leadDays));
    rule = dariRule(model, y, o, simFrom, days, terms, sim.demandClass, rule);
    const dariResult = simulate(y, simFrom, days, terms, rule, initial, arrivals);
    const results: Record<Policy, SimulationResult> = {
      dari: dariResult,
      habit: simulate(y, simFrom, days, terms, habitRule(meanDaily, terms), initial, arrivals),
      minmax: tuneMinMax(y, simFrom, days, meanDaily, terms, dariResult.fillRate, initial, arrivals).result,
      textbook: simulate(
        y,
        simFrom,
        days,
        terms,
        textbookRule(textbookModel, y, o, simFrom, days, terms, textbook),
        initial,
        arrivals,
      ),
    };
    for (const p of POLICIES) {
      const target = simulation[kind][p];
      const r = results[p];
      for (const f of SIM_FIELDS) {
        target[f] += r[f];
      }
    }
  }
  return { seconds: (performance.now() - started) / 1000, accuracy, simulation, detected };
}

/** The textbook reorder point μ_L + z·σ_L, (wrongly) used with periodic review: order up to it + μ_R. */
function textbookRule(
  model: Forecaster,
  y: Float64Array,
  o: Uint8Array,
  from: number,
  to: number,
  terms: ItemTerms,
  rule: SimulationRule,
): SimulationRule {
  rule.reviewDays = terms.reviewDays;
  let k = 0;
  for (let t = from; t < to; t += terms.reviewDays) {
    const rop = continuousReviewReorderPoint(
      model.forecastSum(t, terms.leadDays),
      model.cumulativeSigma(terms.leadDays),
      terms.serviceLevel,
    );
    rule.reorderLevel[k] = rop;
    rule.orderUpTo[k] = rop + model.forecastSum(t + terms.leadDays, terms.reviewDays);
    k++;
    for (let d = t; d < Math.min(to, t + terms.reviewDays); d++) {
      model.observe(y[d] ?? 0, (o[d] ?? 0) !== 0);
    }
  }
  return rule;
}

if (!isMainThread && (workerData as Partial<WorkerInput> | null)?.inventoryBench === true) {
  runWorker(workerData as WorkerInput);
}

// ---------------------------------------------------------------- main

function ask<T>(workers: Worker[], message: string, reply: string): Promise<T[]> {
  return Promise.all(
    workers.map(
      (w) =>
        new Promise<T>((resolve, reject) => {
          const onMessage = (m: { type: string; report?: T }) => {
            if (m.type === reply) {
              w.off('message', onMessage);
              w.off('error', reject);
              resolve(m.report as T);
            }
          };
          w.on('message', onMessage);
          w.once('error', reject);
          w.postMessage(message);
        }),
    ),
  );
}

function addCounts(into: Record<string, number>, from: Record<string, number>): void {
  for (const [k, v] of Object.entries(from)) {
    into[k] = (into[k] ?? 0) + v;
  }
}

const fmt = (n: number, digits = 2) => n.toFixed(digits);
const pct = (n: number, digits = 1) => `${(100 * n).toFixed(digits)}%`;
const money = (n: number) => `$${Math.round(n).toLocaleString('en-US')}`;

export async function runInventoryBench(args: string[]): Promise<void> {
  const options = parseOptions(args);
  const { products, days } = options;
  const workerCount = Math.min(options.workers, products);
  console.log(`inventory: ${products} products × ${days} days on ${workerCount} worker(s)…`);
  const workers: Worker[] = [];
  const per = Math.ceil(products / workerCount);
  for (let w = 0; w < workerCount; w++) {
    const first = w * per;
    const count = Math.max(0, Math.min(per, products - first));
    const input: WorkerInput = { inventoryBench: true, first, count, days };
    // Node 20 cannot start a worker from a .ts file even under tsx: the worker registers tsx itself.
    const api = JSON.stringify(import.meta.resolve('tsx/esm/api'));
    const self = JSON.stringify(import.meta.url);
    const code = `import(${api}).then((tsx) => tsx.tsImport(${self}, ${self}))`;
    workers.push(new Worker(code, { eval: true, workerData: input }));
  }
  try {
    let t0 = performance.now();
    await ask(workers, 'generate', 'generated');
    const generateSeconds = (performance.now() - t0) / 1000;
    console.log(`generated in ${fmt(generateSeconds, 1)} s; planning…`);

    t0 = performance.now();
    const plans = await ask<PlanReport>(workers, 'plan', 'planned');
    const planSeconds = (performance.now() - t0) / 1000;
    const byMethod: Record<string, number> = {};
    const byDetected: Record<string, number> = {};
    let orderLines = 0;
    for (const p of plans) {
      addCounts(byMethod, p.byMethod);
      addCounts(byDetected, p.byDetected);
      orderLines += p.orderLines;
    }
    console.log(`planned in ${fmt(planSeconds, 2)} s (${orderLines} order lines); evaluating…`);

    t0 = performance.now();
    const evaluations = await ask<EvaluateReport>(workers, 'evaluate', 'evaluated');
    const evaluateSeconds = (performance.now() - t0) / 1000;
    const accuracy = Object.fromEntries(
      CLASSES.map((c) => [c, { products: 0, dariMase: 0, naiveMase: 0, better: 0 }]),
    ) as Record<GeneratedClass, ClassAccuracy>;
    const simulation = emptySimulation();
    const detected = Object.fromEntries(CLASSES.map((c) => [c, {}])) as Record<
      GeneratedClass,
      Record<string, number>
    >;
    for (const e of evaluations) {
      for (const c of CLASSES) {
        const a = accuracy[c];
        const b = e.accuracy[c];
        a.products += b.products;
        a.dariMase += b.dariMase;
        a.naiveMase += b.naiveMase;
        a.better += b.better;
        addCounts(detected[c], e.detected[c]);
        for (const p of POLICIES) {
          for (const f of SIM_FIELDS) {
            simulation[c][p][f] += e.simulation[c][p][f];
          }
        }
      }
    }
    console.log(`evaluated in ${fmt(evaluateSeconds, 1)} s`);

    const salesImports: SalesImportTiming[] = [];
    for (const dialect of process.env.DATABASE_URL
      ? (['sqlite', 'postgres'] as const)
      : (['sqlite'] as const)) {
      console.log(`importing ${options.salesProducts} products' sales into ${dialect}…`);
      const timing = await measureSalesImport(dialect, options.salesProducts, days, productSales);
      console.log(`imported ${timing.lines} lines in ${fmt(timing.seconds, 1)} s`);
      salesImports.push(timing);
    }

    const raw = report({
      options: { ...options, workers: workerCount },
      generateSeconds,
      planSeconds,
      evaluateSeconds,
      orderLines,
      byMethod,
      byDetected,
      accuracy,
      simulation,
      detected,
      salesImports,
    });
    // Formatted as `prettier --check` expects the file (aligned tables), with the repository's settings.
    const config = (await prettier.resolveConfig('docs/performance.md')) ?? {};
    const body = await prettier.format(raw, { ...config, parser: 'markdown' });
    console.log(body);
    const file = writeSection('Inventory', body);
    console.log(`wrote ${file}`);
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

interface Measured {
  options: Options;
  generateSeconds: number;
  planSeconds: number;
  evaluateSeconds: number;
  orderLines: number;
  byMethod: Record<string, number>;
  byDetected: Record<string, number>;
  accuracy: Record<GeneratedClass, ClassAccuracy>;
  simulation: EvaluateReport['simulation'];
  detected: Record<GeneratedClass, Record<string, number>>;
  salesImports: SalesImportTiming[];
}

function report(m: Measured): string {
  const { products, days, workers } = m.options;
  const cpu = os.cpus()[0]?.model.trim() ?? 'unknown CPU';
  const date = new Date().toISOString().slice(0, 10);
  const lines: string[] = [];
  lines.push(
    `Measured by \`npm run bench -- inventory --products ${products} --days ${days}\` on ${date} ` +
      `(${os.availableParallelism()} × ${cpu}, ${Math.round(os.totalmem() / 2 ** 30)} GB, Node ${process.version}), ` +
      `${workers} worker thread(s). The engine is server/modules/inventory/forecast (pure functions over arrays); ` +
      `the methods, the policy and the simulation's assumptions are in docs/forecasting.md. Generated store: ` +
      `35% regular (mild weekday pattern), 25% seasonal (strong weekday pattern and a yearly wave), 25% ` +
      `intermittent (a third of them lumpy), 15% trending (−60% to +150% over the period); stock-out spells ` +
      `(1–4 days, 0.3–2% of days start one) censor the sales. The sales import brings the first ` +
      `${m.options.salesProducts.toLocaleString('en-US')} products' sold days in as generic-daily CSV files (whole days, ` +
      `at most 50,000 lines each, as the upload allows) through the import service the route calls — read, checked, ` +
      `one transaction per file — into a fresh database; ${m.options.salesProducts < products ? 'a smaller store than the engine plans for: all 50,000 products would be about 27 million lines and a 20 GB database, well over an hour (`--sales-products 50000` runs it)' : 'the whole generated store'}.`,
  );
  lines.push('');
  lines.push('| Step | Time (s) |');
  lines.push('| ---- | -------: |');
  lines.push(`| Generate the store (not part of the target) | ${fmt(m.generateSeconds, 1)} |`);
  lines.push(
    `| **Forecasts and suggestions for all ${products.toLocaleString('en-US')} products** (clean, classify, fit the candidates, holdout check, levels, order; target ≤ 10 s) | **${fmt(m.planSeconds, 2)}** |`,
  );
  lines.push(
    `| Accuracy (8 rolling origins) and the 4-policy simulation (with min/max tuning) | ${fmt(m.evaluateSeconds, 1)} |`,
  );
  for (const s of m.salesImports) {
    const database = s.dialect === 'sqlite' ? 'SQLite' : 'PostgreSQL';
    lines.push(
      `| **Import the sales into ${database}**: ${s.products.toLocaleString('en-US')} products × ${s.days} days, ` +
        `${s.lines.toLocaleString('en-US')} lines in ${s.files} files (${Math.round(s.lines / s.seconds).toLocaleString('en-US')} lines/s, ` +
        `+${s.addedMemoryMb} MB memory, ${s.databaseMb.toLocaleString('en-US')} MB database) | **${fmt(s.seconds, 1)}** |`,
    );
    lines.push(
      `| The last file again into ${database} (every line already imported: nothing added) | ${fmt(s.reimportSeconds, 2)} |`,
    );
  }
  lines.push('');
  const methods = Object.entries(m.byMethod)
    .sort((a, b) => b[1] - a[1])
    .map(([k, v]) => `${k} ${pct(v / products)}`)
    .join(', ');
  const classes = Object.entries(m.byDetected)
    .sort((a, b) => b[1] - a[1])
    .map(([k, v]) => `${k} ${pct(v / products)}`)
    .join(', ');
  lines.push(
    `Classified (last 364 days): ${classes}. Methods chosen: ${methods}. ${m.orderLines.toLocaleString('en-US')} ` +
      `products have an order suggested today (today's stock position is generated: one to five days of sales).`,
  );
  lines.push('');
  lines.push(
    'Forecast accuracy: mean MASE (scaled by the in-sample seasonal-naive error) of the daily forecasts 1–7 days ahead ' +
      `from 8 weekly origins over the last ${EVAL_DAYS} days, uncensored days only; method chosen and fitted on the days before.`,
  );
  lines.push('');
  lines.push(
    '| Demand class | Products | Dari MASE | Seasonal naive MASE | Dari better on | Classified as |',
  );
  lines.push(
    '| ------------ | -------: | --------: | ------------------: | -------------: | ------------- |',
  );
  for (const c of CLASSES) {
    const a = m.accuracy[c];
    const d = Object.entries(m.detected[c])
      .sort((x, y) => y[1] - x[1])
      .map(([k, v]) => `${k} ${v}`)
      .join(', ');
    lines.push(
      `| ${c} | ${a.products} | ${fmt(a.dariMase / Math.max(1, a.products), 3)} | ${fmt(a.naiveMase / Math.max(1, a.products), 3)} | ${pct(a.better / Math.max(1, a.products))} | ${d} |`,
    );
  }
  lines.push('');
  lines.push(
    `Simulation: the second year (days ${Math.floor(days / 2)}–${days - 1}) replayed day by day, lost sales, cycle service ` +
      'level 95%, holding 25% a year, $1 an order line. "Habit": the average weekly sales of the first year, rounded up to ' +
      'packs, ordered every week unless three weeks of sales are on the shelf. "Min/max": min = k × average daily sales × ' +
      '(review + lead), max = min + a review period, k tuned per product to reach at least Dari\'s fill rate. "Textbook ROP": ' +
      "Dari's forecasts but the continuous-review reorder point μ_L + z·σ_L checked only at the reviews.",
  );
  lines.push('');
  lines.push(
    '| Demand class | Policy | Fill rate | Holding cost | Cash tied up (avg stock value) | Orders | Lost margin | Holding vs habit | Holding vs min/max |',
  );
  lines.push(
    '| ------------ | ------ | --------: | -----------: | -----------------------------: | -----: | ----------: | ---------------: | -----------------: |',
  );
  const names: Record<Policy, string> = {
    habit: 'Habit',
    minmax: 'Min/max',
    dari: 'Dari',
    textbook: 'Textbook ROP',
  };
  const all = emptySimulation().regular;
  for (const c of CLASSES) {
    for (const p of POLICIES) {
      for (const f of SIM_FIELDS) {
        all[p][f] += m.simulation[c][p][f];
      }
    }
  }
  const rows: [string, Record<Policy, Record<(typeof SIM_FIELDS)[number], number>>][] = [
    ...CLASSES.map(
      (c) => [c, m.simulation[c]] as [string, Record<Policy, Record<(typeof SIM_FIELDS)[number], number>>],
    ),
    ['**all**', all],
  ];
  for (const [c, sim] of rows) {
    for (const p of POLICIES) {
      const s = sim[p];
      const vsHabit = p === 'minmax' || p === 'dari' ? pct(1 - s.holdingCost / sim.habit.holdingCost) : '';
      const vsMinMax = p === 'dari' ? pct(1 - s.holdingCost / sim.minmax.holdingCost) : '';
      lines.push(
        `| ${c} | ${names[p]} | ${pct(s.sold / Math.max(1e-9, s.demand), 2)} | ${money(s.holdingCost)} | ${money(s.averageStockValue)} | ${Math.round(s.orders).toLocaleString('en-US')} | ${money(s.lostMargin)} | ${vsHabit} | ${vsMinMax} |`,
      );
    }
  }
  const d = all.dari;
  const h = all.habit;
  const mm = all.minmax;
  lines.push('');
  lines.push(
    `Across all products Dari's policy holds ${pct(1 - d.holdingCost / h.holdingCost)} less (holding cost) than the weekly habit ` +
      `at a fill rate of ${pct(d.sold / d.demand, 2)} against ${pct(h.sold / h.demand, 2)}, and ${pct(1 - d.holdingCost / mm.holdingCost)} ` +
      `less than the min/max rule tuned to the same fill rate (${pct(mm.sold / mm.demand, 2)}). Positive percentages are reductions.`,
  );
  return lines.join('\n');
}
