/** Korean texts of the sales import (t('sales.…')). */
export default {
  title: '포스(POS) 판매 가져오기',
};
