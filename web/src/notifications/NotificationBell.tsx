import { ActionIcon, Indicator } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useSession } from '../session.ts';
import { useLiveNotifications } from './live.ts';

/** The header's bell: a link to the notification centre, with the unread count kept live. */
export function NotificationBell() {
  const { t } = useTranslation();
  const session = useSession();
  const signedIn = Boolean(session.data?.user);
  const list = useLiveNotifications(signedIn);
  if (!signedIn) {
    return null;
  }
  const unread = list.data?.unreadCount ?? 0;
  const label = unread > 0 ? t('notifications.bellUnread', { count: unread }) : t('notifications.bell');
  return (
    <Indicator
      label={unread > 99 ? '99+' : String(unread)}
      disabled={unread === 0}
      size={18}
      color="red.9"
      offset={4}
    >
      <ActionIcon component={Link} to="/notifications" variant="default" size="lg" aria-label={label}>
        <svg
          width="20"
          height="20"
          viewBox="0 0 24 24"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
          aria-hidden="true"
        >
          <path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
          <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
        </svg>
      </ActionIcon>
    </Indicator>
  );
}
