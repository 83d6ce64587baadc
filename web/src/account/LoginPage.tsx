import { Anchor, Button, PasswordInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { api } from '../api.ts';
import { EmailInput, FormError, fieldError } from '../components/forms.tsx';
import { useApplySession, type Session } from '../session.ts';
import { AccountFormCard } from './AccountFormCard.tsx';

/** Where a signed-in user starts: their business if they have one, otherwise their account. */
export function homeOf(session: Session): string {
  const business = session.businesses[0];
  return business ? `/my/business/${business.slug}` : '/account';
}

export function LoginPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const applySession = useApplySession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const login = useMutation({
    mutationFn: () => api.post<Session>('/session', { email, password }),
    onSuccess: async (session) => {
      await applySession(session);
      await navigate(homeOf(session));
    },
  });
  return (
    <AccountFormCard title={t('login.title')} onSubmit={() => login.mutate()}>
      <FormError error={login.error} />
      <EmailInput value={email} onChange={setEmail} error={fieldError(login.error, 'email')} />
      <PasswordInput
        label={t('fields.password')}
        required
        maxLength={200}
        autoComplete="current-password"
        value={password}
        onChange={(e) => setPassword(e.currentTarget.value)}
        error={fieldError(login.error, 'password')}
      />
      <Button type="submit" loading={login.isPending}>
        {t('login.submit')}
      </Button>
      <Anchor component={Link} to="/forgot-password" size="sm">
        {t('login.forgot')}
      </Anchor>
    </AccountFormCard>
  );
}
