import { Alert, List } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api.ts';

/**
 * A refused request's message with every field message the server gave (a line's quantity, the order's
 * status): the actions here have no input per field to show them under.
 */
export function RequestError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) {
    return null;
  }
  const message = error instanceof ApiError ? error.message : t('common.unexpectedError');
  const details = error instanceof ApiError ? Object.values(error.fields) : [];
  return (
    <Alert color="red" variant="outline" role="alert" title={t('common.errorTitle')}>
      {message}
      {details.length > 0 && (
        <List size="sm" mt={4}>
          {details.map((detail) => (
            <List.Item key={detail}>{detail}</List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}

/** Dollars from cents, in the reader's number format. */
export function useMoney() {
  const { i18n } = useTranslation();
  const format = new Intl.NumberFormat(i18n.language === 'ko' ? 'ko-KR' : 'en-US', {
    style: 'currency',
    currency: 'USD',
  });
  return (cents: number) => format.format(cents / 100);
}
