import Papa from 'papaparse';
import type { Locale } from '../../../platform/db/schema.ts';
import { addMessages, t } from '../../../platform/i18n/index.ts';
import type { CostReport } from './report.ts';
import { rankedLines, yearlySaving } from './presenter.ts';

addMessages('costReport', {
  en: {
    columns: {
      sku: 'SKU',
      name: 'Product',
      category: 'Category',
      demandClass: 'Demand pattern',
      habitWeeklyOrder: 'Habit: weekly order (units)',
      habitHolding: 'Habit: holding cost in the period ($)',
      dariHolding: 'Dari: holding cost in the period ($)',
      habitLost: 'Habit: lost sales in the period (units)',
      dariLost: 'Dari: lost sales in the period (units)',
      habitLostMargin: 'Habit: lost margin in the period ($)',
      dariLostMargin: 'Dari: lost margin in the period ($)',
      habitStock: 'Habit: cash tied up ($)',
      dariStock: 'Dari: cash tied up ($)',
      habitFill: 'Habit: fill rate (%)',
      dariFill: 'Dari: fill rate (%)',
      habitOrders: 'Habit: orders in the period',
      dariOrders: 'Dari: orders in the period',
      actualStock: 'Recorded: cash tied up ($)',
      actualStockouts: 'Recorded: out-of-stock days',
      yearlySaving: 'Yearly saving ($)',
    },
    classes: {
      regular: 'regular',
      seasonal: 'weekly pattern',
      intermittent: 'intermittent',
      lumpy: 'lumpy',
      'no-demand': 'no sales',
    },
  },
  ko: {
    columns: {
      sku: 'SKU',
      name: '상품',
      category: '분류',
      demandClass: '수요 유형',
      habitWeeklyOrder: '기존 습관: 주간 주문량 (개)',
      habitHolding: '기존 습관: 기간 중 보관 비용 ($)',
      dariHolding: '다리: 기간 중 보관 비용 ($)',
      habitLost: '기존 습관: 기간 중 놓친 판매 (개)',
      dariLost: '다리: 기간 중 놓친 판매 (개)',
      habitLostMargin: '기존 습관: 기간 중 놓친 마진 ($)',
      dariLostMargin: '다리: 기간 중 놓친 마진 ($)',
      habitStock: '기존 습관: 묶인 현금 ($)',
      dariStock: '다리: 묶인 현금 ($)',
      habitFill: '기존 습관: 충족률 (%)',
      dariFill: '다리: 충족률 (%)',
      habitOrders: '기존 습관: 기간 중 주문 수',
      dariOrders: '다리: 기간 중 주문 수',
      actualStock: '실제 기록: 묶인 현금 ($)',
      actualStockouts: '실제 기록: 품절 일수',
      yearlySaving: '연간 절감액 ($)',
    },
    classes: {
      regular: '꾸준함',
      seasonal: '요일 패턴',
      intermittent: '간헐적',
      lumpy: '불규칙',
      'no-demand': '판매 없음',
    },
  },
});

const columns = [
  'sku',
  'name',
  'category',
  'demandClass',
  'habitWeeklyOrder',
  'habitHolding',
  'dariHolding',
  'habitLost',
  'dariLost',
  'habitLostMargin',
  'dariLostMargin',
  'habitStock',
  'dariStock',
  'habitFill',
  'dariFill',
  'habitOrders',
  'dariOrders',
  'actualStock',
  'actualStockouts',
  'yearlySaving',
] as const;

const money = (dollars: number) => dollars.toFixed(2);
const amount = (value: number) => String(Math.round(value * 10) / 10);
const percent = (value: number) => (value * 100).toFixed(1);

/** Spreadsheets run a cell starting with = + - @ as a formula; an apostrophe keeps a name as text. */
const text = (value: string) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);

/**
 * Every replayed product, largest yearly saving first, headers and labels in `locale`, UTF-8 with a BOM
 * so Excel reads Korean correctly.
 */
export function costReportCsv(report: CostReport, locale: Locale): Buffer {
  const { factor, ranked } = rankedLines(report);
  const rows = ranked.map((line) => {
    const { product, replay } = line;
    const { habit, dari, actual } = replay;
    return [
      text(product.sku),
      text(locale === 'ko' ? product.name_ko : product.name_en),
      text(product.category),
      t(locale, `costReport:classes.${replay.demandClass}`),
      amount(replay.habitWeeklyOrder),
      money(habit.holdingCost),
      money(dari.holdingCost),
      amount(habit.lost),
      amount(dari.lost),
      money(habit.lostMargin),
      money(dari.lostMargin),
      money(habit.averageStockValue),
      money(dari.averageStockValue),
      percent(habit.fillRate),
      percent(dari.fillRate),
      String(habit.orders),
      String(dari.orders),
      money(actual.averageStockValue),
      String(actual.stockoutDays),
      money(yearlySaving(line, factor)),
    ];
  });
  const fields = columns.map((c) => t(locale, `costReport:columns.${c}`));
  const csv = Papa.unparse({ fields, data: rows }, { newline: '\r\n' });
  return Buffer.from(`\uFEFF${csv}\r\n`, 'utf8');
}
