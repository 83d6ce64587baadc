import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Plain download links: the browser sends the session cookie and saves the file. */
export function ExportTab({ slug }: { slug: string }) {
  const { t, i18n } = useTranslation();
  // A plain link sends the browser's Accept-Language, so the interface language is passed explicitly.
  const lang = i18n.language.startsWith('ko') ? 'ko' : 'en';
  const href = (format: 'csv' | 'xlsx') =>
    `/api/v1/organizations/${encodeURIComponent(slug)}/exports/members?format=${format}&lang=${lang}`;
  return (
    <Stack>
      <Title order={2}>{t('admin.export.title')}</Title>
      <Text c="dimmed">{t('admin.export.intro')}</Text>
      <Group>
        <Button component="a" href={href('csv')} download>
          {t('admin.export.csv')}
        </Button>
        <Button component="a" href={href('xlsx')} download variant="outline">
          {t('admin.export.xlsx')}
        </Button>
      </Group>
    </Stack>
  );
}
