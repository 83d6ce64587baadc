import { Alert, PasswordInput, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api.ts';

/**
 * The server's translated message for one field (`fields.zip`, or `fields["visibility.phone"]`), for an
 * input's `error` prop so it shows under that input.
 */
export function fieldError(error: unknown, field: string): string | undefined {
  if (!(error instanceof ApiError)) {
    return undefined;
  }
  return error.fields[field] ?? error.fields[`body.${field}`];
}

/** The request's overall message, shown above the form; nothing when there is no error. */
export function FormError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) {
    return null;
  }
  const message = error instanceof ApiError ? error.message : t('common.unexpectedError');
  return (
    <Alert color="red" variant="outline" role="alert" title={t('common.errorTitle')}>
      {message}
    </Alert>
  );
}

/** Turns the text of an optional input into what the API expects: absent rather than empty. */
export function optional(value: string): string | undefined {
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

interface InputProps {
  value: string;
  onChange: (value: string) => void;
  error?: string;
}

/** The person's own e-mail address, as typed to sign in, apply or ask for a reset. */
export function EmailInput({ value, onChange, error }: InputProps) {
  const { t } = useTranslation();
  return (
    <TextInput
      label={t('fields.email')}
      type="email"
      required
      maxLength={254}
      autoComplete="email"
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      error={error}
    />
  );
}

/** A new password, with the rule it must follow shown under its label. */
export function NewPasswordInput({ value, onChange, error }: InputProps) {
  const { t } = useTranslation();
  return (
    <PasswordInput
      label={t('fields.newPassword')}
      description={t('fields.passwordRule')}
      required
      minLength={10}
      maxLength={200}
      autoComplete="new-password"
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      error={error}
    />
  );
}
