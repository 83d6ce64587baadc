import { Alert, Anchor, Button } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { api } from '../api.ts';
import { FormError, NewPasswordInput, fieldError } from '../components/forms.tsx';
import { AccountFormCard } from './AccountFormCard.tsx';

export function ResetPasswordPage() {
  const { token = '' } = useParams();
  const { t } = useTranslation();
  const [password, setPassword] = useState('');
  const reset = useMutation({
    mutationFn: () => api.post(`/password-resets/${encodeURIComponent(token)}`, { password }),
  });
  return (
    <AccountFormCard title={t('reset.title')} onSubmit={() => reset.mutate()}>
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
          <NewPasswordInput
            value={password}
            onChange={setPassword}
            error={fieldError(reset.error, 'password')}
          />
          <Button type="submit" loading={reset.isPending}>
            {t('reset.submit')}
          </Button>
        </>
      )}
    </AccountFormCard>
  );
}
