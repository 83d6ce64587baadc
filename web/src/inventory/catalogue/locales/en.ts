/** English texts of the catalogue import (t('inventoryImport.…')). */
export default {
  title: 'Import products',
};
