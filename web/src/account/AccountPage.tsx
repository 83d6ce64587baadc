import { Alert, Button, Card, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router-dom';
import { api } from '../api.ts';
import { LocaleSelect } from '../components/LocaleSelect.tsx';
import { PageState } from '../components/PageState.tsx';
import { FormError, NewPasswordInput, fieldError } from '../components/forms.tsx';
import type { Locale } from '../i18n.ts';
import { EmailSettingsCard } from '../notifications/EmailSettingsCard.tsx';
import { AlertAreasCard } from '../safety/alerts/AlertAreasCard.tsx';
import { useApplySession, useSession, type Session, type SessionUser } from '../session.ts';

export function AccountPage() {
  const { t } = useTranslation();
  const session = useSession();
  if (!session.data) {
    return <PageState error={session.error} />;
  }
  const user = session.data.user;
  if (!user) {
    return <Navigate to="/login" replace />;
  }
  return (
    <Stack maw={520} mx="auto">
      <Title order={1}>{t('account.title')}</Title>
      <ProfileCard user={user} />
      <PasswordCard />
      <EmailSettingsCard />
      <AlertAreasCard />
    </Stack>
  );
}

function ProfileCard({ user }: { user: SessionUser }) {
  const { t } = useTranslation();
  const applySession = useApplySession();
  const [name, setName] = useState(user.name);
  const [locale, setLocale] = useState<Locale>(user.locale);
  const save = useMutation({
    mutationFn: () => api.patch<Session>('/me', { name: name.trim(), locale }),
    onSuccess: applySession,
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  return (
    <Card withBorder component="section" aria-labelledby="profile-title">
      <Stack component="form" onSubmit={submit} gap="sm">
        <Title order={2} size="h3" id="profile-title">
          {t('account.profile')}
        </Title>
        <Text>{user.email}</Text>
        <FormError error={save.error} />
        {save.isSuccess && (
          <Alert color="green" variant="outline" role="status">
            {t('common.saved')}
          </Alert>
        )}
        <TextInput
          label={t('fields.name')}
          required
          maxLength={120}
          autoComplete="name"
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          error={fieldError(save.error, 'name')}
        />
        <LocaleSelect value={locale} onChange={setLocale} error={fieldError(save.error, 'locale')} />
        <Button type="submit" loading={save.isPending} style={{ alignSelf: 'flex-start' }}>
          {t('common.save')}
        </Button>
      </Stack>
    </Card>
  );
}

function PasswordCard() {
  const { t } = useTranslation();
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const change = useMutation({
    mutationFn: () => api.patch<Session>('/me', { currentPassword, newPassword }),
    onSuccess: () => {
      setCurrentPassword('');
      setNewPassword('');
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    change.mutate();
  };
  return (
    <Card withBorder component="section" aria-labelledby="password-title">
      <Stack component="form" onSubmit={submit} gap="sm">
        <Title order={2} size="h3" id="password-title">
          {t('account.changePassword')}
        </Title>
        <FormError error={change.error} />
        {change.isSuccess && (
          <Alert color="green" variant="outline" role="status">
            {t('account.passwordChanged')}
          </Alert>
        )}
        <PasswordInput
          label={t('fields.currentPassword')}
          required
          maxLength={200}
          autoComplete="current-password"
          value={currentPassword}
          onChange={(e) => setCurrentPassword(e.currentTarget.value)}
          error={fieldError(change.error, 'currentPassword')}
        />
        <NewPasswordInput
          value={newPassword}
          onChange={setNewPassword}
          error={fieldError(change.error, 'newPassword')}
        />
        <Button type="submit" loading={change.isPending} style={{ alignSelf: 'flex-start' }}>
          {t('account.changePassword')}
        </Button>
      </Stack>
    </Card>
  );
}
