import { addMessages } from '../../../platform/i18n/index.ts';

/** Catalogue import strings (namespace 'catalogue'): row errors, file and mapping errors. */
addMessages('catalogue', {
  en: {
    rows: {
      skuRequired: 'Every row needs a SKU.',
      nameRequired: 'Give the product name in Korean or English.',
      tooLong: 'Must be at most {{limit}} characters.',
      barcodeInvalid: 'Not a barcode: “{{value}}” (4 to 32 letters, digits or dashes).',
      barcodeScientific:
        'Excel shortened this barcode to “{{value}}”. Format the barcode column as text in Excel and save the file again.',
      moneyInvalid:
        'Not an amount in dollars: “{{value}}”. Write it like 3.49 or $1,234.50 (a point before the cents).',
      moneyNegative: 'An amount cannot be negative: “{{value}}”.',
      moneyTooLarge: 'Too large an amount: “{{value}}” (at most $1,000,000).',
      numberInvalid: 'Not a number: “{{value}}”.',
      wholeNumber: 'Must be a whole number, not “{{value}}”.',
      notNegative: 'Cannot be below zero: “{{value}}”.',
      outOfRange: 'Must be a whole number from {{min}} to {{max}}, not “{{value}}”.',
      supplierNeeded: 'Give the supplier on this row too: this value belongs to the product’s supplier.',
      skuTwice: 'The SKU “{{sku}}” is already on line {{line}}.',
      barcodeTwice: 'The barcode {{barcode}} is already on line {{line}}.',
      barcodeTaken: 'The product {{sku}} already uses the barcode {{barcode}}.',
      costNeeded: 'A new product needs a unit cost.',
      priceNeeded: 'A new product needs a price.',
      moreErrors: '…and {{count}} more errors not shown.',
    },
    file: {
      noData: 'The file has a header row but no product rows.',
    },
    mapping: {
      skuMissing: 'Map a column to the SKU.',
      nameMissing: 'Map a column to the product name in Korean or English.',
    },
    errors: {
      concurrent:
        'The catalogue changed while this file was being imported (another import, or a product added at the same moment). Nothing was imported; try again.',
    },
    countReference: 'Catalogue import',
  },
  ko: {
    rows: {
      skuRequired: '모든 행에 상품코드(SKU)가 있어야 합니다.',
      nameRequired: '상품명을 한글이나 영문으로 입력해 주세요.',
      tooLong: '{{limit}}자 이하여야 합니다.',
      barcodeInvalid: '바코드가 아닙니다: “{{value}}” (영문, 숫자, 대시 4~32자).',
      barcodeScientific:
        '엑셀이 바코드를 “{{value}}”(으)로 줄여 저장했습니다. 엑셀에서 바코드 열을 텍스트 형식으로 바꾼 뒤 다시 저장해 주세요.',
      moneyInvalid: '달러 금액이 아닙니다: “{{value}}”. 3.49 또는 $1,234.50처럼 센트 앞에 점을 찍어 주세요.',
      moneyNegative: '금액은 0보다 작을 수 없습니다: “{{value}}”.',
      moneyTooLarge: '금액이 너무 큽니다: “{{value}}” (최대 $1,000,000).',
      numberInvalid: '숫자가 아닙니다: “{{value}}”.',
      wholeNumber: '정수여야 합니다: “{{value}}”.',
      notNegative: '0보다 작을 수 없습니다: “{{value}}”.',
      outOfRange: '{{min}}부터 {{max}}까지의 정수여야 합니다: “{{value}}”.',
      supplierNeeded: '이 값은 공급업체별 정보이므로 이 행에 공급업체도 입력해 주세요.',
      skuTwice: '상품코드 “{{sku}}”가 {{line}}행에도 있습니다.',
      barcodeTwice: '바코드 {{barcode}}가 {{line}}행에도 있습니다.',
      barcodeTaken: '상품 {{sku}}이(가) 이미 바코드 {{barcode}}를 쓰고 있습니다.',
      costNeeded: '새 상품에는 원가가 필요합니다.',
      priceNeeded: '새 상품에는 판매가가 필요합니다.',
      moreErrors: '…그 밖의 오류 {{count}}건은 표시하지 않았습니다.',
    },
    file: {
      noData: '머리글 행만 있고 상품 행이 없습니다.',
    },
    mapping: {
      skuMissing: '상품코드(SKU) 항목에 연결할 열을 선택해 주세요.',
      nameMissing: '한글 또는 영문 상품명에 연결할 열을 선택해 주세요.',
    },
    errors: {
      concurrent:
        '가져오는 동안 상품 목록이 바뀌었습니다(다른 가져오기나 동시에 추가된 상품). 아무것도 가져오지 않았습니다. 다시 시도해 주세요.',
    },
    countReference: '상품 가져오기',
  },
});
