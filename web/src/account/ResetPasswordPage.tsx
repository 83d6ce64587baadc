import { Alert, Anchor, Button, Card, PasswordInput, Stack, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { api } from '../api.ts';
import { FormError, fieldError } from '../components/forms.tsx';

export function ResetPasswordPage() {
  const { token = '' } = useParams();
  const { t } = useTranslation();
  const [password, setPassword] = useState('');
  const reset = useMutation({
    mutationFn: () => api.post(`/password-resets/${encodeURIComponent(token)}`, { password }),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    reset.mutate();
  };
  return (
    <Card withBorder maw={420} mx="auto" p="lg">
      <Stack component="form" onSubmit={submit} gap="sm">
        <Title order={1} size="h2">
          {t('reset.title')}
        </Title>
        {reset.isSuccess ? (
          <Alert color="green" variant="outline" role="status">
            {t('reset.done')}{' '}
            <Anchor component={Link} to="/login">
              {t('nav.login')}
            </Anchor>
          </Alert>
        ) : (
          <>
            <FormError error={reset.error} />
            <PasswordInput
              label={t('fields.newPassword')}
              description={t('fields.passwordRule')}
              required
              minLength={10}
              maxLength={200}
              autoComplete="new-password"
              value={password}
              onChange={(e) => setPassword(e.currentTarget.value)}
              error={fieldError(reset.error, 'password')}
            />
            <Button type="submit" loading={reset.isPending}>
              {t('reset.submit')}
            </Button>
          </>
        )}
      </Stack>
    </Card>
  );
}
