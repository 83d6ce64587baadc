/**
 * Han Mart's demo catalogue: a Korean-American convenience store's shelves, their suppliers, and how each
 * item sells and how the owner has been ordering it (server/seed/inventory.ts turns it into a year of
 * stock movements).
 */

export type SupplierKey = 'hanmi' | 'beverage' | 'seoul';

export interface DemoSupplier {
  key: SupplierKey;
  name: string;
  email: string;
  phone: string;
  locale: 'ko' | 'en';
  leadTimeDays: number;
}

export const demoSuppliers: DemoSupplier[] = [
  {
    key: 'hanmi',
    name: 'Hanmi Foods Distribution (한미식품)',
    email: 'orders@hanmifoods.example',
    phone: '972-555-0140',
    locale: 'ko',
    leadTimeDays: 5,
  },
  {
    key: 'beverage',
    name: 'Dallas Beverage Wholesale',
    email: 'sales@dallasbev.example',
    phone: '214-555-0177',
    locale: 'en',
    leadTimeDays: 3,
  },
  {
    key: 'seoul',
    name: 'Seoul Trading Co. (서울무역)',
    email: 'order@seoultrading.example',
    phone: '469-555-0123',
    locale: 'ko',
    leadTimeDays: 10,
  },
];

/**
 * How an item sells, units a day: steady; busier on Friday and Saturday (`lift`); a sale now and then
 * (one every `every` days, of about `size`); growing or fading over the year (`growth`: +1.5 is 2.5× by
 * the end); or selling until `stoppedDaysAgo` and then not at all.
 */
export type Demand =
  | { kind: 'steady'; rate: number }
  | { kind: 'weekend'; rate: number; lift: number }
  | { kind: 'slow'; every: number; size: number }
  | { kind: 'trend'; rate: number; growth: number }
  | { kind: 'stopped'; rate: number; stoppedDaysAgo: number };

export interface DemoProduct {
  sku: string;
  ko: string;
  en: string;
  category: string;
  costCents: number;
  priceCents: number;
  supplier: SupplierKey;
  /** A second, dearer supplier (not preferred). */
  alternative?: SupplierKey;
  pack: number;
  minPacks?: number;
  demand: Demand;
  /**
   * The owner's habit: each Monday order this many times the weekly sales they last noticed (0: never
   * reorder), skipping the week when the shelf already holds three orders.
   */
  habit: number;
  /** Units on the shelf when the records start (two weeks of sales when not given). */
  initial?: number;
  /** A one-off bulk buy (a supplier's promotion) this many days before the seed. */
  bulk?: { daysAgo: number; units: number };
}

const steady = (rate: number): Demand => ({ kind: 'steady', rate });
const weekend = (rate: number, lift: number): Demand => ({ kind: 'weekend', rate, lift });
const slow = (every: number, size: number): Demand => ({ kind: 'slow', every, size });
const trend = (rate: number, growth: number): Demand => ({ kind: 'trend', rate, growth });

