import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Dashboard } from './types.ts';

// Narrow enough that the labels stay readable when a phone scales the chart down.
const WIDTH = 360;
const HEIGHT = 160;
const BAR_GAP = 6;
const LABEL_SPACE = 20;

/** "2026-03" as a short month in the reader's language ("3월", "Mar"). */
function useMonthLabel() {
  const { i18n } = useTranslation();
  const format = new Intl.DateTimeFormat(i18n.language === 'ko' ? 'ko-KR' : 'en-US', {
    month: 'short',
    timeZone: 'UTC',
  });
  return (month: string) => format.format(new Date(`${month}-01T00:00:00Z`));
}

/** Incidents per month as plain SVG bars, with the same numbers in a table for screen readers. */
export function MonthBars({ byMonth }: { byMonth: Dashboard['incidents']['byMonth'] }) {
  const { t } = useTranslation();
  const label = useMonthLabel();
  const max = Math.max(1, ...byMonth.map((m) => m.total));
  const slot = WIDTH / byMonth.length;
  const barWidth = slot - BAR_GAP;
  const chartHeight = HEIGHT - LABEL_SPACE * 2;
  return (
    <>
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        width="100%"
        role="img"
        aria-label={t('safetyDashboard.incidents.chartLabel')}
      >
        {byMonth.map((m, index) => {
          const height = (m.total / max) * chartHeight;
          const x = index * slot + BAR_GAP / 2;
          const y = LABEL_SPACE + chartHeight - height;
          return (
            <g key={m.month}>
              <rect x={x} y={y} width={barWidth} height={height} fill="var(--mantine-color-blue-8)" rx={2} />
              <text x={x + barWidth / 2} y={y - 4} textAnchor="middle" fontSize={11} fill="currentColor">
                {m.total}
              </text>
              <text
                x={x + barWidth / 2}
                y={HEIGHT - 4}
                textAnchor="middle"
                fontSize={10}
                fill="var(--mantine-color-gray-7)"
              >
                {label(m.month)}
              </text>
            </g>
          );
        })}
      </svg>
      <Table.ScrollContainer minWidth={280}>
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('safetyDashboard.incidents.month')}</Table.Th>
              <Table.Th scope="col">{t('safetyDashboard.incidents.count')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {byMonth.map((m) => (
              <Table.Tr key={m.month}>
                <Table.Td>{m.month}</Table.Td>
                <Table.Td>{m.total}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </>
  );
}
