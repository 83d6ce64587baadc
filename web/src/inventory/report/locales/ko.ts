/** Korean texts of the cost-reduction report (t('costReport.…')). */
export default {
  title: '비용 절감 보고서',
  intro:
    '매장의 실제 판매 기록을 같은 날, 같은 수요로 두 번 다시 돌려 봅니다. 한 번은 지금처럼 주문했을 때, 한 번은 다리가 주문했을 때입니다.',
  download: 'CSV 내려받기 (전체 상품)',
  periodLabel: '기간',
  weeks: '{{weeks}}주',
  habit: '기존 습관',
  dari: '다리',
  tooShort: {
    title: '아직 기록이 부족합니다',
    body: '보고서에는 약 {{weeks}}주의 판매 기록이 필요합니다. 다리가 배울 8주와, 다시 돌려 볼 최소 4주입니다. 계산대(POS) 판매 기록을 가져온 뒤 다시 확인해 주세요.',
  },
  shortNote: {
    title: '기록이 짧습니다: 연간 수치는 참고만 하세요',
    body: '{{weeks}}주만 다시 돌려 볼 수 있었습니다. 연간 수치는 이 기간을 1년으로 늘려 계산한 것이고 계절 변화를 아직 담지 못했습니다. 약 26주 이상의 판매 기록이 쌓이면 믿을 만해집니다.',
  },
  saving: {
    title: '다리를 쓰면 예상되는 연간 절감액',
    parts: '보관 비용 {{holding}} · 놓친 판매 마진 {{lost}} · 주문 비용 {{ordering}}',
    none: '이 기간에는 기존 습관이 다리만큼 잘했습니다. 여기서는 절감할 것이 없습니다.',
  },
  headline: {
    holding: '연간 보관 비용',
    lost: '연간 놓친 판매',
    lostValue: '마진 {{money}} ({{units}}개)',
    fill: '수요를 채운 비율: 기존 습관 {{habit}}, 다리 {{dari}}',
    cash: '재고에 묶인 현금 (평균)',
    orders: '연간 주문 건수',
    ordersValue: '{{orders}}건 ({{money}})',
  },
  records:
    '같은 기간 실제 기록: 평균 재고 {{cash}}, 품절 {{days}}일(상품별 합계), 입고 {{receipts}}회. 기존 습관을 다시 돌린 결과의 평균 재고는 {{habitCash}}입니다.',
  chart: {
    row: '항목',
    holdingCostCents: '보관 비용',
    lostMarginCents: '놓친 마진',
    orderingCostCents: '주문 비용',
    costsTitle: '연간 비용',
    costsLabel: '연간 보관 비용, 놓친 마진, 주문 비용을 기존 습관과 다리로 비교한 막대 그래프',
    cashTitle: '분류별 묶인 현금',
    cashLabel: '분류별 평균 재고 금액을 기존 습관과 다리로 비교한 막대 그래프',
  },
  products: {
    title: '절감액이 가장 큰 상품',
    caption: '상위 {{shown}}개입니다. 전체 상품은 CSV에 있습니다.',
    product: '상품',
    pattern: '판매 유형',
    weeklyOrder: '기존 습관: 주간 주문량',
    cash: '묶인 현금 (기존 습관 → 다리)',
    lost: '놓친 판매, 개 (기존 습관 → 다리)',
    saving: '연간 절감액',
    versus: '{{habit}} → {{dari}}',
  },
  classes: {
    regular: '꾸준함',
    seasonal: '요일 패턴',
    intermittent: '가끔 팔림',
    lumpy: '불규칙',
    'no-demand': '판매 없음',
  },
  dead: {
    title: '악성 재고',
    summary_one: '{{days}}일 동안 팔리지 않은 상품 {{count}}개가 진열대에 있습니다: 원가로 {{value}}.',
    summary_other: '{{days}}일 동안 팔리지 않은 상품 {{count}}개가 진열대에 있습니다: 원가로 {{value}}.',
    caption: '금액이 큰 순서입니다 (상위 {{shown}}개).',
    onHand: '재고',
    value: '원가 금액',
    lastSale: '마지막 판매',
    daysAgo: '{{date}} ({{days}}일 전)',
    never: '기록에 판매 없음',
  },
  over: {
    title: '과잉 재고',
    summary_one:
      '예상 판매 {{weeks}}주치보다 많이 가진 상품 {{count}}개: 그 이상 분량이 원가로 {{value}}입니다.',
    summary_other:
      '예상 판매 {{weeks}}주치보다 많이 가진 상품 {{count}}개: 그 이상 분량이 원가로 {{value}}입니다.',
    caption: '초과분이 큰 순서입니다 (상위 {{shown}}개).',
    weekly: '주간 예상 판매',
    cover: '버티는 기간',
    noSales: '예상 판매 없음',
    weeks: '{{weeks}}주',
    excess: '기준 초과분',
    excessValue: '{{units}}개 ({{money}})',
  },
  assumptions: {
    title: '계산 방법',
    period:
      '다시 돌린 기간: {{from}} ~ {{to}} ({{weeks}}주). 다리는 그 전 {{learning}}일의 기록으로만 배웠고, 매번 주문할 때도 그때까지 일어난 일만 알았습니다.',
    habitReceipts:
      '기존 습관: 매주 월요일 같은 양을 주문합니다. 주문량은 실제로 한 주에 평균 입고된 양이고, 진열대에 이미 충분하면 그 주는 건너뜁니다. “충분함”의 기준은 다시 돌린 결과의 평균 재고가 실제 기록과 같아지도록 정했습니다.',
    habitSales:
      '기존 습관: 입고 기록이 없어서, 매주 평균 주간 판매량만큼 주문하고 진열대에 {{weeks}}주치가 있으면 건너뛴다고 가정했습니다.',
    dari: '다리: {{review}}일마다 확인하고, 그다음 입고 때까지 필요한 양을 채우도록 주문합니다. 주문 주기의 {{service}}에서 품절이 없도록 하는 것이 목표이며, 박스 단위와 최소 주문량을 지킵니다.',
    demand:
      '두 방식 모두 같은 수요를 만납니다. 매일의 판매 기록을 쓰되, 진열대가 비었던 날은 이전 주 같은 요일의 판매로 추정합니다 (품절은 수요가 없다는 뜻이 아닙니다).',
    lost: '진열대가 비어 있으면 손님은 사지 않고 갑니다. 그 판매와 마진(가격 − 원가)을 놓친 것으로 봅니다.',
    costs:
      '재고 1달러를 1년 동안 가지고 있는 비용은 {{rate}}입니다 (자금, 공간, 손실). 주문 한 줄에 {{order}}가 듭니다. 입고까지는 공급업체의 리드타임이 늘 같게 걸린다고 봅니다.',
    start: '두 방식 모두 기간 시작 전날 실제로 있던 재고에서 출발합니다.',
    yearly: '연간 수치는 기간의 수치에 {{factor}}을 곱한 것입니다.',
    lists:
      '악성 재고: 진열대에 있고 {{days}}일 동안 판매가 없는 상품. 과잉 재고: 다리의 예측으로 {{weeks}}주 넘게 버틸 만큼 재고가 있는 상품.',
    tooNew:
      '상품 {{products}}개는 판매를 시작한 지 얼마 안 되어 다시 돌려 볼 수 없었고, 합계에서 빠졌습니다.',
  },
  categories: {
    none: '분류 없음',
    noodles: '라면',
    drinks: '음료',
    alcohol: '주류',
    snacks: '과자',
    frozen: '냉동',
    grocery: '식료품',
    household: '생활용품',
    gifts: '선물',
  },
};
