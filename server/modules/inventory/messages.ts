import { addMessages } from '../../platform/i18n/index.ts';

/** Field errors of Smart Store's catalogue and stock (namespace 'inventory'). */
addMessages('inventory', {
  en: {
    errors: {
      nameMissing: 'Give a name.',
      locationTaken: 'This store already has a location called “{{name}}”.',
      skuTaken: 'Another product already uses the SKU “{{sku}}”.',
      barcodeTaken: 'Another product already uses this barcode ({{sku}}).',
      skuUnknown: 'No product with the SKU “{{sku}}” in this store.',
      productUnknown: 'No such product in this store.',
      productOrSku: 'Give the product or its SKU.',
      locationUnknown: 'No such location in this store.',
      supplierUnknown: 'No such supplier in this store.',
      supplierTwice: 'This supplier is listed twice for the product.',
      onePreferred: 'Mark at most one supplier as preferred.',
      quantityPositive: 'The quantity must be a whole number above zero.',
      quantityNotZero: 'An adjustment must add or remove at least one unit (e.g. 3 or -2).',
      countNotNegative: 'A count cannot be below zero.',
      destinationMissing: 'Choose the location the stock moves to.',
      destinationSame: 'A transfer needs two different locations.',
      destinationOnlyTransfer: 'Only a transfer has a destination.',
      inFuture: 'The date cannot be in the future.',
      wouldGoNegative:
        'Only {{onHand}} on hand at “{{location}}”; this would leave {{after}}. Check the quantity, or record it anyway as an anomaly.',
    },
  },
  ko: {
    errors: {
      nameMissing: '이름을 입력해 주세요.',
      locationTaken: '이 매장에는 이미 “{{name}}” 위치가 있습니다.',
      skuTaken: '다른 상품이 이미 SKU “{{sku}}”를 쓰고 있습니다.',
      barcodeTaken: '다른 상품이 이미 이 바코드를 쓰고 있습니다 ({{sku}}).',
      skuUnknown: '이 매장에 SKU “{{sku}}” 상품이 없습니다.',
      productUnknown: '이 매장에 없는 상품입니다.',
      productOrSku: '상품이나 SKU를 입력해 주세요.',
      locationUnknown: '이 매장에 없는 위치입니다.',
      supplierUnknown: '이 매장에 없는 공급업체입니다.',
      supplierTwice: '이 상품에 같은 공급업체가 두 번 들어 있습니다.',
      onePreferred: '우선 공급업체는 하나만 지정할 수 있습니다.',
      quantityPositive: '수량은 0보다 큰 정수여야 합니다.',
      quantityNotZero: '조정은 한 개 이상 더하거나 빼야 합니다 (예: 3 또는 -2).',
      countNotNegative: '실사 수량은 0보다 작을 수 없습니다.',
      destinationMissing: '재고를 옮길 위치를 선택해 주세요.',
      destinationSame: '이동에는 서로 다른 두 위치가 필요합니다.',
      destinationOnlyTransfer: '도착 위치는 이동에만 지정할 수 있습니다.',
      inFuture: '미래 날짜는 입력할 수 없습니다.',
      wouldGoNegative:
        '“{{location}}”의 재고가 {{onHand}}개뿐이라 {{after}}개가 됩니다. 수량을 확인하거나, 이상 기록으로 그대로 저장하세요.',
    },
  },
});

addMessages('platform', {
  en: {
    errors: {
      stock_negative:
        'Not enough stock: this would take the on-hand below zero. Nothing was recorded; check the quantity, or record it anyway as an anomaly.',
    },
  },
  ko: {
    errors: {
      stock_negative:
        '재고가 부족합니다. 재고가 0보다 작아지므로 아무것도 기록하지 않았습니다. 수량을 확인하거나, 이상 기록으로 그대로 저장하세요.',
    },
  },
});

export const inventoryError = (name: string, params?: Record<string, unknown>) => ({
  key: `inventory:errors.${name}`,
  ...(params ? { params } : {}),
});
