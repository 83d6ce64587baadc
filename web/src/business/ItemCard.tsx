import { Badge, Button, Card, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLocalized } from '../components/localized.ts';
import type { PillarRef } from './types.ts';

/** One offer or need in the owner's list, with edit and delete buttons named after it. */
export function ItemCard(props: {
  pillar: PillarRef;
  descriptionKo: string;
  descriptionEn: string;
  details: string[];
  deleting: boolean;
  onEdit: () => void;
  onDelete: () => void;
}) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const pillarName = localized(props.pillar.nameKo, props.pillar.nameEn);
  return (
    <Card withBorder component="li">
      <Badge variant="outline">{pillarName}</Badge>
      <Text mt="xs">{localized(props.descriptionKo, props.descriptionEn)}</Text>
      {props.details.length > 0 && <Text size="sm">{props.details.join(' · ')}</Text>}
      <Group mt="sm" gap="xs">
        <Button
          size="xs"
          variant="outline"
          onClick={props.onEdit}
          aria-label={t('common.editItem', { name: pillarName })}
        >
          {t('common.edit')}
        </Button>
        <Button
          size="xs"
          variant="outline"
          color="red.9"
          loading={props.deleting}
          onClick={() => {
            if (window.confirm(t('common.confirmDelete'))) {
              props.onDelete();
            }
          }}
          aria-label={t('common.deleteItem', { name: pillarName })}
        >
          {t('common.delete')}
        </Button>
      </Group>
    </Card>
  );
}
