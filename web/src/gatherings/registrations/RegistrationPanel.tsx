import { Card, Stack, Text, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { api } from '../../api.ts';
import { PageState } from '../../components/PageState.tsx';
import { useSession } from '../../session.ts';
import type { EventDetail } from '../types.ts';
import { RegistrationForm } from './RegistrationForm.tsx';
import { TicketCard } from './TicketCard.tsx';
import { registrationApi, registrationKeys, type Registration } from './types.ts';

/** Why registering is not possible for this occurrence, or null when it is. */
function closedReason(event: EventDetail, date: string): string | null {
  const occurrence = event.occurrences.find((o) => o.date === date);
  if (!event.canAttend) {
    return 'membersOnly';
  }
  if (!occurrence || occurrence.cancelled || event.status === 'cancelled') {
    return 'cancelled';
  }
  return new Date(occurrence.endsAt) <= new Date() ? 'ended' : null;
}

/**
 * On the event page: register for the chosen occurrence (or join its waitlist), then the ticket. A
 * signed-in person's registration is found by their account; a visitor's by the ticket code in the
 * address (`?ticket=`, the link of the confirmation e-mail, set here as soon as they register).
 */
export function RegistrationPanel({ event, occurrence }: { event: EventDetail; occurrence: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [params, setParams] = useSearchParams();
  const code = params.get('ticket');
  const signedIn = Boolean(useSession().data?.user);
  const org = event.organizationSlug;
  const ticket = useQuery({
    queryKey: registrationKeys.ticket(code ?? ''),
    queryFn: () => api.get<Registration>(registrationApi.ticket(org, event.id, code ?? '')),
    enabled: code !== null,
  });
  const mine = useQuery({
    queryKey: registrationKeys.mine(org, event.id, occurrence),
    queryFn: () =>
      api.get<{ registration: Registration | null }>(registrationApi.mine(org, event.id, occurrence)),
    enabled: code === null && signedIn,
  });
  const current = code !== null ? ticket.data : mine.data?.registration;
  const loading = code !== null ? ticket.isPending : signedIn && mine.isPending;
  const error = code !== null ? ticket.error : mine.error;

  const show = async (registration: Registration) => {
    queryClient.setQueryData(registrationKeys.ticket(registration.ticketCode), registration);
    queryClient.setQueryData(registrationKeys.mine(org, event.id, occurrence), { registration });
    await queryClient.invalidateQueries({ queryKey: ['events', org, event.id], exact: true });
    if (!signedIn) {
      setParams({ date: occurrence, ticket: registration.ticketCode }, { replace: true });
    }
  };
  const cancel = async () => {
    if (!current) {
      return;
    }
    const path =
      code !== null
        ? registrationApi.ticket(org, event.id, code)
        : registrationApi.one(org, event.id, occurrence, current.id);
    await show(await api.delete<Registration>(path));
  };

  const reason = closedReason(event, occurrence);
  const summary = event.occurrences.find((o) => o.date === occurrence);
  const full = event.capacity !== null && summary !== undefined && summary.registered >= event.capacity;
  let body;
  if (loading || error) {
    body = <PageState error={error} />;
  } else if (current && current.status !== 'cancelled') {
    body = <TicketCard registration={current} onCancel={cancel} />;
  } else if (reason) {
    body = <Text>{t(`registrations.closed.${reason}`)}</Text>;
  } else {
    body = (
      <Stack gap="xs">
        {current && <Text role="status">{t('registrations.ticket.wasCancelled')}</Text>}
        <RegistrationForm event={event} date={occurrence} full={full} onRegistered={(r) => void show(r)} />
      </Stack>
    );
  }
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="registration-title">
      <Stack gap="sm">
        <Title order={2} size="h3" id="registration-title">
          {current && current.status !== 'cancelled'
            ? t('registrations.ticket.title')
            : t('registrations.title')}
        </Title>
        {body}
      </Stack>
    </Card>
  );
}
