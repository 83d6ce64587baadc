import { Anchor, Badge, Button, Card, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useLocalized } from '../components/localized.ts';
import type { CandidateBusiness } from './types.ts';

interface Props {
  business: CandidateBusiness;
  score: number;
  reasons: string[];
  /** "Their offer: …" or "Their need: …", when the match is about one. */
  detail: string | null;
  onIntroduce: () => void;
  onHide?: () => void;
  hiding?: boolean;
}

/** One suggested business: name, score, the reasons in one line, and what to do about it. */
export function CandidateCard({ business, score, reasons, detail, onIntroduce, onHide, hiding }: Props) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const name = localized(business.nameKo, business.nameEn);
  return (
    <Card withBorder component="article" aria-label={name} padding="sm">
      <Stack gap={6}>
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Anchor component={Link} to={`/directory/${business.slug}`} fw={600}>
            {name}
          </Anchor>
          <Badge variant="outline" color="blue.9">
            {t('matches.score', { score })}
          </Badge>
        </Group>
        {detail && <Text size="sm">{detail}</Text>}
        {reasons.length > 0 && <Text size="sm">{reasons.join(' · ')}</Text>}
        <Group gap="xs">
          <Button size="xs" onClick={onIntroduce} aria-label={t('matches.introduceLabel', { name })}>
            {t('matches.introduce')}
          </Button>
          {onHide && (
            <Button
              size="xs"
              variant="outline"
              color="gray.8"
              loading={hiding}
              onClick={onHide}
              aria-label={t('matches.hideLabel', { name })}
            >
              {t('matches.hide')}
            </Button>
          )}
        </Group>
      </Stack>
    </Card>
  );
}
