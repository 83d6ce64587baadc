/** Korean texts of suggestions and purchase orders (t('purchasing.…')). */
export default {
  title: '발주 제안',
};
