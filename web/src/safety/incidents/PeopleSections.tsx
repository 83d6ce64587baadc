import { Button, Card, Group, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Suspect, Vehicle } from './types.ts';

const MAX_ITEMS = 5;

interface ListProps<T> {
  items: T[];
  onChange: (items: T[]) => void;
}

function useListEditing<T>({ items, onChange }: ListProps<T>) {
  return {
    set: (index: number, change: Partial<T>) =>
      onChange(items.map((item, i) => (i === index ? { ...item, ...change } : item))),
    remove: (index: number) => onChange(items.filter((_, i) => i !== index)),
    add: (item: T) => onChange([...items, item]),
  };
}

/** Suspects by appearance and behaviour only: the form has no field for ethnicity, religion or the like. */
export function SuspectsSection(props: ListProps<Suspect>) {
  const { t } = useTranslation();
  const { set, remove, add } = useListEditing(props);
  const fields = ['clothing', 'height', 'build', 'marks', 'behaviour'] as const;
  return (
    <Stack gap="xs">
      <Text size="sm" c="dimmed">
        {t('report.suspectsHint')}
      </Text>
      {props.items.map((suspect, index) => (
        <Card key={index} withBorder padding="sm" component="fieldset">
          <Group justify="space-between" mb="xs">
            <Title order={3} size="h5" component="legend">
              {t('report.suspect', { n: index + 1 })}
            </Title>
            <Button variant="subtle" color="red" size="compact-sm" onClick={() => remove(index)}>
              {t('report.removeSuspect', { n: index + 1 })}
            </Button>
          </Group>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
            {fields.map((field) => (
              <TextInput
                key={field}
                label={t(`report.${field}`)}
                maxLength={field === 'height' || field === 'build' ? 40 : 200}
                value={suspect[field] ?? ''}
                onChange={(e) => set(index, { [field]: e.currentTarget.value })}
              />
            ))}
          </SimpleGrid>
        </Card>
      ))}
      {props.items.length < MAX_ITEMS && (
        <Button variant="light" onClick={() => add({})} w="fit-content">
          {t('report.addSuspect')}
        </Button>
      )}
    </Stack>
  );
}

export function VehiclesSection(props: ListProps<Vehicle>) {
  const { t } = useTranslation();
  const { set, remove, add } = useListEditing(props);
  const fields = ['make', 'model', 'color', 'plate', 'direction'] as const;
  const limits = { make: 60, model: 60, color: 40, plate: 20, direction: 120 };
  return (
    <Stack gap="xs">
      {props.items.map((vehicle, index) => (
        <Card key={index} withBorder padding="sm" component="fieldset">
          <Group justify="space-between" mb="xs">
            <Title order={3} size="h5" component="legend">
              {t('report.vehicle', { n: index + 1 })}
            </Title>
            <Button variant="subtle" color="red" size="compact-sm" onClick={() => remove(index)}>
              {t('report.removeVehicle', { n: index + 1 })}
            </Button>
          </Group>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
            {fields.map((field) => (
              <TextInput
                key={field}
                label={t(`report.${field}`)}
                maxLength={limits[field]}
                value={vehicle[field] ?? ''}
                onChange={(e) => set(index, { [field]: e.currentTarget.value })}
              />
            ))}
          </SimpleGrid>
        </Card>
      ))}
      {props.items.length < MAX_ITEMS && (
        <Button variant="light" onClick={() => add({})} w="fit-content">
          {t('report.addVehicle')}
        </Button>
      )}
    </Stack>
  );
}
