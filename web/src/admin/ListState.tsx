import { Loader, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from './ErrorAlert.tsx';

interface Props {
  error: unknown;
  loading: boolean;
  /** True once the list has loaded with nothing in it. */
  empty?: boolean;
  /** What to say when it is empty, if not the general "nothing here yet". */
  emptyText?: string;
}

/** Above an admin list: its failure, a spinner while it loads, or a note that it is empty. */
export function ListState({ error, loading, empty = false, emptyText }: Props) {
  const { t } = useTranslation();
  return (
    <>
      <ErrorAlert error={error} />
      {loading && <Loader aria-label={t('admin.loading')} />}
      {empty && <Text c="dimmed">{emptyText ?? t('admin.common.empty')}</Text>}
    </>
  );
}
