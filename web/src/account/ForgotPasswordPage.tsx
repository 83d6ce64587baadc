import { Alert, Button, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { EmailInput, FormError, fieldError } from '../components/forms.tsx';
import { AccountFormCard } from './AccountFormCard.tsx';

export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const request = useMutation({ mutationFn: () => api.post('/password-resets', { email }) });
  return (
    <AccountFormCard title={t('forgot.title')} onSubmit={() => request.mutate()}>
      {request.isSuccess ? (
        <Alert color="green" variant="outline" role="status">
          {t('forgot.sent')}
        </Alert>
      ) : (
        <>
          <Text>{t('forgot.intro')}</Text>
          <FormError error={request.error} />
          <EmailInput value={email} onChange={setEmail} error={fieldError(request.error, 'email')} />
          <Button type="submit" loading={request.isPending}>
            {t('forgot.submit')}
          </Button>
        </>
      )}
    </AccountFormCard>
  );
}
