/** English texts of the cost-reduction report (t('costReport.…')). */
export default {
  title: 'Cost-reduction report',
};
