import { AppError } from '../../../platform/errors.ts';
import { resolveColumns, suggestColumns, type ColumnSet } from '../../imports/columns.ts';

/** The product fields a catalogue column can feed, in the order the mapping step lists them. */
export const catalogueFields = [
  'sku',
  'barcode',
  'nameKo',
  'nameEn',
  'category',
  'unitCost',
  'price',
  'supplier',
  'supplierSku',
  'packSize',
  'minOrderPacks',
  'leadTimeDays',
  'onHand',
] as const;

export type CatalogueField = (typeof catalogueFields)[number];
export type CatalogueMapping = Record<string, CatalogueField | null>;

/** Only the SKU is required on its own; a name is required in Korean or English (checked per row too). */
export const catalogueFieldList = catalogueFields.map((key) => ({ key, required: key === 'sku' }));

/**
 * Header spellings seen in store spreadsheets and POS product exports, compared after `normalizeHeader`
 * (lower case, no spaces or punctuation: "리드타임(일)" is "리드타임일").
 */
const aliases: Record<CatalogueField, readonly string[]> = {
  sku: [
    'sku',
    'itemcode',
    'productcode',
    'itemno',
    'itemnumber',
    'code',
    '상품코드',
    '제품코드',
    '품목코드',
    '품번',
    '코드',
    '관리코드',
  ],
  barcode: ['barcode', 'upc', 'ean', 'gtin', 'upcean', 'upccode', '바코드', '바코드번호'],
  nameKo: [
    'nameko',
    'namekorean',
    'koreanname',
    'productnamekorean',
    '상품명',
    '상품명한글',
    '한글상품명',
    '제품명',
    '품명',
    '품목명',
    '한글명',
  ],
  nameEn: [
    'nameen',
    'nameenglish',
    'englishname',
    'productnameenglish',
    'name',
    'productname',
    'itemname',
    'description',
    '상품명영문',
    '영문상품명',
    '영문명',
  ],
  category: ['category', 'department', 'dept', 'group', '분류', '카테고리', '품목분류', '상품분류'],
  unitCost: [
    'unitcost',
    'cost',
    'costprice',
    'purchaseprice',
    'unitcostusd',
    '원가',
    '매입가',
    '매입단가',
    '구매가',
    '입고가',
  ],
  price: [
    'price',
    'retailprice',
    'sellingprice',
    'saleprice',
    'priceusd',
    '판매가',
    '소비자가',
    '판매단가',
    '정가',
    '가격',
  ],
  supplier: ['supplier', 'vendor', 'suppliername', 'vendorname', '공급업체', '공급처', '거래처', '매입처'],
  supplierSku: [
    'suppliersku',
    'vendorsku',
    'vendorcode',
    'vendoritemcode',
    'supplieritemcode',
    '공급업체코드',
    '공급처코드',
    '거래처상품코드',
    '거래처코드',
  ],
  packSize: [
    'packsize',
    'casepack',
    'casesize',
    'unitspercase',
    'pack',
    '입수',
    '입수량',
    '박스입수',
    '케이스입수',
  ],
  minOrderPacks: [
    'minorderpacks',
    'minorder',
    'moq',
    'minimumorder',
    'minimumorderpacks',
    '최소주문',
    '최소주문수량',
    '최소주문박스',
    '최소발주',
  ],
  leadTimeDays: [
    'leadtimedays',
    'leadtime',
    'leaddays',
    '리드타임',
    '리드타임일',
    '납기',
    '납기일수',
    '배송일수',
  ],
  onHand: [
    'onhand',
    'stock',
    'qty',
    'quantity',
    'quantityonhand',
    'inventory',
    'count',
    '재고',
    '재고수량',
    '현재고',
    '수량',
    '실사수량',
  ],
};

/** The member import's mapping errors speak of e-mails and business names; these speak of products. */
const catalogueMappingError = (key: string) =>
  new AppError('validation_failed', { fields: { mapping: { key: `catalogue:mapping.${key}` } } });

const catalogueColumns: ColumnSet<CatalogueField> = {
  fields: catalogueFields,
  aliases,
  checkComplete(mapped) {
    if (!mapped.has('sku')) {
      throw catalogueMappingError('skuMissing');
    }
    if (!mapped.has('nameKo') && !mapped.has('nameEn')) {
      throw catalogueMappingError('nameMissing');
    }
  },
};

export function suggestCatalogueMapping(headers: readonly string[]): CatalogueMapping {
  return suggestColumns(catalogueColumns, headers);
}

/** Parses the `mapping` form field (JSON), or suggests one when absent; checks it against the file's headers. */
export function resolveCatalogueMapping(
  raw: string | undefined,
  headers: readonly string[],
): CatalogueMapping {
  return resolveColumns(catalogueColumns, raw, headers);
}
