import { Badge, Card, List, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useReportFormat } from './format.ts';
import type { Attendance, EventReport } from './types.ts';

const CARDS = [
  'registered',
  'attended',
  'noShows',
  'meetingsScheduled',
  'meetingsHeld',
  'leads',
  'introductions',
  'partnerships',
] as const;

const DEFINITIONS = [...CARDS, 'survey'] as const;

const ATTENDANCE_COLORS: Record<Attendance, string> = {
  attended: 'teal.9',
  noShow: 'red.9',
  expected: 'blue.9',
  waitlisted: 'grape.9',
  cancelled: 'gray.7',
};

/** One card per number; attendance also shows its share of the registered. */
export function NumberCards({ totals }: { totals: EventReport['totals'] }) {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
      {CARDS.map((key) => (
        <Card
          key={key}
          withBorder
          padding="sm"
          component="section"
          aria-label={t(`eventReport.numbers.${key}`)}
        >
          <Text size="sm" c="dimmed">
            {t(`eventReport.numbers.${key}`)}
          </Text>
          <Text fz={28} fw={700} lh={1.2}>
            {totals[key]}
          </Text>
          {key === 'attended' && totals.attendancePercent !== null && (
            <Text size="sm">
              {t('eventReport.numbers.ofRegistered', { percent: totals.attendancePercent })}
            </Text>
          )}
        </Card>
      ))}
    </SimpleGrid>
  );
}

/** What each number counts, in the same words as the README. */
export function Definitions() {
  const { t } = useTranslation();
  return (
    <List size="sm" spacing={4}>
      {DEFINITIONS.map((key) => (
        <List.Item key={key}>
          <Text span fw={600} size="sm">
            {t(`eventReport.numbers.${key}`)}
          </Text>
          {` — ${t(`eventReport.definitions.${key}`)}`}
        </List.Item>
      ))}
    </List>
  );
}

/** Every registration of the occurrence with its attendance and what came out of it. */
export function AttendeeTable({ report }: { report: EventReport }) {
  const { t } = useTranslation();
  const f = useReportFormat();
  if (report.attendees.length === 0) {
    return <Text>{t('eventReport.attendees.none')}</Text>;
  }
  const columns = ['company', 'status', 'checkedInAt', 'meetings', 'leads', 'introductions'] as const;
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped fz="sm">
        <Table.Caption>
          {t('eventReport.attendees.caption', { count: report.attendees.length })}
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('eventReport.attendees.name')}</Table.Th>
            {columns.map((c) => (
              <Table.Th key={c} scope="col">
                {t(`eventReport.attendees.${c}`)}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {report.attendees.map((a) => (
            <Table.Tr key={a.registrationId}>
              <Table.Th scope="row" fw={500}>
                {a.name}
              </Table.Th>
              <Table.Td>{a.company}</Table.Td>
              <Table.Td>
                <Badge variant="outline" color={ATTENDANCE_COLORS[a.attendance]}>
                  {t(`eventReport.attendance.${a.attendance}`)}
                </Badge>
              </Table.Td>
              <Table.Td>{a.checkedInAt ? f.time(a.checkedInAt, report.event.timeZone) : '—'}</Table.Td>
              <Table.Td>
                {t('eventReport.attendees.heldOf', { held: a.meetingsHeld, scheduled: a.meetingsScheduled })}
              </Table.Td>
              <Table.Td>{a.leads}</Table.Td>
              <Table.Td>{a.introductions}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

export function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Card withBorder component="section" aria-labelledby={id}>
      <Stack gap="xs">
        <Text component="h2" fz="h4" fw={700} id={id}>
          {title}
        </Text>
        {children}
      </Stack>
    </Card>
  );
}
