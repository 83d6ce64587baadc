import { Button, Card, Group, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Speaker } from './types.ts';

/** The event's speakers: a name and a title in each language. */
export function SpeakersEditor({
  value,
  onChange,
}: {
  value: Speaker[];
  onChange: (next: Speaker[]) => void;
}) {
  const { t } = useTranslation();
  const update = (index: number, change: Partial<Speaker>) =>
    onChange(value.map((s, i) => (i === index ? { ...s, ...change } : s)));
  return (
    <Stack gap="xs" component="fieldset" style={{ border: 0, padding: 0, margin: 0 }}>
      <Title order={3} size="h5" component="legend">
        {t('gatherings.speakers.title')}
      </Title>
      {value.length === 0 && <Text size="sm">{t('gatherings.speakers.none')}</Text>}
      {value.map((speaker, index) => (
        <Card key={index} withBorder padding="xs">
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="xs">
            <TextInput
              label={t('gatherings.speakers.name', { n: index + 1 })}
              required
              maxLength={120}
              value={speaker.name}
              onChange={(e) => update(index, { name: e.currentTarget.value })}
            />
            <TextInput
              label={t('gatherings.speakers.titleKo', { n: index + 1 })}
              maxLength={200}
              value={speaker.titleKo}
              onChange={(e) => update(index, { titleKo: e.currentTarget.value })}
            />
            <TextInput
              label={t('gatherings.speakers.titleEn', { n: index + 1 })}
              maxLength={200}
              value={speaker.titleEn}
              onChange={(e) => update(index, { titleEn: e.currentTarget.value })}
            />
          </SimpleGrid>
          <Group justify="flex-end" mt="xs">
            <Button
              variant="subtle"
              color="red.9"
              size="xs"
              onClick={() => onChange(value.filter((_, i) => i !== index))}
            >
              {t('gatherings.speakers.remove', { n: index + 1 })}
            </Button>
          </Group>
        </Card>
      ))}
      <Button
        variant="light"
        w="fit-content"
        onClick={() => onChange([...value, { name: '', titleKo: '', titleEn: '' }])}
      >
        {t('gatherings.speakers.add')}
      </Button>
    </Stack>
  );
}
