import { Card, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useLocalized } from '../components/localized.ts';

/** One of my needs (matches) or offers (leads) with its candidates below it. */
export function ItemSection({
  id,
  item,
  empty,
  children,
}: {
  id: string;
  item: { pillar: { nameKo: string; nameEn: string }; descriptionKo: string; descriptionEn: string };
  /** Shown when there are no candidates. */
  empty: string | null;
  children: ReactNode;
}) {
  const localized = useLocalized();
  return (
    <Card withBorder component="section" aria-labelledby={id}>
      <Stack gap="xs">
        <Title order={3} size="h4" id={id}>
          {localized(item.pillar.nameKo, item.pillar.nameEn)}:{' '}
          {localized(item.descriptionKo, item.descriptionEn)}
        </Title>
        {empty !== null && <Text size="sm">{empty}</Text>}
        {children}
      </Stack>
    </Card>
  );
}
