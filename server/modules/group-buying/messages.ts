import { addMessages } from '../../platform/i18n/index.ts';

/** Field errors and purchase-order notes of group buying (namespace 'groupBuying'). */
addMessages('groupBuying', {
  en: {
    errors: {
      textMissing: 'Fill this in.',
      breakNotLower: 'The price at the break must be lower than the regular price.',
      dateInvalid: 'Give a real date (YYYY-MM-DD).',
      closesInPast: 'The closing day cannot be in the past (today is {{today}}).',
      storeNotInOrganization: 'This store is not a member of {{organization}}.',
      closed: 'This group order is closed: commitments can no longer change.',
      cancelled: 'This group order was cancelled.',
      joiningClosed: 'Joining closed on {{date}}.',
    },
    purchaseOrderNote: 'Group order “{{title}}”: {{quantity}} units at the group price.',
  },
  ko: {
    errors: {
      textMissing: '입력해 주세요.',
      breakNotLower: '할인 단가는 정상 단가보다 낮아야 합니다.',
      dateInvalid: '올바른 날짜를 입력해 주세요 (YYYY-MM-DD).',
      closesInPast: '마감일은 과거일 수 없습니다 (오늘은 {{today}}).',
      storeNotInOrganization: '이 매장은 {{organization}}의 회원이 아닙니다.',
      closed: '마감된 공동 구매입니다. 참여 수량을 더 이상 바꿀 수 없습니다.',
      cancelled: '취소된 공동 구매입니다.',
      joiningClosed: '참여는 {{date}}에 마감되었습니다.',
    },
    purchaseOrderNote: '공동 구매 “{{title}}”: 공동 구매 단가로 {{quantity}}개.',
  },
});

/**
 * Notifications to the stores that joined: when the order closes (a draft purchase order was made, or
 * the store must add the supplier first, or the break was not reached) and when it is cancelled.
 */
addMessages('notifications', {
  en: {
    kinds: {
      groupOrder: {
        ordered: {
          title: 'Group order “{{title}}” closed: draft {{number}} is ready',
          body: '{{quantity}} units at {{cost}} each from {{supplier}} are in a draft purchase order in your books. Check it and send it to the supplier.',
        },
        unmatched: {
          title: 'Group order “{{title}}” closed: add the supplier to order',
          body: 'The group reached the price break. Add “{{supplier}}” as a supplier with the SKU {{sku}} on your product, then order your {{quantity}} units at {{cost}} each.',
        },
        notReached: {
          title: 'Group order “{{title}}” closed without the price break',
          body: 'The stores committed {{pooled}} of the {{breakQuantity}} units needed, so no order was made. Order on your own if you still need it.',
        },
        cancelled: {
          title: 'Group order “{{title}}” was cancelled',
          body: 'Your commitment of {{quantity}} units is void; no order was made.',
        },
      },
    },
  },
  ko: {
    kinds: {
      groupOrder: {
        ordered: {
          title: '공동 구매 “{{title}}” 마감: 발주서 초안 {{number}} 준비됨',
          body: '{{supplier}}에서 개당 {{cost}}에 {{quantity}}개가 발주서 초안으로 만들어졌습니다. 확인한 뒤 공급업체에 보내세요.',
        },
        unmatched: {
          title: '공동 구매 “{{title}}” 마감: 공급업체를 추가해 주세요',
          body: '할인 수량에 도달했습니다. “{{supplier}}”를 공급업체로 추가하고 상품에 SKU {{sku}}를 연결한 뒤, {{quantity}}개를 개당 {{cost}}에 발주하세요.',
        },
        notReached: {
          title: '공동 구매 “{{title}}”가 할인 수량에 못 미쳐 마감됨',
          body: '필요한 {{breakQuantity}}개 중 {{pooled}}개가 모여 발주서는 만들지 않았습니다. 필요하면 직접 발주하세요.',
        },
        cancelled: {
          title: '공동 구매 “{{title}}”가 취소되었습니다',
          body: '{{quantity}}개 참여는 취소되었고 발주서는 만들지 않았습니다.',
        },
      },
    },
  },
});

export const groupBuyingError = (name: string, params?: Record<string, unknown>) => ({
  key: `groupBuying:errors.${name}`,
  ...(params ? { params } : {}),
});
