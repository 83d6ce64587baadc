import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { badgeColors, type DocumentSummary } from './types.ts';

/** The expiry status as a badge (expired, ≤7, ≤30, ≤60 days) and the days left in words. */
export function ExpiryBadge({ document }: { document: Pick<DocumentSummary, 'badge' | 'daysLeft'> }) {
  const { t } = useTranslation();
  const { badge, daysLeft } = document;
  return (
    <Group gap={6} wrap="nowrap">
      <Badge color={badgeColors[badge]} variant="outline">
        {t(`documents.badge.${badge}`)}
      </Badge>
      {daysLeft !== null && badge !== 'later' && (
        <Text size="sm" c="dark.6">
          {daysLeft < 0
            ? t('documents.expiredAgo', { count: -daysLeft })
            : t('documents.daysLeft', { count: daysLeft })}
        </Text>
      )}
    </Group>
  );
}
