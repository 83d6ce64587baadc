import { Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { api } from '../../api.ts';
import { KEEP_WORDS } from '../keepWords.ts';
import { PageState } from '../../components/PageState.tsx';
import { useLocalized } from '../../components/localized.ts';
import { MonthBars } from './MonthBars.tsx';
import { RetentionCard } from './RetentionCard.tsx';
import { AlertReach, ChecklistSpread, TypeBars } from './Sections.tsx';
import type { Dashboard } from './types.ts';

/** /safety/dashboard/:orgSlug — the organization's safety picture for admins and liaisons, with CSV export. */
export function DashboardPage() {
  const { orgSlug = '' } = useParams();
  const { t, i18n } = useTranslation();
  const localized = useLocalized();
  const dashboard = useQuery({
    queryKey: ['safety-dashboard', orgSlug, i18n.language],
    queryFn: () => api.get<Dashboard>(`/organizations/${encodeURIComponent(orgSlug)}/safety-dashboard`),
  });
  const d = dashboard.data;
  if (!d) {
    return <PageState error={dashboard.error} />;
  }
  const exportUrl = `/api/v1/organizations/${encodeURIComponent(d.organization.slug)}/safety-dashboard/export?lang=${i18n.language === 'ko' ? 'ko' : 'en'}`;
  return (
    <Stack maw={1040} mx="auto" gap="lg" style={KEEP_WORDS}>
      <Group justify="space-between" align="flex-end">
        <Stack gap={4}>
          <Title order={1}>
            {t('safetyDashboard.title', { name: localized(d.organization.nameKo, d.organization.nameEn) })}
          </Title>
          <Text size="sm" c="dimmed">
            {t('safetyDashboard.period', { from: d.months[0], to: d.months[d.months.length - 1] })}
          </Text>
        </Stack>
        <Button component="a" href={exportUrl} download variant="outline">
          {t('safetyDashboard.download')}
        </Button>
      </Group>

      <Stack component="section" aria-labelledby="incidents-title" gap="sm">
        <Title order={2} size="h3" id="incidents-title">
          {t('safetyDashboard.incidents.title')}
        </Title>
        <Text>{t('safetyDashboard.incidents.total', { count: d.incidents.total })}</Text>
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <Card withBorder component="section" aria-labelledby="by-month-title">
            <Title order={3} size="h5" id="by-month-title" mb="xs">
              {t('safetyDashboard.incidents.byMonth')}
            </Title>
            <MonthBars byMonth={d.incidents.byMonth} />
          </Card>
          <Card withBorder component="section" aria-labelledby="by-type-title">
            <Title order={3} size="h5" id="by-type-title" mb="xs">
              {t('safetyDashboard.incidents.byType')}
            </Title>
            <TypeBars byType={d.incidents.byType} />
          </Card>
        </SimpleGrid>
      </Stack>

      <Stack component="section" aria-labelledby="alerts-title" gap="sm">
        <Title order={2} size="h3" id="alerts-title">
          {t('safetyDashboard.alerts.title')}
        </Title>
        <AlertReach alerts={d.alerts} />
      </Stack>

      <Stack component="section" aria-labelledby="checklists-title" gap="sm">
        <Title order={2} size="h3" id="checklists-title">
          {t('safetyDashboard.checklists.title')}
        </Title>
        <ChecklistSpread checklists={d.checklists} />
      </Stack>

      <RetentionCard slug={d.organization.slug} months={d.retentionMonths} canManage={d.canManageRetention} />
    </Stack>
  );
}
