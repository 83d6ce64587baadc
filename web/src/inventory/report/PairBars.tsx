import { Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export interface Pair {
  key: string;
  label: string;
  habit: number;
  dari: number;
}

// Wide enough for a label column and two bars per row; the SVG scales down on a phone.
const WIDTH = 560;
const LABEL_WIDTH = 150;
const VALUE_SPACE = 90;
const BAR = 14;
const ROW_GAP = 14;
const HABIT_COLOR = 'var(--mantine-color-gray-6)';
const DARI_COLOR = 'var(--mantine-color-blue-7)';

function Swatch({ color, label }: { color: string; label: string }) {
  return (
    <Group gap={6}>
      <svg width={12} height={12} aria-hidden="true">
        <rect width={12} height={12} rx={2} fill={color} />
      </svg>
      <Text size="sm">{label}</Text>
    </Group>
  );
}

/**
 * The habit's and Dari's value of each row as two horizontal SVG bars on one scale, with the same
 * numbers in a table for screen readers and for reading exact values.
 */
export function PairBars({
  pairs,
  format,
  label,
}: {
  pairs: Pair[];
  format: (value: number) => string;
  /** What the chart shows, read out for the image. */
  label: string;
}) {
  const { t } = useTranslation();
  const max = Math.max(1, ...pairs.flatMap((p) => [p.habit, p.dari]));
  const rowHeight = 2 * BAR + ROW_GAP;
  const height = pairs.length * rowHeight;
  const scale = (value: number) => (Math.max(0, value) / max) * (WIDTH - LABEL_WIDTH - VALUE_SPACE);
  const habitName = t('costReport.habit');
  const dariName = t('costReport.dari');
  return (
    <>
      <Group gap="md" mb={4} aria-hidden="true">
        <Swatch color={HABIT_COLOR} label={habitName} />
        <Swatch color={DARI_COLOR} label={dariName} />
      </Group>
      <svg viewBox={`0 0 ${WIDTH} ${height}`} width="100%" role="img" aria-label={label}>
        {pairs.map((p, index) => {
          const y = index * rowHeight;
          return (
            <g key={p.key}>
              <text x={0} y={y + BAR + 4} fontSize={12} fill="currentColor">
                {p.label}
              </text>
              {(
                [
                  [p.habit, HABIT_COLOR, 0],
                  [p.dari, DARI_COLOR, BAR],
                ] as const
              ).map(([value, color, offset]) => (
                <g key={color}>
                  <rect
                    x={LABEL_WIDTH}
                    y={y + offset}
                    width={scale(value)}
                    height={BAR - 2}
                    rx={2}
                    fill={color}
                  />
                  <text
                    x={LABEL_WIDTH + scale(value) + 6}
                    y={y + offset + BAR - 4}
                    fontSize={11}
                    fill="currentColor"
                  >
                    {format(value)}
                  </text>
                </g>
              ))}
            </g>
          );
        })}
      </svg>
      <Table.ScrollContainer minWidth={320}>
        <Table striped fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('costReport.chart.row')}</Table.Th>
              <Table.Th scope="col" ta="right">
                {habitName}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {dariName}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {pairs.map((p) => (
              <Table.Tr key={p.key}>
                <Table.Th scope="row" fw={400}>
                  {p.label}
                </Table.Th>
                <Table.Td ta="right">{format(p.habit)}</Table.Td>
                <Table.Td ta="right">{format(p.dari)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </>
  );
}
