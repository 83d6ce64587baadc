import { Anchor, Button, Card, Group, Modal, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api } from '../api.ts';
import { FormError } from '../components/forms.tsx';
import { eventApi, eventKeys } from './queries.ts';
import { eventPaths, type EventDetail } from './types.ts';

/** For the organization's managers: the event's other pages, editing, and cancelling (after a confirmation). */
export function EventManageCard({
  event,
  date,
  dateLabel,
}: {
  event: EventDetail;
  date: string;
  dateLabel: string;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState<'occurrence' | 'event' | null>(null);
  const org = event.organizationSlug;
  const cancel = useMutation({
    mutationFn: (what: 'occurrence' | 'event') =>
      api.post<EventDetail>(`${eventApi.event(org, event.id)}/cancel`, {
        version: event.version,
        ...(what === 'occurrence' ? { date } : {}),
      }),
    onSuccess: async (updated) => {
      queryClient.setQueryData(eventKeys.event(org, event.id), updated);
      await queryClient.invalidateQueries({ queryKey: eventKeys.list(org) });
      setConfirming(null);
    },
  });
  const link = (to: string, label: string) => (
    <Anchor component={Link} to={to}>
      {label}
    </Anchor>
  );
  const occurrenceCancelled = event.cancelledDates.includes(date);
  return (
    <Card withBorder padding="sm" component="section" aria-labelledby="manage-title">
      <Title order={2} size="h4" id="manage-title" mb="xs">
        {t('gatherings.manage.title')}
      </Title>
      <Group gap="md" wrap="wrap">
        {date && link(eventPaths.registrations(org, event.id, date), t('gatherings.manage.registrations'))}
        {date && link(eventPaths.checkIn(org, event.id, date), t('gatherings.manage.checkIn'))}
        {date && link(eventPaths.report(org, event.id, date), t('gatherings.manage.report'))}
        {date && link(eventPaths.survey(org, event.id, date), t('gatherings.manage.survey'))}
        {event.kind === 'expo' && link(eventPaths.schedule(org, event.id), t('gatherings.manage.schedule'))}
        {link(eventPaths.edit(org, event.id), t('gatherings.manage.edit'))}
      </Group>
      {event.status === 'scheduled' && (
        <Group gap="xs" mt="sm">
          {date && !occurrenceCancelled && (
            <Button variant="outline" color="red.9" onClick={() => setConfirming('occurrence')}>
              {t('gatherings.manage.cancelOccurrence')}
            </Button>
          )}
          <Button variant="outline" color="red.9" onClick={() => setConfirming('event')}>
            {t('gatherings.manage.cancelEvent')}
          </Button>
        </Group>
      )}
      <Modal
        opened={confirming !== null}
        onClose={() => setConfirming(null)}
        title={t(
          confirming === 'event' ? 'gatherings.manage.cancelEvent' : 'gatherings.manage.cancelOccurrence',
        )}
      >
        <Stack gap="sm">
          <Text>
            {confirming === 'event'
              ? t('gatherings.manage.confirmEvent')
              : t('gatherings.manage.confirmOccurrence', { date: dateLabel })}
          </Text>
          <FormError error={cancel.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(null)}>
              {t('gatherings.manage.keep')}
            </Button>
            <Button
              color="red.9"
              loading={cancel.isPending}
              onClick={() => confirming && cancel.mutate(confirming)}
            >
              {t('gatherings.manage.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Card>
  );
}
