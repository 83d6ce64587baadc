import { Anchor, Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router-dom';
import { api } from '../api.ts';
import { useFormat } from '../admin/format.ts';
import { FormError } from '../components/forms.tsx';
import { PageState } from '../components/PageState.tsx';
import { useSession } from '../session.ts';
import { useNotifications, type NotificationItem } from './live.ts';

/** /notifications — the notification centre: newest first, unread ones marked, read one or all. */
export function NotificationsPage() {
  const { t } = useTranslation();
  const session = useSession();
  const queryClient = useQueryClient();
  const signedIn = Boolean(session.data?.user);
  const list = useNotifications(signedIn);
  const read = useMutation({
    mutationFn: (body: { ids: string[] } | { all: true }) => api.post('/notifications/read', body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['notifications'] }),
  });
  if (!session.data) {
    return <PageState error={session.error} />;
  }
  if (!signedIn) {
    return <Navigate to="/login" replace />;
  }
  const data = list.data;
  return (
    <Stack maw={760} mx="auto" gap="md">
      <Group justify="space-between" wrap="wrap">
        <Title order={1}>{t('notifications.title')}</Title>
        {data && data.unreadCount > 0 && (
          <Button variant="outline" loading={read.isPending} onClick={() => read.mutate({ all: true })}>
            {t('notifications.markAllRead')}
          </Button>
        )}
      </Group>
      <FormError error={read.error} />
      {!data && <PageState error={list.error} />}
      {data?.items.length === 0 && <Text>{t('notifications.empty')}</Text>}
      <Stack
        component="ul"
        gap="xs"
        p={0}
        m={0}
        style={{ listStyle: 'none' }}
        aria-label={t('notifications.title')}
      >
        {data?.items.map((item) => (
          <li key={item.id}>
            <NotificationCard item={item} onRead={() => read.mutate({ ids: [item.id] })} />
          </li>
        ))}
      </Stack>
    </Stack>
  );
}

function NotificationCard({ item, onRead }: { item: NotificationItem; onRead: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const unread = item.readAt === null;
  return (
    <Card withBorder padding="sm" component="article" bg={unread ? 'blue.0' : undefined}>
      <Group justify="space-between" wrap="wrap" gap="xs" align="flex-start">
        <Stack gap={2} style={{ flex: 1, minWidth: 200 }}>
          <Group gap="xs">
            {unread && (
              <Badge variant="outline" color="blue.9" size="sm">
                {t('notifications.unread')}
              </Badge>
            )}
            <Text fw={600} component="h2" size="md" m={0}>
              {item.link ? (
                <Anchor component={Link} to={item.link} onClick={unread ? onRead : undefined}>
                  {item.title}
                </Anchor>
              ) : (
                item.title
              )}
            </Text>
          </Group>
          {item.body && <Text size="sm">{item.body}</Text>}
          <Text size="sm" c="dimmed">
            {format.date(item.createdAt)}
          </Text>
        </Stack>
        {unread && (
          <Button
            size="compact-sm"
            variant="outline"
            onClick={onRead}
            aria-label={t('notifications.markReadItem', { title: item.title })}
          >
            {t('notifications.markRead')}
          </Button>
        )}
      </Group>
    </Card>
  );
}
