import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Level } from './types.ts';

/** Dark shades that keep AA contrast on white, outlined like the app's other status badges. */
export const levelColors: Record<Level, string> = {
  excellent: 'green.9',
  good: 'teal.9',
  fair: 'orange.9',
  poor: 'red.9',
};

export function LevelBadge({ level, size = 'md' }: { level: Level; size?: 'md' | 'lg' }) {
  const { t } = useTranslation();
  return (
    <Badge variant="outline" color={levelColors[level]} size={size}>
      {t(`assess.levels.${level}`)}
    </Badge>
  );
}
