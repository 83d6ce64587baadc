import {
  Alert,
  Anchor,
  Button,
  Checkbox,
  Group,
  NativeSelect,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { api } from '../api.ts';
import { fieldError, FormError } from '../components/forms.tsx';
import { useLocalized } from '../components/localized.ts';
import { PageState } from '../components/PageState.tsx';
import { applicationsPath, countries, stepKeys, type Applied } from './types.ts';

interface Organization {
  nameKo: string;
  nameEn: string;
}

/** /market-entry/:orgSlug/apply — the public, bilingual application form of the concierge. */
export function ApplyPage() {
  const { orgSlug = '' } = useParams();
  const { t } = useTranslation();
  const localized = useLocalized();
  const organization = useQuery({
    queryKey: ['organization', orgSlug],
    queryFn: () => api.get<Organization>(`/organizations/${encodeURIComponent(orgSlug)}`),
  });
  const [form, setForm] = useState({
    companyNameKo: '',
    companyNameEn: '',
    country: 'KR',
    industry: '',
    contactName: '',
    contactEmail: '',
    targetDate: '',
    message: '',
  });
  /** Korean for a company from Korea until the applicant picks a language. */
  const [locale, setLocale] = useState<'ko' | 'en' | null>(null);
  const [needs, setNeeds] = useState<string[]>([]);
  const send = useMutation({
    mutationFn: () =>
      api.post<Applied>(applicationsPath(orgSlug), {
        ...form,
        locale: locale ?? (form.country === 'KR' ? 'ko' : 'en'),
        needs,
      }),
  });
  if (!organization.data) {
    return <PageState error={organization.error} />;
  }
  const name = localized(organization.data.nameKo, organization.data.nameEn);
  if (send.data) {
    return (
      <Stack maw={720} mx="auto">
        <Title order={1}>{t('marketEntry.apply.sentTitle')}</Title>
        <Alert color="green" variant="outline">
          {t('marketEntry.apply.sent')}
        </Alert>
        <Anchor component={Link} to={send.data.casePath}>
          {t('marketEntry.apply.openCase')}
        </Anchor>
      </Stack>
    );
  }
  const text = (field: keyof typeof form, max = 160) => (
    <TextInput
      label={t(`marketEntry.apply.${field}`)}
      required
      maxLength={max}
      value={form[field]}
      onChange={(e) => setForm({ ...form, [field]: e.currentTarget.value })}
      error={fieldError(send.error, field)}
    />
  );
  return (
    <Stack maw={720} mx="auto">
      <Title order={1}>{t('marketEntry.apply.title', { name })}</Title>
      <Text>{t('marketEntry.apply.intro')}</Text>
      <Stack
        component="form"
        gap="sm"
        aria-label={t('marketEntry.apply.submit')}
        onSubmit={(e) => {
          e.preventDefault();
          send.mutate();
        }}
      >
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          {text('companyNameKo')}
          {text('companyNameEn')}
          <NativeSelect
            label={t('marketEntry.apply.country')}
            value={form.country}
            onChange={(e) => setForm({ ...form, country: e.currentTarget.value })}
            data={countries.map((c) => ({ value: c, label: t(`marketEntry.countries.${c}`) }))}
            error={fieldError(send.error, 'country')}
          />
          {text('industry', 120)}
          {text('contactName', 120)}
          <TextInput
            label={t('marketEntry.apply.contactEmail')}
            type="email"
            required
            maxLength={254}
            value={form.contactEmail}
            onChange={(e) => setForm({ ...form, contactEmail: e.currentTarget.value })}
            error={fieldError(send.error, 'contactEmail')}
          />
          <NativeSelect
            label={t('marketEntry.apply.locale')}
            value={locale ?? (form.country === 'KR' ? 'ko' : 'en')}
            onChange={(e) => setLocale(e.currentTarget.value === 'ko' ? 'ko' : 'en')}
            data={(['ko', 'en'] as const).map((l) => ({ value: l, label: t(`marketEntry.languages.${l}`) }))}
          />
          <TextInput
            label={t('marketEntry.apply.targetDate')}
            type="date"
            required
            value={form.targetDate}
            onChange={(e) => setForm({ ...form, targetDate: e.currentTarget.value })}
            error={fieldError(send.error, 'targetDate')}
          />
        </SimpleGrid>
        <Checkbox.Group
          label={t('marketEntry.apply.needs')}
          value={needs}
          onChange={setNeeds}
          error={fieldError(send.error, 'needs.0')}
        >
          <Group gap="sm" mt="xs">
            {stepKeys.map((key) => (
              <Checkbox key={key} value={key} label={t(`marketEntry.steps.${key}`)} />
            ))}
          </Group>
        </Checkbox.Group>
        <Textarea
          label={t('marketEntry.apply.message')}
          autosize
          minRows={3}
          maxLength={4000}
          value={form.message}
          onChange={(e) => setForm({ ...form, message: e.currentTarget.value })}
          error={fieldError(send.error, 'message')}
        />
        <FormError error={send.error} />
        <Button type="submit" w="fit-content" loading={send.isPending}>
          {t('marketEntry.apply.submit')}
        </Button>
      </Stack>
    </Stack>
  );
}
