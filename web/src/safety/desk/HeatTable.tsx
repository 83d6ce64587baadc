import { Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface Props {
  hourOfWeek: number[][];
  timeZone: string;
}

/** Seven rows (Sunday first) × 24 hours; darker cells hold more incidents. */
export function HeatTable({ hourOfWeek, timeZone }: Props) {
  const { t } = useTranslation();
  const days = t('desk.days', { returnObjects: true }) as string[];
  const max = Math.max(1, ...hourOfWeek.flat());
  const hours = Array.from({ length: 24 }, (_, h) => h);
  return (
    <section aria-label={t('desk.heat')}>
      <Title order={2} size="h4" mb="xs">
        {t('desk.heat')}
      </Title>
      <Table.ScrollContainer minWidth={720}>
        <Table withTableBorder withColumnBorders fz="xs" horizontalSpacing={2} verticalSpacing={2}>
          <caption>
            <Text size="xs">{t('desk.heatCaption', { timeZone })}</Text>
          </caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col" />
              {hours.map((h) => (
                <Table.Th key={h} scope="col" ta="center">
                  {h}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {hourOfWeek.map((row, day) => (
              <Table.Tr key={day}>
                <Table.Th scope="row">{days[day]}</Table.Th>
                {row.map((count, hour) => {
                  const strength = count / max;
                  return (
                    <Table.Td
                      key={hour}
                      ta="center"
                      style={{
                        background: count ? `rgba(201, 42, 42, ${0.15 + 0.85 * strength})` : undefined,
                        color: strength > 0.5 ? '#fff' : undefined,
                      }}
                    >
                      {count || ''}
                    </Table.Td>
                  );
                })}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </section>
  );
}
