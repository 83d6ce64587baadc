import { Alert, Anchor, Badge, Card, Group, Progress, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { api } from '../api.ts';
import { PageState } from '../components/PageState.tsx';
import { overdueColor, statusColors, type CaseView } from './types.ts';

/**
 * /market-entry/cases/:token — the company's case page through its private link. It reads in the language
 * the company chose (Korean by default for Korea), whatever the browser says: the texts come from the case.
 */
export function CasePage() {
  const { token = '' } = useParams();
  const { i18n } = useTranslation();
  const query = useQuery({
    queryKey: ['marketEntryCase', token],
    queryFn: () => api.get<CaseView>(`/market-entry/cases/${encodeURIComponent(token)}`),
  });
  const view = query.data;
  if (!view) {
    return <PageState error={query.error} />;
  }
  const t = i18n.getFixedT(view.locale);
  const dateFormat = new Intl.DateTimeFormat(view.locale === 'ko' ? 'ko-KR' : 'en-US', {
    dateStyle: 'medium',
    timeZone: 'UTC',
  });
  const day = (date: string) => dateFormat.format(new Date(`${date}T12:00:00Z`));
  const { done, total, overdue } = view.progress;
  return (
    <Stack maw={720} mx="auto" gap="md" lang={view.locale}>
      <Title order={1}>{t('marketEntry.case.title', { company: view.companyName })}</Title>
      <Text>
        {t('marketEntry.case.with', { organization: view.organization.name, date: day(view.targetDate) })}
      </Text>
      {view.status === 'applied' && <Alert variant="outline">{t('marketEntry.case.waiting')}</Alert>}
      {view.status === 'declined' && <Alert variant="outline">{t('marketEntry.case.declined')}</Alert>}
      {total > 0 && (
        <Stack gap={4}>
          <Group gap="sm">
            <Text fw={600}>{t('marketEntry.case.progress', { done, total })}</Text>
            {overdue > 0 && (
              <Badge color={overdueColor}>{t('marketEntry.case.overdueCount', { count: overdue })}</Badge>
            )}
          </Group>
          <Progress
            value={(done / total) * 100}
            aria-label={t('marketEntry.case.progress', { done, total })}
          />
        </Stack>
      )}
      <Stack gap="sm" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {view.steps.map((step) => (
          <Card component="li" key={step.id} withBorder padding="sm">
            <Stack gap={6}>
              <Group justify="space-between" gap="xs">
                <Title order={2} size="h4">
                  {step.title}
                </Title>
                <Group gap={4}>
                  <Badge color={statusColors[step.status]}>{t(`marketEntry.status.${step.status}`)}</Badge>
                  {step.overdue && <Badge color={overdueColor}>{t('marketEntry.step.overdue')}</Badge>}
                </Group>
              </Group>
              <Text size="sm">{step.explanation}</Text>
              <Text size="sm" fw={600}>
                {t('marketEntry.case.due', { date: day(step.dueOn) })}
                {step.pillar ? ` · ${step.pillar}` : ''}
              </Text>
              {step.partner && (
                <Text size="sm">
                  {t('marketEntry.case.partner')}:{' '}
                  {/* The partner's public page (its mini-site), a full page load: it is served without the app. */}
                  <Anchor href={`/b/${encodeURIComponent(step.partner.slug)}`}>{step.partner.name}</Anchor> —{' '}
                  {step.partner.reason}
                </Text>
              )}
              {step.note && (
                <Text size="sm">
                  {t('marketEntry.case.note')}: {step.note}
                </Text>
              )}
            </Stack>
          </Card>
        ))}
      </Stack>
    </Stack>
  );
}
