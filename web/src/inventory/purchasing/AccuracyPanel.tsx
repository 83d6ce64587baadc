import { Badge, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api.ts';
import { PageState } from '../../components/PageState.tsx';
import type { AccuracyTrack, SuggestionItem } from './types.ts';

// Dark shades on an outline: readable (WCAG AA contrast) on white.
const colors = { trust: 'teal.9', watch: '#a34700', 'too-little-history': 'gray.7' } as const;

/** How far to trust an item's forecast: its verdict, with the MASE behind it. */
export function AccuracyBadge({ accuracy }: { accuracy: SuggestionItem['accuracy'] }) {
  const { t } = useTranslation();
  return (
    <Badge color={colors[accuracy.verdict]} variant="outline" tt="none">
      {t(`purchasing.accuracy.${accuracy.verdict}`)}
      {accuracy.mase !== null && ` · ${accuracy.mase.toFixed(2)}`}
    </Badge>
  );
}

const WIDTH = 280;
const HEIGHT = 90;

/** Week-by-week MASE of the item's forecast and of "same as last week", as a small chart and a table. */
export function AccuracyDetails({ slug, productId }: { slug: string; productId: string }) {
  const { t } = useTranslation();
  const track = useQuery({
    queryKey: ['purchasing', slug, 'accuracy', productId],
    queryFn: () => api.get<AccuracyTrack>(`/businesses/${slug}/inventory/products/${productId}/accuracy`),
  });
  if (!track.data) {
    return <PageState error={track.error} />;
  }
  const weeks = track.data.weeks;
  if (weeks.length === 0) {
    return <Text size="sm">{t('purchasing.accuracy.explainShort')}</Text>;
  }
  const values = weeks.flatMap((w) => [w.mase ?? 0, w.baselineMase ?? 0]);
  const top = Math.max(1.5, ...values);
  const x = (i: number) => (weeks.length === 1 ? WIDTH / 2 : (i / (weeks.length - 1)) * (WIDTH - 20) + 10);
  const y = (v: number) => HEIGHT - 8 - (v / top) * (HEIGHT - 16);
  const line = (pick: (w: AccuracyTrack['weeks'][number]) => number | null) =>
    weeks
      .map((w, i) => [i, pick(w)] as const)
      .filter((p): p is readonly [number, number] => p[1] !== null)
      .map(([i, v]) => `${x(i).toFixed(1)},${y(v).toFixed(1)}`)
      .join(' ');
  return (
    <Stack gap={4}>
      <Text size="sm">{t(`purchasing.accuracy.explain.${track.data.verdict}`)}</Text>
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        width="100%"
        style={{ maxWidth: WIDTH }}
        role="img"
        aria-label={t('purchasing.accuracy.chart', {
          mase: track.data.mase?.toFixed(2) ?? '–',
          baseline: track.data.baselineMase?.toFixed(2) ?? '–',
        })}
      >
        <line x1={0} x2={WIDTH} y1={y(1)} y2={y(1)} stroke="#adb5bd" strokeDasharray="2 3" />
        <polyline points={line((w) => w.baselineMase)} fill="none" stroke="#868e96" strokeWidth={1.5} />
        <polyline points={line((w) => w.mase)} fill="none" stroke="#1c7ed6" strokeWidth={2} />
      </svg>
      <Table.ScrollContainer minWidth={260}>
        <Table fz="xs" verticalSpacing={2}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('purchasing.accuracy.week')}</Table.Th>
              <Table.Th ta="right">{t('purchasing.accuracy.forecast')}</Table.Th>
              <Table.Th ta="right">{t('purchasing.accuracy.baseline')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {weeks.map((w) => (
              <Table.Tr key={w.start}>
                <Table.Td>{w.start}</Table.Td>
                <Table.Td ta="right">{w.mase?.toFixed(2) ?? '–'}</Table.Td>
                <Table.Td ta="right">{w.baselineMase?.toFixed(2) ?? '–'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
