/** English texts of group buying (t('groupBuying.…')). */
export default {
  title: 'Group buying',
};
