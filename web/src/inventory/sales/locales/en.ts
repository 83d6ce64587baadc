/** English texts of the sales import (t('sales.…')). */
export default {
  title: 'Sales from your till',
};
