import { Card, Group, Progress, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { levelColors } from '../assess/LevelBadge.tsx';
import { incidentTypes, levels, type Dashboard } from './types.ts';

/** Each incident type as a labelled bar, longest for the most frequent. */
export function TypeBars({ byType }: { byType: Dashboard['incidents']['byType'] }) {
  const { t } = useTranslation();
  const max = Math.max(1, ...incidentTypes.map((type) => byType[type]));
  return (
    <Stack gap={6}>
      {incidentTypes.map((type) => (
        <Stack key={type} gap={2}>
          <Group justify="space-between" gap="xs">
            <Text size="sm">{t(`safetyDashboard.types.${type}`)}</Text>
            <Text size="sm" fw={600}>
              {byType[type]}
            </Text>
          </Group>
          <Progress
            value={(byType[type] / max) * 100}
            color="blue.8"
            aria-label={`${t(`safetyDashboard.types.${type}`)}: ${byType[type]}`}
          />
        </Stack>
      ))}
    </Stack>
  );
}

function Stat({ label, value }: { label: string; value: string }) {
  return (
    <Card withBorder padding="sm">
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fz="xl" fw={700}>
        {value}
      </Text>
    </Card>
  );
}

export function AlertReach({ alerts }: { alerts: Dashboard['alerts'] }) {
  const { t } = useTranslation();
  const minutes = (value: number | null) =>
    value === null ? t('safetyDashboard.alerts.none') : t('safetyDashboard.alerts.minutes', { count: value });
  return (
    <SimpleGrid cols={{ base: 2, sm: 3 }}>
      <Stat label={t('safetyDashboard.alerts.raised')} value={String(alerts.raised)} />
      <Stat label={t('safetyDashboard.alerts.recipients')} value={String(alerts.recipients)} />
      <Stat
        label={t('safetyDashboard.alerts.seenShare')}
        value={
          alerts.seenShare === null
            ? t('safetyDashboard.alerts.none')
            : `${Math.round(alerts.seenShare * 100)}%`
        }
      />
      <Stat label={t('safetyDashboard.alerts.sightings')} value={String(alerts.sightings)} />
      <Stat
        label={t('safetyDashboard.alerts.medianToSeen')}
        value={minutes(alerts.medianMinutesToFirstSeen)}
      />
      <Stat
        label={t('safetyDashboard.alerts.medianFromReport')}
        value={minutes(alerts.medianMinutesFromReportToFirstSeen)}
      />
    </SimpleGrid>
  );
}

/** Per checklist, the latest results of the member businesses as one bar split by level. */
export function ChecklistSpread({ checklists }: { checklists: Dashboard['checklists'] }) {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={{ base: 1, sm: 3 }}>
      {checklists.map((c) => (
        <Card key={c.kind} withBorder component="article" aria-labelledby={`spread-${c.kind}`}>
          <Stack gap="xs">
            <Title order={3} size="h5" id={`spread-${c.kind}`}>
              {c.title}
            </Title>
            <Text size="sm">
              {t('safetyDashboard.checklists.assessed', { assessed: c.assessed, businesses: c.businesses })}
            </Text>
            {c.assessed === 0 ? (
              <Text size="sm" c="dimmed">
                {t('safetyDashboard.checklists.noResults')}
              </Text>
            ) : (
              <>
                <Text size="sm" fw={600}>
                  {t('safetyDashboard.checklists.average', { percent: c.averagePercent })}
                </Text>
                <Progress.Root size="xl" aria-hidden>
                  {levels.map((level) => (
                    <Progress.Section
                      key={level}
                      value={(c.levels[level] / c.assessed) * 100}
                      color={levelColors[level]}
                    />
                  ))}
                </Progress.Root>
                <Stack gap={0} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
                  {levels.map((level) => (
                    <Text key={level} component="li" size="sm">
                      {t(`assess.levels.${level}`)}: {c.levels[level]}
                    </Text>
                  ))}
                </Stack>
              </>
            )}
          </Stack>
        </Card>
      ))}
    </SimpleGrid>
  );
}