// prettier-ignore
export const demoProducts: DemoProduct[] = [
  { sku: 'HM-1001', ko: '신라면', en: 'Shin Ramyun', category: 'noodles', costCents: 92, priceCents: 169, supplier: 'hanmi', alternative: 'seoul', pack: 20, demand: steady(12), habit: 1.5 },
  { sku: 'HM-1002', ko: '신라면 멀티팩 (5개입)', en: 'Shin Ramyun 5-pack', category: 'noodles', costCents: 420, priceCents: 699, supplier: 'hanmi', alternative: 'seoul', pack: 8, demand: weekend(3, 1.5), habit: 1 },
  { sku: 'HM-1003', ko: '짜파게티', en: 'Chapagetti', category: 'noodles', costCents: 98, priceCents: 179, supplier: 'hanmi', alternative: 'seoul', pack: 20, demand: steady(6), habit: 1.5 },
  { sku: 'HM-1004', ko: '너구리', en: 'Neoguri', category: 'noodles', costCents: 98, priceCents: 179, supplier: 'hanmi', pack: 20, demand: steady(4), habit: 1 },
  { sku: 'HM-1005', ko: '불닭볶음면', en: 'Buldak Hot Chicken Ramen', category: 'noodles', costCents: 120, priceCents: 229, supplier: 'hanmi', alternative: 'seoul', pack: 20, demand: trend(4, 1.5), habit: 1 },
  { sku: 'HM-1006', ko: '진라면 순한맛', en: 'Jin Ramen Mild', category: 'noodles', costCents: 80, priceCents: 149, supplier: 'hanmi', pack: 20, demand: steady(3), habit: 1.5 },
  { sku: 'HM-1007', ko: '육개장 사발면', en: 'Yukgaejang Cup Noodle', category: 'noodles', costCents: 75, priceCents: 139, supplier: 'hanmi', pack: 24, demand: steady(5), habit: 1.2 },
  { sku: 'HM-1008', ko: '컵누들 우동맛', en: 'Cup Noodle Udon', category: 'noodles', costCents: 90, priceCents: 169, supplier: 'hanmi', pack: 15, demand: trend(2, -0.6), habit: 1.2 },
  { sku: 'HM-2001', ko: '빙그레 바나나맛우유', en: 'Binggrae Banana Milk', category: 'drinks', costCents: 85, priceCents: 159, supplier: 'beverage', pack: 24, demand: steady(10), habit: 1 },
  { sku: 'HM-2002', ko: '밀키스', en: 'Milkis', category: 'drinks', costCents: 55, priceCents: 119, supplier: 'beverage', pack: 24, demand: weekend(6, 1.5), habit: 1.5 },
  { sku: 'HM-2003', ko: '칠성사이다', en: 'Chilsung Cider', category: 'drinks', costCents: 55, priceCents: 119, supplier: 'beverage', pack: 24, demand: steady(5), habit: 1.5 },
  { sku: 'HM-2004', ko: '비락식혜', en: 'Sikhye Rice Punch', category: 'drinks', costCents: 70, priceCents: 149, supplier: 'beverage', pack: 24, demand: steady(4), habit: 1 },
  { sku: 'HM-2005', ko: '옥수수수염차 1.5L', en: 'Corn Silk Tea 1.5 L', category: 'drinks', costCents: 180, priceCents: 329, supplier: 'beverage', pack: 12, demand: { kind: 'stopped', rate: 2, stoppedDaysAgo: 120 }, habit: 1.5 },
  { sku: 'HM-2006', ko: '포카리스웨트', en: 'Pocari Sweat', category: 'drinks', costCents: 95, priceCents: 199, supplier: 'beverage', pack: 24, demand: steady(4), habit: 1 },
  { sku: 'HM-2007', ko: '비타500', en: 'Vita 500', category: 'drinks', costCents: 60, priceCents: 139, supplier: 'beverage', pack: 20, demand: steady(7), habit: 1.5 },
  { sku: 'HM-2008', ko: '코카콜라 20oz', en: 'Coca-Cola 20 oz', category: 'drinks', costCents: 110, priceCents: 229, supplier: 'beverage', pack: 24, demand: weekend(9, 1.6), habit: 1 },
  { sku: 'HM-2009', ko: '생수 500ml', en: 'Spring Water 500 ml', category: 'drinks', costCents: 25, priceCents: 99, supplier: 'beverage', pack: 24, demand: steady(20), habit: 1.5 },
  { sku: 'HM-2010', ko: '보리차 500ml', en: 'Barley Tea 500 ml', category: 'drinks', costCents: 75, priceCents: 159, supplier: 'beverage', pack: 20, demand: steady(3), habit: 1.2 },
  { sku: 'HM-3001', ko: '참이슬 후레쉬', en: 'Chamisul Fresh Soju', category: 'alcohol', costCents: 380, priceCents: 799, supplier: 'beverage', pack: 20, demand: weekend(8, 2), habit: 1 },
  { sku: 'HM-3002', ko: '처음처럼', en: 'Chum Churum Soju', category: 'alcohol', costCents: 370, priceCents: 799, supplier: 'beverage', pack: 20, demand: weekend(4, 2), habit: 1.5 },
  { sku: 'HM-3003', ko: '진로 이즈백', en: 'Jinro Is Back Soju', category: 'alcohol', costCents: 390, priceCents: 799, supplier: 'beverage', pack: 20, demand: weekend(3, 2), habit: 1 },
  { sku: 'HM-3004', ko: '카스 맥주 6캔', en: 'Cass Beer 6-pack', category: 'alcohol', costCents: 720, priceCents: 1299, supplier: 'beverage', pack: 4, demand: weekend(3, 2.2), habit: 1.2 },
  { sku: 'HM-3005', ko: '장수 막걸리', en: 'Jangsu Makgeolli', category: 'alcohol', costCents: 250, priceCents: 549, supplier: 'beverage', pack: 20, demand: weekend(2, 2), habit: 1.5 },
  { sku: 'HM-3006', ko: '보해 복분자주', en: 'Bokbunja Raspberry Wine', category: 'alcohol', costCents: 650, priceCents: 1399, supplier: 'beverage', pack: 12, demand: slow(4, 1), habit: 1.2 },
  { sku: 'HM-4001', ko: '새우깡', en: 'Shrimp Crackers', category: 'snacks', costCents: 95, priceCents: 199, supplier: 'hanmi', pack: 20, demand: steady(5), habit: 1.5 },
  { sku: 'HM-4002', ko: '오리온 초코파이 (12개입)', en: 'Orion Choco Pie 12-pack', category: 'snacks', costCents: 380, priceCents: 699, supplier: 'hanmi', pack: 8, demand: steady(2), habit: 1.5 },
  { sku: 'HM-4003', ko: '허니버터칩', en: 'Honey Butter Chip', category: 'snacks', costCents: 150, priceCents: 299, supplier: 'hanmi', pack: 16, demand: steady(3), habit: 1 },
  { sku: 'HM-4004', ko: '빼빼로 오리지널', en: 'Pepero Original', category: 'snacks', costCents: 95, priceCents: 199, supplier: 'hanmi', pack: 24, demand: steady(4), habit: 1.2 },
  { sku: 'HM-4005', ko: '꼬북칩', en: 'Turtle Chips', category: 'snacks', costCents: 150, priceCents: 299, supplier: 'hanmi', pack: 16, demand: trend(2, 1.2), habit: 1 },
  { sku: 'HM-4006', ko: '포카칩', en: 'Pokachip', category: 'snacks', costCents: 140, priceCents: 279, supplier: 'hanmi', pack: 16, demand: steady(2), habit: 1.5 },
  { sku: 'HM-4007', ko: '홈런볼', en: 'Homerun Ball', category: 'snacks', costCents: 120, priceCents: 249, supplier: 'hanmi', pack: 16, demand: slow(2.5, 2), habit: 1.5 },
  { sku: 'HM-4008', ko: '마이쮸', en: 'Mychew Chewy Candy', category: 'snacks', costCents: 45, priceCents: 99, supplier: 'hanmi', pack: 30, demand: steady(4), habit: 1.5 },
  { sku: 'HM-5001', ko: '비비고 왕교자', en: 'Bibigo Mandu Dumplings', category: 'frozen', costCents: 520, priceCents: 899, supplier: 'hanmi', pack: 6, demand: weekend(2, 1.5), habit: 1.2 },
  { sku: 'HM-5002', ko: '떡볶이 떡', en: 'Tteokbokki Rice Cakes', category: 'frozen', costCents: 230, priceCents: 449, supplier: 'hanmi', pack: 10, demand: steady(2), habit: 1.5 },
  { sku: 'HM-5003', ko: '메로나', en: 'Melona Ice Bar', category: 'frozen', costCents: 55, priceCents: 129, supplier: 'hanmi', pack: 24, demand: weekend(6, 1.7), habit: 1 },
  { sku: 'HM-5004', ko: '붕어싸만코', en: 'Samanco Fish Ice Cream', category: 'frozen', costCents: 90, priceCents: 199, supplier: 'hanmi', pack: 24, demand: steady(2), habit: 1.5 },
  { sku: 'HM-6001', ko: '햇반', en: 'Hetbahn Cooked Rice', category: 'grocery', costCents: 110, priceCents: 219, supplier: 'hanmi', alternative: 'seoul', pack: 24, demand: steady(6), habit: 1.2 },
  { sku: 'HM-6002', ko: '종가 김치 1kg', en: 'Jongga Kimchi 1 kg', category: 'grocery', costCents: 560, priceCents: 999, supplier: 'hanmi', pack: 6, demand: steady(2.5), habit: 1 },
  { sku: 'HM-6003', ko: '해찬들 고추장 500g', en: 'Gochujang 500 g', category: 'grocery', costCents: 390, priceCents: 749, supplier: 'hanmi', pack: 12, demand: slow(3, 1), habit: 1.5 },
  { sku: 'HM-6004', ko: '오뚜기 참기름 320ml', en: 'Sesame Oil 320 ml', category: 'grocery', costCents: 480, priceCents: 899, supplier: 'hanmi', alternative: 'seoul', pack: 12, demand: slow(4, 1), habit: 1.2, bulk: { daysAgo: 25, units: 48 } },
  { sku: 'HM-6005', ko: '양반김', en: 'Yangban Seasoned Laver', category: 'grocery', costCents: 210, priceCents: 399, supplier: 'hanmi', pack: 24, demand: steady(3), habit: 1.5 },
  { sku: 'HM-6006', ko: '스팸 클래식', en: 'Spam Classic', category: 'grocery', costCents: 260, priceCents: 499, supplier: 'hanmi', pack: 24, demand: steady(3), habit: 1 },
  { sku: 'HM-6007', ko: '동원참치', en: 'Dongwon Tuna', category: 'grocery', costCents: 180, priceCents: 349, supplier: 'hanmi', pack: 24, demand: steady(2), habit: 1.5 },
  { sku: 'HM-6008', ko: '칼로스 쌀 20lb', en: 'Calrose Rice 20 lb', category: 'grocery', costCents: 1450, priceCents: 2299, supplier: 'seoul', alternative: 'hanmi', pack: 2, demand: slow(5, 1.5), habit: 1 },
  { sku: 'HM-7001', ko: '건전지 AA 4개입', en: 'AA Batteries 4-pack', category: 'household', costCents: 250, priceCents: 599, supplier: 'seoul', pack: 12, demand: slow(3, 1), habit: 1.5 },
  { sku: 'HM-7002', ko: '물티슈', en: 'Wet Wipes', category: 'household', costCents: 150, priceCents: 349, supplier: 'seoul', pack: 24, demand: steady(1.5), habit: 1.5 },
  { sku: 'HM-7003', ko: '고무장갑', en: 'Rubber Gloves', category: 'household', costCents: 120, priceCents: 299, supplier: 'seoul', pack: 12, demand: slow(6, 1), habit: 1.5 },
  { sku: 'HM-7004', ko: '라이터', en: 'Lighter', category: 'household', costCents: 30, priceCents: 129, supplier: 'seoul', pack: 50, demand: steady(3), habit: 1 },
  { sku: 'HM-7005', ko: '장우산', en: 'Umbrella', category: 'household', costCents: 450, priceCents: 1299, supplier: 'seoul', pack: 12, demand: slow(10, 2), habit: 1.2 },
  { sku: 'HM-8001', ko: '추석 선물세트', en: 'Chuseok Gift Set', category: 'gifts', costCents: 1800, priceCents: 3499, supplier: 'seoul', pack: 4, demand: { kind: 'stopped', rate: 0.5, stoppedDaysAgo: 150 }, habit: 0, initial: 150 },
  { sku: 'HM-8002', ko: '정관장 홍삼정', en: 'Cheong Kwan Jang Red Ginseng Extract', category: 'gifts', costCents: 4500, priceCents: 7999, supplier: 'seoul', pack: 6, demand: slow(12, 1), habit: 1.5 },
];
