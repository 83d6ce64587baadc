import { Anchor, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api.ts';
import { personLabel, useSlotTime } from './format.ts';
import { meetingsApi, type Agenda } from './types.ts';

/** The attendee's agenda: time (the event's zone) and table of each meeting, with the PDF and the calendar file. */
export function AgendaSection({
  org,
  eventId,
  timeZone,
}: {
  org: string;
  eventId: string;
  timeZone: string;
}) {
  const { t } = useTranslation();
  const slotTime = useSlotTime(timeZone);
  const base = meetingsApi(org, eventId);
  const agenda = useQuery({
    queryKey: ['b2b', org, eventId, 'agenda'],
    queryFn: () => api.get<Agenda>(`${base}/agenda`),
  });
  const items = agenda.data?.items ?? [];
  return (
    <Stack gap="xs" component="section" aria-labelledby="b2b-agenda-title">
      <Title order={2} size="h4" id="b2b-agenda-title">
        {t('b2b.agenda.title')}
      </Title>
      <Text size="sm">{t('b2b.agenda.zone', { zone: timeZone })}</Text>
      {items.length === 0 && <Text size="sm">{t('b2b.agenda.none')}</Text>}
      {items.length > 0 && (
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('b2b.agenda.time')}</Table.Th>
              <Table.Th scope="col">{t('b2b.agenda.table')}</Table.Th>
              <Table.Th scope="col">{t('b2b.agenda.with')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((m) => (
              <Table.Tr key={m.requestId}>
                <Table.Td>{slotTime(m.startsAt, m.endsAt)}</Table.Td>
                <Table.Td>{t('b2b.agenda.tableNumber', { table: m.table })}</Table.Td>
                <Table.Td>{personLabel(m.other)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {(agenda.data?.waiting ?? 0) > 0 && (
        <Text size="sm">{t('b2b.agenda.waiting', { count: agenda.data?.waiting })}</Text>
      )}
      <Group gap="md">
        <Anchor href={`/api/v1${base}/agenda.pdf`}>{t('b2b.agenda.pdf')}</Anchor>
        <Anchor href={`/api/v1${base}/agenda.ics`}>{t('b2b.agenda.ics')}</Anchor>
      </Group>
    </Stack>
  );
}
