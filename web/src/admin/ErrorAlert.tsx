import { Alert, List } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api.ts';

interface Props {
  error: unknown;
  /** Fields whose messages already appear beside their inputs. */
  inline?: readonly string[];
}

/** Shows a failed request's translated message where it happened; nothing when there is no error. */
export function ErrorAlert({ error, inline = [] }: Props) {
  const { t } = useTranslation();
  if (!error) {
    return null;
  }
  const fields = error instanceof ApiError ? error.fields : {};
  if (
    inline.length > 0 &&
    Object.keys(fields).length > 0 &&
    Object.keys(fields).every((f) => inline.includes(f))
  ) {
    return null;
  }
  const others = Object.entries(fields).filter(([field]) => !inline.includes(field));
  const message = error instanceof ApiError ? error.message : t('admin.common.unexpectedError');
  // Outline with shade 9: Mantine's light variant caps the title shade at 6, below AA contrast.
  return (
    <Alert variant="outline" color="red.9" role="alert" title={t('admin.common.errorTitle')}>
      {message}
      {others.length > 0 && (
        <List size="sm" mt="xs">
          {others.map(([field, text]) => (
            <List.Item key={field}>{text}</List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}

/** Field errors returned by the server, keyed by field name. */
export function fieldErrors(error: unknown): Record<string, string> {
  return error instanceof ApiError ? error.fields : {};
}
