import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Open or closed, outlined in a dark shade that keeps AA contrast. */
export function StatusBadge({ status, size }: { status: 'open' | 'closed'; size?: 'sm' | 'lg' }) {
  const { t } = useTranslation();
  return (
    <Badge variant="outline" color={status === 'open' ? 'red.9' : 'gray.8'} size={size}>
      {t(`incidentStatus.${status}`)}
    </Badge>
  );
}
