import { Anchor, Badge, Group, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { api } from '../../api.ts';
import { PageState } from '../../components/PageState.tsx';
import { useLocalized } from '../../components/localized.ts';
import { useEventTime } from '../format.ts';
import { useEvent } from '../queries.ts';
import { eventPaths, type Answers, type RegistrationQuestion } from '../types.ts';
import { statusColors, useClock } from './TicketCard.tsx';
import { registrationApi, registrationKeys, type Counts, type RegistrationList } from './types.ts';

const FILTERS = ['all', 'registered', 'waitlisted', 'cancelled', 'checkedIn'] as const;
type Filter = (typeof FILTERS)[number];

/** Answers in words: each question's label and what was answered (option labels, not their codes). */
function useAnswerText(questions: RegistrationQuestion[]) {
  const localized = useLocalized();
  return (answers: Answers) =>
    questions
      .filter((q) => answers[q.id] !== undefined)
      .map((q) => {
        const given = answers[q.id];
        const values = Array.isArray(given) ? given : [given ?? ''];
        const words = values.map((v) => {
          const option = q.options.find((o) => o.value === v);
          return option ? localized(option.labelKo, option.labelEn) : v;
        });
        return `${localized(q.labelKo, q.labelEn)}: ${words.join(', ')}`;
      });
}

export function CountLine({ counts }: { counts: Counts }) {
  const { t } = useTranslation();
  return (
    <Text role="status" fw={600}>
      {t(counts.capacity === null ? 'registrations.countsNoLimit' : 'registrations.counts', {
        registered: counts.registered,
        capacity: counts.capacity,
        waitlisted: counts.waitlisted,
        cancelled: counts.cancelled,
        checkedIn: counts.checkedIn,
      })}
    </Text>
  );
}

/** /events/:orgSlug/:eventId/registrations?date= — organizers: who registered for one occurrence, and their answers. */
export function RegistrationsPage() {
  const { orgSlug = '', eventId = '' } = useParams();
  const date = useSearchParams()[0].get('date') ?? '';
  const { t } = useTranslation();
  const localized = useLocalized();
  const time = useEventTime();
  const clock = useClock();
  const [filter, setFilter] = useState<Filter>('all');
  const event = useEvent(orgSlug, eventId);
  const list = useQuery({
    queryKey: registrationKeys.list(orgSlug, eventId, date),
    queryFn: () => api.get<RegistrationList>(registrationApi.list(orgSlug, eventId, date)),
  });
  const answerText = useAnswerText(event.data?.questions ?? []);
  const data = list.data;
  if (!data || !event.data) {
    return <PageState error={list.error ?? event.error} />;
  }
  const zone = event.data.timeZone;
  const items = data.items.filter((r) =>
    filter === 'all' ? true : filter === 'checkedIn' ? r.checkedInAt !== null : r.status === filter,
  );
  return (
    <Stack maw={1100} mx="auto" gap="md">
      <Anchor component={Link} to={eventPaths.event(orgSlug, eventId, date)}>
        {t('registrations.list.back')}
      </Anchor>
      <Title order={1}>
        {t('registrations.list.title', { title: localized(event.data.titleKo, event.data.titleEn) })}
      </Title>
      <Group gap="md">
        <Text>{time.day(data.occurrence.startsAt, zone)}</Text>
        <Anchor component={Link} to={eventPaths.checkIn(orgSlug, eventId, date)}>
          {t('registrations.list.checkIn')}
        </Anchor>
      </Group>
      <CountLine counts={data.counts} />
      <SegmentedControl
        aria-label={t('registrations.list.filter')}
        value={filter}
        onChange={(value) => setFilter(value as Filter)}
        data={FILTERS.map((f) => ({ value: f, label: t(`registrations.list.filters.${f}`) }))}
        style={{ alignSelf: 'flex-start' }}
      />
      {items.length === 0 ? (
        <Text>{t('registrations.list.none')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={760}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('registrations.list.name')}</Table.Th>
                <Table.Th>{t('registrations.list.company')}</Table.Th>
                <Table.Th>{t('registrations.list.status')}</Table.Th>
                <Table.Th>{t('registrations.list.checkedIn')}</Table.Th>
                <Table.Th>{t('registrations.list.answers')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((r) => (
                <Table.Tr key={r.id}>
                  <Table.Td>
                    <Text size="sm">{r.name}</Text>
                    <Text size="xs" c="dimmed">
                      {r.email}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    {r.business ? localized(r.business.nameKo, r.business.nameEn) : r.company}
                  </Table.Td>
                  <Table.Td>
                    <Badge color={statusColors[r.status]} variant="outline">
                      {t(`registrations.status.${r.status}`)}
                      {r.waitlistPosition !== null && ` #${r.waitlistPosition}`}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{r.checkedInAt ? clock(r.checkedInAt, zone) : '—'}</Table.Td>
                  <Table.Td>
                    {answerText(r.answers).map((line) => (
                      <Text key={line} size="xs">
                        {line}
                      </Text>
                    ))}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
