import { Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api.ts';
import { FormError } from '../../components/forms.tsx';
import { personLabel, useSlotTime } from './format.ts';
import { meetingsApi, type MeetingRequest, type RequestList } from './types.ts';

const statusColor = { pending: 'yellow', accepted: 'green', declined: 'gray', cancelled: 'gray' } as const;

/** Requests to the attendee (accept or decline) and their own (cancel), each with its status and place. */
export function RequestsSection({
  org,
  eventId,
  timeZone,
  list,
}: {
  org: string;
  eventId: string;
  timeZone: string;
  list: RequestList;
}) {
  const { t } = useTranslation();
  const section = (direction: 'incoming' | 'outgoing', items: MeetingRequest[]) => (
    <Stack gap="xs" component="section" aria-labelledby={`b2b-${direction}-title`}>
      <Title order={2} size="h4" id={`b2b-${direction}-title`}>
        {t(`b2b.requests.${direction}`)}
      </Title>
      {items.length === 0 && <Text size="sm">{t('b2b.requests.none')}</Text>}
      {items.map((r) => (
        <RequestCard key={r.id} org={org} eventId={eventId} timeZone={timeZone} request={r} />
      ))}
    </Stack>
  );
  return (
    <>
      {section('incoming', list.incoming)}
      {section('outgoing', list.outgoing)}
    </>
  );
}

function RequestCard({
  org,
  eventId,
  timeZone,
  request,
}: {
  org: string;
  eventId: string;
  timeZone: string;
  request: MeetingRequest;
}) {
  const { t } = useTranslation();
  const slotTime = useSlotTime(timeZone);
  const queryClient = useQueryClient();
  const base = `${meetingsApi(org, eventId)}/requests/${request.id}`;
  const act = useMutation({
    mutationFn: (action: 'accept' | 'decline' | 'cancel') =>
      action === 'cancel' ? api.delete<RequestList>(base) : api.post<RequestList>(`${base}/${action}`),
    onSuccess: async (data) => {
      queryClient.setQueryData(['b2b', org, eventId, 'requests'], data);
      await queryClient.invalidateQueries({ queryKey: ['b2b', org, eventId, 'agenda'] });
    },
  });
  const open = request.status === 'pending' || request.status === 'accepted';
  const headingId = `b2b-request-${request.id}`;
  return (
    <Card withBorder padding="xs" component="article" aria-labelledby={headingId}>
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
        <Stack gap={2}>
          <Text fw={700} id={headingId}>
            {personLabel(request.other)}
          </Text>
          {request.message && <Text size="sm">{request.message}</Text>}
          <Group gap="xs">
            <Badge color={statusColor[request.status]} variant="outline">
              {t(`b2b.status.${request.status}`)}
            </Badge>
            {request.meeting && (
              <Text size="sm">
                {t('b2b.agenda.place', {
                  time: slotTime(request.meeting.startsAt, request.meeting.endsAt),
                  table: request.meeting.table,
                })}
              </Text>
            )}
          </Group>
        </Stack>
        <Group gap="xs">
          {request.direction === 'incoming' && request.status === 'pending' && (
            <>
              <Button size="xs" onClick={() => act.mutate('accept')} loading={act.isPending}>
                {t('b2b.requests.accept')}
              </Button>
              <Button
                size="xs"
                variant="default"
                onClick={() => act.mutate('decline')}
                disabled={act.isPending}
              >
                {t('b2b.requests.decline')}
              </Button>
            </>
          )}
          {open && !(request.direction === 'incoming' && request.status === 'pending') && (
            <Button
              size="xs"
              variant="default"
              color="red"
              onClick={() => act.mutate('cancel')}
              loading={act.isPending}
            >
              {t('b2b.requests.cancel')}
            </Button>
          )}
        </Group>
      </Group>
      <FormError error={act.error} />
    </Card>
  );
}
