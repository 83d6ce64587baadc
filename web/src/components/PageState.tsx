import { Alert, Center, Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api.ts';

/** What a page shows while its data loads or when loading failed (not found, forbidden, …). */
export function PageState({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) {
    return (
      <Center py="xl">
        <Loader aria-label={t('common.loading')} />
      </Center>
    );
  }
  const message = error instanceof ApiError ? error.message : t('common.unexpectedError');
  return (
    <Alert color="red" variant="outline" role="alert" title={t('common.errorTitle')}>
      {message}
    </Alert>
  );
}
