/** Korean texts of the cost-reduction report (t('costReport.…')). */
export default {
  title: '비용 절감 보고서',
};
