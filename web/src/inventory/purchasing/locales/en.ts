/** English texts of suggestions and purchase orders (t('purchasing.…')). */
export default {
  title: 'What to order',
};
