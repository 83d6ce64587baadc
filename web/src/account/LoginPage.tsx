import { Anchor, Button, Card, PasswordInput, Stack, TextInput, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { api } from '../api.ts';
import { FormError, fieldError } from '../components/forms.tsx';
import { useApplySession, type Session } from '../session.ts';

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
  const submit = (event: FormEvent) => {
    event.preventDefault();
    login.mutate();
  };
  return (
    <Card withBorder maw={420} mx="auto" p="lg">
      <Stack component="form" onSubmit={submit} gap="sm">
        <Title order={1} size="h2">
          {t('login.title')}
        </Title>
        <FormError error={login.error} />
        <TextInput
          label={t('fields.email')}
          type="email"
          required
          maxLength={254}
          autoComplete="email"
          value={email}
          onChange={(e) => setEmail(e.currentTarget.value)}
          error={fieldError(login.error, 'email')}
        />
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
      </Stack>
    </Card>
  );
}
