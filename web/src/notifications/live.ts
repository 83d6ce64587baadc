import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';

export interface NotificationItem {
  id: string;
  kind: string;
  title: string;
  body: string;
  link: string | null;
  readAt: string | null;
  createdAt: string;
}

export interface NotificationList {
  unreadCount: number;
  items: NotificationItem[];
}

/** Without a live stream, how often the list is fetched again. */
const POLL_MS = 30_000;

/** The list in the reader's language: the server translates titles and bodies. */
export function useNotifications(enabled: boolean, refetchInterval: number | false = false) {
  const { i18n } = useTranslation();
  return useQuery({
    queryKey: ['notifications', i18n.language],
    queryFn: () => api.get<NotificationList>('/notifications'),
    enabled,
    refetchInterval,
  });
}

/**
 * Keeps the notification list current while the page is open: server-sent events when the stream
 * works, polling every 30 s while it does not (a proxy that buffers, a browser without EventSource).
 * Reconnects when the language changes so new notifications arrive in it.
 */
export function useLiveNotifications(enabled: boolean) {
  const { i18n } = useTranslation();
  const queryClient = useQueryClient();
  const [streaming, setStreaming] = useState(false);
  const list = useNotifications(enabled, streaming ? false : POLL_MS);

  useEffect(() => {
    if (!enabled || typeof EventSource === 'undefined') {
      return undefined;
    }
    const source = new EventSource('/api/v1/notifications/stream', { withCredentials: true });
    const setUnread = (unreadCount: number) =>
      queryClient.setQueriesData<NotificationList>({ queryKey: ['notifications'] }, (old) =>
        old ? { ...old, unreadCount } : old,
      );
    source.addEventListener('open', () => setStreaming(true));
    source.addEventListener('error', () => setStreaming(false));
    source.addEventListener('unread', (event) => {
      const data = JSON.parse((event as MessageEvent<string>).data) as { unreadCount: number };
      setUnread(data.unreadCount);
    });
    source.addEventListener('notification', () => {
      void queryClient.invalidateQueries({ queryKey: ['notifications'] });
      void queryClient.invalidateQueries({ queryKey: ['introductions'] });
    });
    return () => {
      source.close();
      setStreaming(false);
    };
  }, [enabled, i18n.language, queryClient]);

  return list;
}
