import { Alert, Button, Stack, TextInput, Textarea, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { EmailInput, FormError, fieldError } from '../components/forms.tsx';
import { currentLocale } from '../i18n.ts';

/** Public "apply to join" form; an org admin approves or rejects the application. */
export function ApplyForm({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const [form, setForm] = useState({ email: '', name: '', businessName: '', message: '' });
  const apply = useMutation({
    mutationFn: () =>
      api.post(`/organizations/${encodeURIComponent(slug)}/applications`, {
        ...form,
        locale: currentLocale(),
      }),
  });
  const set = (key: keyof typeof form) => (value: string) => setForm((f) => ({ ...f, [key]: value }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    apply.mutate();
  };

  if (apply.isSuccess) {
    return (
      <Alert color="teal.9" variant="outline" role="status" title={t('apply.sentTitle')}>
        {t('apply.sent')}
      </Alert>
    );
  }
  return (
    <Stack component="form" onSubmit={submit} aria-labelledby="apply-title" gap="sm">
      <Title order={2} id="apply-title">
        {t('apply.title')}
      </Title>
      <FormError error={apply.error} />
      <TextInput
        label={t('fields.name')}
        required
        maxLength={200}
        autoComplete="name"
        value={form.name}
        onChange={(e) => set('name')(e.currentTarget.value)}
        error={fieldError(apply.error, 'name')}
      />
      <EmailInput value={form.email} onChange={set('email')} error={fieldError(apply.error, 'email')} />
      <TextInput
        label={t('fields.businessName')}
        required
        maxLength={200}
        autoComplete="organization"
        value={form.businessName}
        onChange={(e) => set('businessName')(e.currentTarget.value)}
        error={fieldError(apply.error, 'businessName')}
      />
      <Textarea
        label={t('apply.message')}
        maxLength={2000}
        autosize
        minRows={3}
        value={form.message}
        onChange={(e) => set('message')(e.currentTarget.value)}
        error={fieldError(apply.error, 'message')}
      />
      <Button type="submit" loading={apply.isPending} style={{ alignSelf: 'flex-start' }}>
        {t('apply.submit')}
      </Button>
    </Stack>
  );
}
