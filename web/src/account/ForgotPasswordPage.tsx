import { Alert, Button, Card, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { FormError, fieldError } from '../components/forms.tsx';

export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const request = useMutation({ mutationFn: () => api.post('/password-resets', { email }) });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    request.mutate();
  };
  return (
    <Card withBorder maw={420} mx="auto" p="lg">
      <Stack component="form" onSubmit={submit} gap="sm">
        <Title order={1} size="h2">
          {t('forgot.title')}
        </Title>
        {request.isSuccess ? (
          <Alert color="green" variant="outline" role="status">
            {t('forgot.sent')}
          </Alert>
        ) : (
          <>
            <Text>{t('forgot.intro')}</Text>
            <FormError error={request.error} />
            <TextInput
              label={t('fields.email')}
              type="email"
              required
              maxLength={254}
              autoComplete="email"
              value={email}
              onChange={(e) => setEmail(e.currentTarget.value)}
              error={fieldError(request.error, 'email')}
            />
            <Button type="submit" loading={request.isPending}>
              {t('forgot.submit')}
            </Button>
          </>
        )}
      </Stack>
    </Card>
  );
}
