import { addMessages } from '../../../platform/i18n/index.ts';

/**
 * Ordering settings, suggestions and purchase orders (namespace 'purchasing'): field errors, the e-mail
 * to a supplier and the labels of the order's PDF, in Korean and English.
 */
addMessages('purchasing', {
  en: {
    errors: {
      timeZoneUnknown: 'Unknown time zone. Use a name like America/Chicago or Asia/Seoul.',
      supplierUnknown: 'No such supplier in this store.',
      productUnknown: 'No such product in this store.',
      notSupplied: 'This product is not supplied by {{supplier}}. Add the supplier to the product first.',
      productTwice: 'This product is already on the order; change that line’s quantity instead.',
      notOnOrder: 'This product is not on the order.',
      quantityWhole: 'The quantity must be a whole number above zero.',
      overReceived:
        'Only {{left}} left to receive on this line ({{received}} of {{ordered}} received). Nothing was recorded.',
      notDraft: 'Only a draft can be changed or sent; this order is $t(purchasing:status.{{status}}).',
      notReceivable: 'Only a sent order can be received; this order is $t(purchasing:status.{{status}}).',
      notCancellable:
        'Only a draft or sent order can be cancelled; this order is $t(purchasing:status.{{status}}).',
    },
    status: {
      draft: 'draft',
      sent: 'sent',
      partial: 'partly received',
      received: 'received',
      cancelled: 'cancelled',
    },
    mail: {
      order: {
        subject: 'Purchase order {{number}} from {{store}}',
        body:
          'Hello {{supplier}},\n\nPlease find attached purchase order {{number}} from {{store}}: {{lines}} lines, ' +
          '{{units}} units, {{total}} in total.{{note}}\n\nPlease confirm the delivery date by replying to {{replyTo}}.',
        note: '\n\nNote: {{note}}',
      },
    },
    pdf: {
      title: 'Purchase order',
      number: 'Order no.',
      date: 'Date',
      from: 'From',
      to: 'To',
      line: '#',
      sku: 'Item code',
      product: 'Product',
      quantity: 'Qty',
      unitCost: 'Unit cost',
      amount: 'Amount',
      total: 'Total',
      note: 'Note',
      thanks: 'Please confirm the delivery date. Thank you.',
    },
  },
  ko: {
    errors: {
      timeZoneUnknown: '알 수 없는 시간대입니다. America/Chicago, Asia/Seoul 같은 이름을 입력해 주세요.',
      supplierUnknown: '이 매장에 없는 공급업체입니다.',
      productUnknown: '이 매장에 없는 상품입니다.',
      notSupplied: '{{supplier}}에서 공급하는 상품이 아닙니다. 먼저 상품에 이 공급업체를 추가해 주세요.',
      productTwice: '이미 발주서에 있는 상품입니다. 그 줄의 수량을 바꿔 주세요.',
      notOnOrder: '이 발주서에 없는 상품입니다.',
      quantityWhole: '수량은 0보다 큰 정수여야 합니다.',
      overReceived:
        '이 줄은 {{left}}개만 더 입고할 수 있습니다 ({{ordered}}개 중 {{received}}개 입고). 아무것도 기록하지 않았습니다.',
      notDraft:
        '임시 저장된 발주서만 수정하거나 보낼 수 있습니다. 이 발주서는 $t(purchasing:status.{{status}}) 상태입니다.',
      notReceivable:
        '보낸 발주서만 입고할 수 있습니다. 이 발주서는 $t(purchasing:status.{{status}}) 상태입니다.',
      notCancellable:
        '임시 저장되었거나 보낸 발주서만 취소할 수 있습니다. 이 발주서는 $t(purchasing:status.{{status}}) 상태입니다.',
    },
    status: {
      draft: '임시 저장',
      sent: '보냄',
      partial: '일부 입고',
      received: '입고 완료',
      cancelled: '취소',
    },
    mail: {
      order: {
        subject: '{{store}} 발주서 {{number}}',
        body:
          '{{supplier}} 담당자님, 안녕하세요.\n\n{{store}}의 발주서 {{number}}를 첨부합니다: {{lines}}개 품목, ' +
          '{{units}}개, 합계 {{total}}.{{note}}\n\n납품 날짜를 {{replyTo}}(으)로 회신해 주시면 감사하겠습니다.',
        note: '\n\n메모: {{note}}',
      },
    },
    pdf: {
      title: '발주서',
      number: '발주 번호',
      date: '날짜',
      from: '발주처',
      to: '공급업체',
      line: '번호',
      sku: '품목 코드',
      product: '상품',
      quantity: '수량',
      unitCost: '단가',
      amount: '금액',
      total: '합계',
      note: '메모',
      thanks: '납품 날짜를 확인해 주세요. 감사합니다.',
    },
  },
});

addMessages('platform', {
  en: {
    errors: {
      stale_version:
        'Someone changed this in the meantime. Nothing was saved; reload to see their change and try again.',
    },
  },
  ko: {
    errors: {
      stale_version:
        '그 사이에 다른 사람이 이 내용을 바꿨습니다. 저장하지 않았습니다. 새로 고쳐 변경 내용을 확인한 뒤 다시 시도해 주세요.',
    },
  },
});

export const purchasingError = (name: string, params?: Record<string, unknown>) => ({
  key: `purchasing:errors.${name}`,
  ...(params ? { params } : {}),
});
