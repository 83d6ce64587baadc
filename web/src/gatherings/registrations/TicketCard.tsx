import { Alert, Badge, Button, Group, Image, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../components/forms.tsx';
import type { Registration, RegistrationStatus } from './types.ts';

export const statusColors: Record<RegistrationStatus, string> = {
  registered: 'teal.9',
  waitlisted: 'violet.9',
  cancelled: 'gray.8',
};

/** Hours and minutes on the event's clock. */
export function useClock() {
  const { i18n } = useTranslation();
  return (iso: string, timeZone: string) =>
    new Intl.DateTimeFormat(i18n.language === 'ko' ? 'ko-KR' : 'en-US', {
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZone,
    }).format(new Date(iso));
}

/**
 * One's registration: the status, the place on the waitlist, the ticket's QR code to show at the door, and
 * cancelling (asked twice, since a place given up may go to the next person waiting at once).
 */
export function TicketCard(props: { registration: Registration; onCancel: () => Promise<unknown> }) {
  const { registration, onCancel } = props;
  const { t } = useTranslation();
  const clock = useClock();
  const [confirming, setConfirming] = useState(false);
  const cancel = useMutation({ mutationFn: onCancel, onSuccess: () => setConfirming(false) });
  const { status, event } = registration;
  return (
    <Stack gap="sm">
      <Group gap="xs">
        <Text fw={600}>{t('registrations.ticket.status')}</Text>
        <Badge color={statusColors[status]} variant="outline" size="lg">
          {t(`registrations.status.${status}`)}
        </Badge>
      </Group>
      {status === 'waitlisted' && (
        <Text role="status">
          {t('registrations.ticket.position', { position: registration.waitlistPosition ?? 0 })}
        </Text>
      )}
      <Text>
        {registration.name} · {registration.email}
        {registration.company && ` · ${registration.company}`}
      </Text>
      {status === 'registered' && (
        <Stack gap={4} align="flex-start">
          <Image
            src={registration.ticketQr}
            alt={t('registrations.ticket.qrAlt')}
            w={240}
            h={240}
            fit="contain"
            bg="white"
          />
          <Text size="sm">{t('registrations.ticket.showAtDoor')}</Text>
          <Text size="xs" c="dimmed" style={{ wordBreak: 'break-all' }}>
            {t('registrations.ticket.code', { code: registration.ticketCode })}
          </Text>
        </Stack>
      )}
      {registration.checkedInAt && (
        <Alert color="teal.9" variant="outline">
          {t('registrations.ticket.checkedIn', { time: clock(registration.checkedInAt, event.timeZone) })}
        </Alert>
      )}
      {status !== 'cancelled' && !confirming && (
        <Button variant="outline" color="red.9" w="fit-content" onClick={() => setConfirming(true)}>
          {t('registrations.ticket.cancel')}
        </Button>
      )}
      {confirming && (
        <Alert color="red.9" variant="outline" title={t('registrations.ticket.confirmTitle')}>
          <Stack gap="xs">
            <Text size="sm">{t('registrations.ticket.confirmText')}</Text>
            <Group gap="xs">
              <Button color="red.9" loading={cancel.isPending} onClick={() => cancel.mutate()}>
                {t('registrations.ticket.confirmCancel')}
              </Button>
              <Button variant="default" onClick={() => setConfirming(false)}>
                {t('registrations.ticket.keep')}
              </Button>
            </Group>
          </Stack>
        </Alert>
      )}
      <FormError error={cancel.error} />
    </Stack>
  );
}
