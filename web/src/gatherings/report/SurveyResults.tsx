import { Blockquote, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useReportFormat } from './format.ts';
import type { SurveyResults as Results } from './types.ts';

const WIDTH = 320;
const LABEL = 28;
const VALUE_SPACE = 36;
const BAR = 18;
const GAP = 8;
const COLOR = 'var(--mantine-color-blue-7)';

/**
 * How many answered 1 to 5, as horizontal SVG bars. The image's label reads the same counts out, so a
 * screen reader gets the whole chart in one sentence.
 */
function RatingBars({ distribution }: { distribution: Results['distribution'] }) {
  const { t } = useTranslation();
  const max = Math.max(1, ...distribution.map((d) => d.count));
  const rows = [...distribution].reverse();
  const label = t('eventReport.survey.chartLabel', {
    counts: rows
      .map((d) => t('eventReport.survey.chartPart', { rating: d.rating, count: d.count }))
      .join(', '),
  });
  return (
    <svg
      viewBox={`0 0 ${WIDTH} ${rows.length * (BAR + GAP)}`}
      width="100%"
      style={{ maxWidth: 480 }}
      role="img"
      aria-label={label}
    >
      {rows.map((d, index) => {
        const y = index * (BAR + GAP);
        const width = (d.count / max) * (WIDTH - LABEL - VALUE_SPACE);
        return (
          <g key={d.rating}>
            <text x={0} y={y + BAR - 4} fontSize={13} fill="currentColor">
              {`${d.rating}★`}
            </text>
            <rect x={LABEL} y={y} width={width} height={BAR} rx={3} fill={COLOR} />
            <text x={LABEL + width + 6} y={y + BAR - 4} fontSize={13} fill="currentColor">
              {d.count}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <Stack gap={0}>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fz="xl" fw={700}>
        {value}
      </Text>
    </Stack>
  );
}

/** The survey's results: responses, average, would come again, the distribution, the comments. */
export function SurveyResults({ results }: { results: Results }) {
  const { t } = useTranslation();
  const f = useReportFormat();
  if (results.responses === 0) {
    return <Text>{t('eventReport.survey.none')}</Text>;
  }
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 3 }}>
        <Figure label={t('eventReport.survey.responses')} value={String(results.responses)} />
        <Figure
          label={t('eventReport.survey.average')}
          value={results.averageRating === null ? '—' : `${f.number(results.averageRating)} / 5`}
        />
        <Figure
          label={t('eventReport.survey.wouldReturn')}
          value={results.wouldReturnPercent === null ? '—' : `${results.wouldReturnPercent}%`}
        />
      </SimpleGrid>
      <RatingBars distribution={results.distribution} />
      <Stack gap="xs">
        <Text fw={600}>{t('eventReport.survey.comments', { count: results.comments.length })}</Text>
        {results.comments.map((c) => (
          <Blockquote key={`${c.at}-${c.comment}`} p="sm" color="gray">
            <Group gap="xs" mb={4}>
              <Text size="sm" fw={600}>{`${c.rating}★`}</Text>
              <Text size="sm" c="dimmed">
                {c.wouldReturn ? t('eventReport.survey.comesAgain') : t('eventReport.survey.notAgain')}
              </Text>
            </Group>
            <Text style={{ whiteSpace: 'pre-wrap' }}>{c.comment}</Text>
          </Blockquote>
        ))}
      </Stack>
    </Stack>
  );
}
