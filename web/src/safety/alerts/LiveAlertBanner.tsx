import { Alert, Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api } from '../../api.ts';
import { FormError } from '../../components/forms.tsx';
import { useNotifications, type NotificationItem } from '../../notifications/live.ts';
import { useSession } from '../../session.ts';
import { alertIdOf, alertKey } from './queries.ts';

/** Alerts older than a day have expired (the longest expiry is 24 hours); the banner leaves them to the list. */
const RECENT_MS = 24 * 3_600_000;

function isLiveAlert(item: NotificationItem, now: number): boolean {
  return (
    item.kind.startsWith('alert.') &&
    item.readAt === null &&
    alertIdOf(item.link) !== null &&
    now - new Date(item.createdAt).getTime() < RECENT_MS
  );
}

/**
 * Across the whole app: the newest unread safety alert, shown as soon as it arrives. It reads the
 * notification list that the header's live stream keeps current (no second connection), so an alert
 * raised anywhere appears within the stream's delivery time.
 */
export function LiveAlertBanner() {
  const { t } = useTranslation();
  const session = useSession();
  const signedIn = Boolean(session.data?.user);
  const list = useNotifications(signedIn);
  const queryClient = useQueryClient();
  const answer = useMutation({
    mutationFn: async ({ item, action }: { item: NotificationItem; action: 'seen' | 'saw-too' | null }) => {
      const alertId = alertIdOf(item.link);
      if (action && alertId) {
        await api.post(`/alerts/${alertId}/${action}`, {});
        await queryClient.invalidateQueries({ queryKey: alertKey(alertId) });
      }
      await api.post('/notifications/read', { ids: [item.id] });
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['notifications'] }),
  });
  const now = Date.now();
  const alerts = (list.data?.items ?? []).filter((item) => isLiveAlert(item, now));
  const [item] = alerts;
  if (!signedIn || !item) {
    return null;
  }
  const raised = item.kind === 'alert.raised';
  const busy = answer.isPending;
  return (
    <Alert
      role="alert"
      color={raised ? 'red.9' : 'blue.9'}
      variant="outline"
      bg="var(--mantine-color-body)"
      mb="md"
      title={item.title}
    >
      <Stack gap="xs">
        {item.body && <Text size="sm">{item.body}</Text>}
        <FormError error={answer.error} />
        <Group gap="xs" wrap="wrap">
          {raised ? (
            <>
              <Button
                size="compact-md"
                color="red.9"
                loading={busy}
                onClick={() => answer.mutate({ item, action: 'seen' })}
              >
                {t('alerts.banner.seen')}
              </Button>
              <Button
                size="compact-md"
                variant="outline"
                color="red.9"
                disabled={busy}
                onClick={() => answer.mutate({ item, action: 'saw-too' })}
              >
                {t('alerts.banner.sawToo')}
              </Button>
            </>
          ) : (
            <Button
              size="compact-md"
              variant="outline"
              loading={busy}
              onClick={() => answer.mutate({ item, action: null })}
            >
              {t('alerts.banner.dismiss')}
            </Button>
          )}
          <Anchor component={Link} to={item.link ?? '/notifications'} size="sm">
            {t('alerts.banner.open')}
          </Anchor>
          {alerts.length > 1 && (
            <Anchor component={Link} to="/notifications" size="sm">
              {t('alerts.banner.more', { count: alerts.length - 1 })}
            </Anchor>
          )}
        </Group>
      </Stack>
    </Alert>
  );
}
