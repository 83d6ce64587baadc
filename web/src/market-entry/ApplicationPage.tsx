import { Anchor, Badge, Button, Card, Group, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { api } from '../api.ts';
import { fieldError, FormError } from '../components/forms.tsx';
import { useLocalized } from '../components/localized.ts';
import { PageState } from '../components/PageState.tsx';
import { StepEditor } from './StepEditor.tsx';
import { applicationsPath, statusColors, type ApplicationDetail } from './types.ts';

/** /market-entry/:orgSlug/:id — the committee's case page: the application, accepting it, the checklist. */
export function ApplicationPage() {
  const { orgSlug = '', id = '' } = useParams();
  const { t } = useTranslation();
  const localized = useLocalized();
  const queryClient = useQueryClient();
  const key = ['marketEntry', orgSlug, id];
  const url = `${applicationsPath(orgSlug)}/${id}`;
  const query = useQuery({ queryKey: key, queryFn: () => api.get<ApplicationDetail>(url) });
  const decide = useMutation({
    mutationFn: (action: 'accept' | 'decline') => api.post<ApplicationDetail>(`${url}/${action}`),
    onSuccess: (detail) => queryClient.setQueryData(key, detail),
  });
  const [step, setStep] = useState({ titleKo: '', titleEn: '', dueOn: '' });
  const add = useMutation({
    mutationFn: () => api.post<ApplicationDetail>(`${url}/steps`, step),
    onSuccess: (detail) => {
      queryClient.setQueryData(key, detail);
      setStep({ titleKo: '', titleEn: '', dueOn: '' });
    },
  });
  const a = query.data;
  if (!a) {
    return <PageState error={query.error} />;
  }
  return (
    <Stack maw={960} mx="auto" gap="md">
      <Anchor component={Link} to={`/market-entry/${orgSlug}`}>
        {t('marketEntry.detail.back')}
      </Anchor>
      <Group gap="sm">
        <Title order={1}>{localized(a.companyNameKo, a.companyNameEn)}</Title>
        <Badge color={statusColors[a.status]}>{t(`marketEntry.status.${a.status}`)}</Badge>
      </Group>
      <Text>
        {t('marketEntry.detail.contact')}: {a.contactName} ({a.contactEmail}) ·{' '}
        {t(`marketEntry.countries.${a.country}`, { defaultValue: a.country })} · {a.industry} · {a.targetDate}
      </Text>
      {a.needs.length > 0 && (
        <Text>
          {t('marketEntry.detail.needs')}: {a.needs.map((n) => t(`marketEntry.steps.${n}`)).join(', ')}
        </Text>
      )}
      {a.message && (
        <Text style={{ whiteSpace: 'pre-wrap' }}>
          {t('marketEntry.detail.message')}: {a.message}
        </Text>
      )}
      <Anchor component={Link} to={a.casePath}>
        {t('marketEntry.detail.caseLink')}
      </Anchor>
      {a.status === 'applied' && (
        <Group gap="xs">
          <Button onClick={() => decide.mutate('accept')} loading={decide.isPending}>
            {t('marketEntry.detail.accept')}
          </Button>
          <Button variant="outline" color="gray" onClick={() => decide.mutate('decline')}>
            {t('marketEntry.detail.decline')}
          </Button>
        </Group>
      )}
      <FormError error={decide.error} />
      {a.status === 'accepted' && (
        <Stack gap="sm" component="section" aria-labelledby="checklist-title">
          <Title order={2} id="checklist-title" size="h3">
            {t('marketEntry.detail.checklist')} ({a.progress.done}/{a.progress.total})
          </Title>
          <Stack gap="sm" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {a.steps.map((s) => (
              <StepEditor key={`${s.id}-${s.dueOn}-${s.status}`} orgSlug={orgSlug} application={a} step={s} />
            ))}
          </Stack>
          <Card withBorder padding="sm">
            <Stack
              gap="xs"
              component="form"
              aria-label={t('marketEntry.detail.addStep')}
              onSubmit={(e) => {
                e.preventDefault();
                add.mutate();
              }}
            >
              <Title order={3} size="h4">
                {t('marketEntry.detail.addStep')}
              </Title>
              <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="xs">
                {(['titleKo', 'titleEn'] as const).map((field) => (
                  <TextInput
                    key={field}
                    label={t(`marketEntry.detail.${field}`)}
                    required
                    maxLength={160}
                    value={step[field]}
                    onChange={(e) => setStep({ ...step, [field]: e.currentTarget.value })}
                    error={fieldError(add.error, field)}
                  />
                ))}
                <TextInput
                  label={t('marketEntry.step.dueOn')}
                  type="date"
                  required
                  value={step.dueOn}
                  onChange={(e) => setStep({ ...step, dueOn: e.currentTarget.value })}
                  error={fieldError(add.error, 'dueOn')}
                />
              </SimpleGrid>
              <FormError error={add.error} />
              <Button type="submit" w="fit-content" size="xs" loading={add.isPending}>
                {t('marketEntry.detail.add')}
              </Button>
            </Stack>
          </Card>
        </Stack>
      )}
    </Stack>
  );
}
