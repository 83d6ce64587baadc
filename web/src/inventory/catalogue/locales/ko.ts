/** Korean texts of the catalogue import (t('inventoryImport.…')). */
export default {
  title: '상품 가져오기',
};
