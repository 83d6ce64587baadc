import { addMessages } from '../../../platform/i18n/index.ts';

/** Sales import messages (namespace 'sales'): row problems, mapping and file problems, refusals. */
addMessages('sales', {
  en: {
    errors: {
      dateMissing: 'The date is missing.',
      dateInvalid: 'Cannot read the date “{{value}}”. Write it as 2026-03-14 (or 3/14/2026).',
      dateFuture: 'The date {{value}} is in the future.',
      timeInvalid: 'Cannot read the time “{{value}}”. Write it as 13:05 (or 1:05 PM).',
      timeZoneUnknown: 'Unknown time zone “{{value}}”.',
      skuMissing: 'The SKU is missing.',
      skuUnknown: 'No product with the SKU “{{sku}}” in this store.',
      quantityMissing: 'The quantity is missing.',
      quantityInvalid: '“{{value}}” is not a quantity.',
      quantityWhole: 'The quantity must be a whole number of units, not {{value}}.',
      quantityZero: 'The quantity is zero: a line must sell or return at least one unit.',
      quantityTooLarge: 'The quantity is more than {{limit}} units.',
      dailyNegative: 'A day’s sales cannot be below zero. Bring returns in from a file per transaction.',
      paymentNegative: 'A payment line must have a quantity above zero.',
      refundPositive: 'A refund line must have a quantity below zero.',
      eventUnknown: 'Unknown event type “{{value}}”: Dari reads Payment and Refund lines.',
      transactionMissing: 'The transaction ID is missing.',
      idTooLong: 'The ID is longer than {{limit}} characters.',
      locationUnknown_one:
        'No location called “{{name}}” in this store (1 line). Add it, or choose one location for the whole file.',
      locationUnknown_other:
        'No location called “{{name}}” in this store ({{count}} lines). Add it, or choose one location for the whole file.',
      locationChosenUnknown: 'No such location in this store.',
      noLines: 'The file has a header row but no sales lines.',
      notSquare: 'This is not a Square Item Sales Detail export: the column “{{column}}” is missing.',
      rowsInvalid_one: 'Line {{line}} has a problem; nothing was imported. Run a dry run to see it.',
      rowsInvalid_other:
        '{{count}} lines have problems (first on line {{line}}); nothing was imported. Run a dry run to see each one.',
      wouldGoNegative_one:
        'These sales would take {{sku}} below zero on hand at {{location}}. Nothing was imported; import them anyway to record them as an anomaly.',
      wouldGoNegative_other:
        'These sales would take {{count}} products below zero on hand (first: {{sku}} at {{location}}). Nothing was imported; import them anyway to record them as anomalies.',
      concurrent: 'Another import of these sales ran at the same time. Nothing was imported; try again.',
    },
    mapping: {
      dateMissing: 'Map a column to the date.',
      transactionIdMissing: 'Map a column to the transaction ID.',
      skuMissing: 'Map a column to the SKU.',
      quantityMissing: 'Map a column to the quantity.',
    },
  },
  ko: {
    errors: {
      dateMissing: '날짜가 없습니다.',
      dateInvalid: '날짜 “{{value}}”를 읽을 수 없습니다. 2026-03-14(또는 3/14/2026) 형식으로 적어 주세요.',
      dateFuture: '{{value}}은(는) 미래 날짜입니다.',
      timeInvalid: '시간 “{{value}}”를 읽을 수 없습니다. 13:05(또는 1:05 PM) 형식으로 적어 주세요.',
      timeZoneUnknown: '알 수 없는 시간대 “{{value}}”입니다.',
      skuMissing: 'SKU가 없습니다.',
      skuUnknown: '이 매장에 SKU “{{sku}}” 상품이 없습니다.',
      quantityMissing: '수량이 없습니다.',
      quantityInvalid: '“{{value}}”은(는) 수량이 아닙니다.',
      quantityWhole: '수량은 정수여야 합니다 ({{value}}는 안 됩니다).',
      quantityZero: '수량이 0입니다. 한 줄에 한 개 이상 판매하거나 반품해야 합니다.',
      quantityTooLarge: '수량이 {{limit}}개를 넘습니다.',
      dailyNegative: '하루 판매량은 0보다 작을 수 없습니다. 반품은 거래별 파일로 가져와 주세요.',
      paymentNegative: '결제(Payment) 줄의 수량은 0보다 커야 합니다.',
      refundPositive: '환불(Refund) 줄의 수량은 0보다 작아야 합니다.',
      eventUnknown: '알 수 없는 이벤트 유형 “{{value}}”입니다. Payment와 Refund 줄만 읽습니다.',
      transactionMissing: '거래 번호가 없습니다.',
      idTooLong: '번호가 {{limit}}자를 넘습니다.',
      locationUnknown:
        '이 매장에 “{{name}}” 위치가 없습니다 ({{count}}줄). 위치를 추가하거나, 파일 전체를 넣을 위치를 하나 선택해 주세요.',
      locationChosenUnknown: '이 매장에 없는 위치입니다.',
      noLines: '머리글 행만 있고 판매 줄이 없습니다.',
      notSquare: 'Square 품목 판매 상세(Item Sales Detail) 파일이 아닙니다. “{{column}}” 열이 없습니다.',
      rowsInvalid:
        '{{count}}줄에 문제가 있어 아무것도 가져오지 않았습니다 (첫 문제: {{line}}행). 시험 실행으로 각 문제를 확인해 주세요.',
      wouldGoNegative:
        '이 판매를 반영하면 상품 {{count}}개의 재고가 0보다 작아집니다 (첫 상품: {{location}}의 {{sku}}). 아무것도 가져오지 않았습니다. 그래도 가져오면 이상 기록으로 표시됩니다.',
      concurrent:
        '같은 판매를 다른 가져오기가 동시에 반영했습니다. 아무것도 가져오지 않았으니 다시 시도해 주세요.',
    },
    mapping: {
      dateMissing: '날짜에 연결할 열을 선택해 주세요.',
      transactionIdMissing: '거래 번호에 연결할 열을 선택해 주세요.',
      skuMissing: 'SKU에 연결할 열을 선택해 주세요.',
      quantityMissing: '수량에 연결할 열을 선택해 주세요.',
    },
  },
});

export const salesError = (name: string, params?: Record<string, unknown>) => ({
  key: `sales:errors.${name}`,
  ...(params ? { params } : {}),
});
