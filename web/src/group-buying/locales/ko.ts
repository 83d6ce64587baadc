/** Korean texts of group buying (t('groupBuying.…')). */
export default {
  title: '공동 구매',
};
