import { Alert, Card, Group, Progress, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useDateFormat } from '../../components/localized.ts';
import { LevelBadge, levelColors } from './LevelBadge.tsx';
import { NextSteps } from './NextSteps.tsx';
import type { Result } from './types.ts';

/** The score, its level, how many legal requirements are open, and the next steps. */
export function ResultView({ result }: { result: Result }) {
  const { t } = useTranslation();
  const formatDate = useDateFormat();
  const date = formatDate(result.createdAt);
  return (
    <Stack gap="lg">
      <Card withBorder component="section" aria-labelledby="result-title">
        <Stack gap="sm">
          <Title order={2} size="h3" id="result-title" tabIndex={-1}>
            {t('assess.result.title')}
          </Title>
          <Group gap="md" align="center">
            <Text fz={40} fw={700} lh={1}>
              {result.percent}%
            </Text>
            <LevelBadge level={result.level} size="lg" />
          </Group>
          <Progress
            value={result.percent}
            color={levelColors[result.level]}
            size="lg"
            aria-label={t('assess.result.score')}
          />
          <Text size="sm">{t('assess.result.points', { score: result.score, max: result.maxScore })}</Text>
          <Text size="sm" c="dimmed">
            {result.completedBy
              ? t('assess.result.takenBy', { date, name: result.completedBy })
              : t('assess.result.taken', { date })}
          </Text>
          {result.requiredGaps > 0 && (
            <Alert color="red.9" variant="outline">
              {t('assess.result.requiredGaps', { count: result.requiredGaps })}
            </Alert>
          )}
        </Stack>
      </Card>
      {result.nextSteps.length === 0 ? (
        <Text>{t('assess.result.noGaps')}</Text>
      ) : (
        <NextSteps steps={result.nextSteps} />
      )}
    </Stack>
  );
}
