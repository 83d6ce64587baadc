import {
  ActionIcon,
  Button,
  Card,
  Group,
  NumberInput,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api.ts';
import { fieldError, FormError } from '../../components/forms.tsx';
import { meetingsApi, type Break, type Settings } from './types.ts';

const whole = (value: string | number) => (typeof value === 'number' ? value : Number.NaN);

/** The organizer's slot length, hours, breaks and tables; the server checks them all and saves nothing if one fails. */
export function SettingsForm({
  org,
  eventId,
  settings,
}: {
  org: string;
  eventId: string;
  settings: Settings;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [slotMinutes, setSlotMinutes] = useState<string | number>(settings.slotMinutes);
  const [dayStart, setDayStart] = useState(settings.dayStart);
  const [dayEnd, setDayEnd] = useState(settings.dayEnd);
  const [breaks, setBreaks] = useState<Break[]>(settings.breaks);
  const [tableCount, setTableCount] = useState<string | number>(settings.tableCount);
  const save = useMutation({
    mutationFn: () =>
      api.put<Settings>(`${meetingsApi(org, eventId)}/settings`, {
        slotMinutes: whole(slotMinutes),
        dayStart,
        dayEnd,
        breaks,
        tableCount: whole(tableCount),
      }),
    onSuccess: async (data) => {
      queryClient.setQueryData(['b2b', org, eventId, 'settings'], data);
      await queryClient.invalidateQueries({ queryKey: ['b2b', org, eventId, 'schedule'] });
    },
  });
  const setBreak = (i: number, part: keyof Break, value: string) =>
    setBreaks(breaks.map((b, j) => (j === i ? { ...b, [part]: value } : b)));
  return (
    <Card withBorder padding="sm" component="section" aria-labelledby="b2b-settings-title">
      <Stack
        gap="xs"
        component="form"
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate();
        }}
      >
        <Title order={2} size="h4" id="b2b-settings-title">
          {t('b2b.settings.title')}
        </Title>
        <Text size="sm">
          {t('b2b.settings.hours', {
            start: settings.eventStart,
            end: settings.eventEnd,
            zone: settings.timeZone,
          })}
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
          <NumberInput
            label={t('b2b.settings.slotMinutes')}
            min={5}
            max={120}
            allowDecimal={false}
            value={slotMinutes}
            onChange={setSlotMinutes}
            error={fieldError(save.error, 'slotMinutes')}
          />
          <NumberInput
            label={t('b2b.settings.tableCount')}
            min={0}
            allowDecimal={false}
            value={tableCount}
            onChange={setTableCount}
            error={fieldError(save.error, 'tableCount')}
          />
          <TextInput
            type="time"
            label={t('b2b.settings.dayStart')}
            value={dayStart}
            onChange={(e) => setDayStart(e.currentTarget.value)}
            error={fieldError(save.error, 'dayStart')}
          />
          <TextInput
            type="time"
            label={t('b2b.settings.dayEnd')}
            value={dayEnd}
            onChange={(e) => setDayEnd(e.currentTarget.value)}
            error={fieldError(save.error, 'dayEnd')}
          />
        </SimpleGrid>
        {breaks.map((b, i) => (
          <Group key={i} align="flex-end" gap="xs">
            <TextInput
              type="time"
              label={t('b2b.settings.breakStart', { n: i + 1 })}
              value={b.start}
              onChange={(e) => setBreak(i, 'start', e.currentTarget.value)}
              error={fieldError(save.error, `breaks.${i}`)}
            />
            <TextInput
              type="time"
              label={t('b2b.settings.breakEnd', { n: i + 1 })}
              value={b.end}
              onChange={(e) => setBreak(i, 'end', e.currentTarget.value)}
            />
            <ActionIcon
              variant="default"
              size="lg"
              aria-label={t('b2b.settings.removeBreak', { n: i + 1 })}
              onClick={() => setBreaks(breaks.filter((_, j) => j !== i))}
            >
              ×
            </ActionIcon>
          </Group>
        ))}
        <FormError error={save.error} />
        {save.isSuccess && (
          <Text size="sm">{t('b2b.settings.saved', { count: save.data.slots.length })}</Text>
        )}
        <Group>
          <Button variant="default" onClick={() => setBreaks([...breaks, { start: '12:00', end: '13:00' }])}>
            {t('b2b.settings.addBreak')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {t('b2b.settings.save')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
