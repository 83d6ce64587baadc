/** English texts of the cost-reduction report (t('costReport.…')). */
export default {
  title: 'Cost-reduction report',
  intro:
    'Your own sales history replayed twice, on the same days and the same demand: once as you order now, once as Dari would have ordered.',
  download: 'Download CSV (every product)',
  periodLabel: 'Period',
  weeks: '{{weeks}} weeks',
  habit: 'Your habit',
  dari: 'Dari',
  tooShort: {
    title: 'Not enough history yet',
    body: 'The report needs about {{weeks}} weeks of sales: eight for Dari to learn from, then at least four to replay. Bring your sales in from the till and come back.',
  },
  shortNote: {
    title: 'Short history: read the yearly figure with care',
    body: 'Only {{weeks}} weeks could be replayed. The yearly figures scale those weeks up to a year and have not seen a full season; they become trustworthy after about 26 weeks of sales.',
  },
  saving: {
    title: 'Estimated saving per year with Dari',
    parts: 'Holding cost {{holding}} · lost sales margin {{lost}} · ordering {{ordering}}',
    none: 'Over this period your habit did as well as Dari would have: nothing to save here.',
  },
  headline: {
    holding: 'Holding cost per year',
    lost: 'Lost sales per year',
    lostValue: '{{money}} margin ({{units}} units)',
    fill: 'Share of demand served: habit {{habit}}, Dari {{dari}}',
    cash: 'Cash tied up in stock (average)',
    orders: 'Order lines per year',
    ordersValue: '{{orders}} ({{money}})',
  },
  records:
    'Your records over the same period: on average {{cash}} in stock, {{days}} product-days out of stock, {{receipts}} deliveries. The replay of your habit carries {{habitCash}} on average.',
  chart: {
    row: 'What',
    holdingCostCents: 'Holding cost',
    lostMarginCents: 'Lost margin',
    orderingCostCents: 'Ordering cost',
    costsTitle: 'Costs per year',
    costsLabel:
      'Bar chart of the yearly holding cost, lost margin and ordering cost, your habit against Dari',
    cashTitle: 'Cash tied up by category',
    cashLabel: 'Bar chart of the average stock value per category, your habit against Dari',
  },
  products: {
    title: 'Products with the largest saving',
    caption: 'The first {{shown}}; the CSV lists every product.',
    product: 'Product',
    pattern: 'Sales pattern',
    weeklyOrder: 'Habit: weekly order',
    cash: 'Cash tied up (habit → Dari)',
    lost: 'Lost sales, units (habit → Dari)',
    saving: 'Saving per year',
    versus: '{{habit}} → {{dari}}',
  },
  classes: {
    regular: 'Steady',
    seasonal: 'Weekly pattern',
    intermittent: 'Now and then',
    lumpy: 'Irregular',
    'no-demand': 'No sales',
  },
  dead: {
    title: 'Dead stock',
    summary_one: '{{count}} product on the shelf has not sold for {{days}} days: {{value}} at cost.',
    summary_other: '{{count}} products on the shelf have not sold for {{days}} days: {{value}} at cost.',
    caption: 'Largest value first (the first {{shown}}).',
    onHand: 'On hand',
    value: 'Value at cost',
    lastSale: 'Last sale',
    daysAgo: '{{date}} ({{days}} days ago)',
    never: 'None in the history',
  },
  over: {
    title: 'Overstock',
    summary_one:
      '{{count}} product holds more than {{weeks}} weeks of forecast sales: {{value}} beyond that, at cost.',
    summary_other:
      '{{count}} products hold more than {{weeks}} weeks of forecast sales: {{value}} beyond that, at cost.',
    caption: 'Largest excess first (the first {{shown}}).',
    weekly: 'Forecast per week',
    cover: 'Lasts',
    noSales: 'No sales forecast',
    weeks: '{{weeks}} weeks',
    excess: 'Beyond the limit',
    excessValue: '{{units}} ({{money}})',
  },
  assumptions: {
    title: 'How this is worked out',
    period:
      'Replayed: {{from}} to {{to}} ({{weeks}} weeks). Dari learned only from the {{learning}} days before, and at each review only from what had happened by then.',
    habitReceipts:
      'Your habit: every Monday the same order — what you received per week on average — skipped when the shelf already holds enough. “Enough” is set so that the replay carries the same average stock as your records show.',
    habitSales:
      'Your habit: no deliveries are recorded, so we assume an order of your average weekly sales every week, skipped when the shelf holds {{weeks}} weeks of sales.',
    dari: 'Dari: looks every {{review}} days and orders up to what covers the days until the next delivery after that, aiming at {{service}} of order cycles without an empty shelf; whole packs, at least the minimum order.',
    demand:
      'Both face the same demand: your daily sales, where a day with an empty shelf is estimated from the same weekday of earlier weeks (an empty shelf is not zero demand).',
    lost: 'A customer who finds the shelf empty buys nothing: the sale and its margin (price minus cost) are lost.',
    costs:
      'Holding a dollar of stock for a year costs {{rate}} (money, space, spoilage); each order line costs {{order}}. Deliveries take the supplier’s lead time, always the same.',
    start: 'Both start with the stock you really had the day before the period.',
    yearly: 'Yearly figures are the period’s multiplied by {{factor}}.',
    lists:
      'Dead stock: on the shelf and no sale for {{days}} days. Overstock: on hand lasts more than {{weeks}} weeks at Dari’s forecast.',
    tooNew:
      '{{products}} products started selling too recently to be replayed; they are left out of the totals.',
  },
  categories: {
    none: 'No category',
    noodles: 'Noodles',
    drinks: 'Drinks',
    alcohol: 'Alcohol',
    snacks: 'Snacks',
    frozen: 'Frozen',
    grocery: 'Grocery',
    household: 'Household',
    gifts: 'Gifts',
  },
};
