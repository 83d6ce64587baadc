import { Button, Card, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import { api } from '../api.ts';
import { LocaleSelect } from '../components/LocaleSelect.tsx';
import { PageState } from '../components/PageState.tsx';
import { FormError, fieldError, optional } from '../components/forms.tsx';
import { useLocalized } from '../components/localized.ts';
import { currentLocale, type Locale } from '../i18n.ts';
import { useApplySession, type Session } from '../session.ts';
import { homeOf } from './LoginPage.tsx';

interface Invitation {
  email: string;
  role: 'admin' | 'member' | 'partner' | 'liaison';
  organization: { slug: string; nameKo: string; nameEn: string };
  accountExists: boolean;
  businessName: string | null;
}

/** Sign-up by invitation: shows who invites whom as what, then creates the account (and business). */
export function InvitationPage() {
  const { token = '' } = useParams();
  const { t } = useTranslation();
  const localized = useLocalized();
  const invitation = useQuery({
    queryKey: ['invitation', token],
    queryFn: () => api.get<Invitation>(`/invitations/${encodeURIComponent(token)}`),
  });
  const inv = invitation.data;
  if (!inv) {
    return <PageState error={invitation.error} />;
  }
  return (
    <Card withBorder maw={520} mx="auto" p="lg">
      <Stack gap="sm">
        <Title order={1} size="h2">
          {t('invitation.title', {
            organization: localized(inv.organization.nameKo, inv.organization.nameEn),
          })}
        </Title>
        <Text>
          {t('invitation.intro', {
            email: inv.email,
            role: t(`roles.${inv.role}`),
            organization: localized(inv.organization.nameKo, inv.organization.nameEn),
          })}
        </Text>
        <AcceptForm token={token} invitation={inv} />
      </Stack>
    </Card>
  );
}

function AcceptForm({ token, invitation }: { token: string; invitation: Invitation }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const applySession = useApplySession();
  const withBusiness = invitation.role === 'member' || invitation.role === 'partner';
  const [form, setForm] = useState({
    name: '',
    password: '',
    businessNameKo: invitation.businessName ?? '',
    businessNameEn: invitation.businessName ?? '',
  });
  const [locale, setLocale] = useState<Locale>(currentLocale());
  const set = (key: keyof typeof form) => (value: string) => setForm((f) => ({ ...f, [key]: value }));
  const accept = useMutation({
    mutationFn: () =>
      api.post<Session>(`/invitations/${encodeURIComponent(token)}/accept`, {
        name: form.name.trim(),
        password: form.password,
        locale,
        ...(withBusiness
          ? { businessNameKo: optional(form.businessNameKo), businessNameEn: optional(form.businessNameEn) }
          : {}),
      }),
    onSuccess: async (session) => {
      await applySession(session);
      await navigate(homeOf(session));
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    accept.mutate();
  };
  return (
    <Stack component="form" onSubmit={submit} gap="sm">
      <FormError error={accept.error} />
      <TextInput label={t('fields.email')} value={invitation.email} readOnly />
      <TextInput
        label={t('fields.name')}
        required
        maxLength={120}
        autoComplete="name"
        value={form.name}
        onChange={(e) => set('name')(e.currentTarget.value)}
        error={fieldError(accept.error, 'name')}
      />
      <PasswordInput
        label={invitation.accountExists ? t('invitation.existingPassword') : t('fields.newPassword')}
        description={invitation.accountExists ? undefined : t('fields.passwordRule')}
        required
        minLength={invitation.accountExists ? undefined : 10}
        maxLength={200}
        autoComplete={invitation.accountExists ? 'current-password' : 'new-password'}
        value={form.password}
        onChange={(e) => set('password')(e.currentTarget.value)}
        error={fieldError(accept.error, 'password')}
      />
      <LocaleSelect value={locale} onChange={setLocale} error={fieldError(accept.error, 'locale')} />
      {withBusiness && (
        <>
          <TextInput
            label={t('fields.businessNameKo')}
            maxLength={200}
            value={form.businessNameKo}
            onChange={(e) => set('businessNameKo')(e.currentTarget.value)}
            error={fieldError(accept.error, 'businessNameKo')}
          />
          <TextInput
            label={t('fields.businessNameEn')}
            maxLength={200}
            value={form.businessNameEn}
            onChange={(e) => set('businessNameEn')(e.currentTarget.value)}
            error={fieldError(accept.error, 'businessNameEn')}
          />
        </>
      )}
      <Button type="submit" loading={accept.isPending}>
        {t('invitation.submit')}
      </Button>
    </Stack>
  );
}
