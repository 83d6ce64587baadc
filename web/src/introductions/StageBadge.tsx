import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Stage } from './types.ts';

const colors: Record<Stage, string> = {
  requested: 'blue.9',
  accepted: 'teal.9',
  declined: 'red.9',
  expired: 'gray.8',
  met: 'teal.9',
  active: 'green.9',
  closed: 'gray.8',
};

/** The stage in words, outlined in a dark shade that keeps AA contrast. */
export function StageBadge({ stage, outcome }: { stage: Stage; outcome?: 'won' | 'lost' | null }) {
  const { t } = useTranslation();
  const label =
    stage === 'closed' && outcome
      ? t('introduction.closedAs', { outcome: t(`introductions.outcomes.${outcome}`) })
      : t(`introductions.stages.${stage}`);
  return (
    <Badge variant="outline" color={colors[stage]}>
      {label}
    </Badge>
  );
}
