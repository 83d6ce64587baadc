import { NativeSelect, NumberInput, SimpleGrid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { WEEKDAYS, type Recurrence, type Weekday } from './format.ts';

/** How the event repeats: not at all, weekly on a weekday, monthly on the nth weekday, or a custom RRULE. */
export function RecurrenceFields({
  value,
  onChange,
  error,
}: {
  value: Recurrence;
  onChange: (next: Recurrence) => void;
  error: string | undefined;
}) {
  const { t } = useTranslation();
  const set = (change: Partial<Recurrence>) => onChange({ ...value, ...change });
  const weekdays = WEEKDAYS.map((d) => ({ value: d, label: t(`gatherings.recurrence.weekdays.${d}`) }));
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
      <NativeSelect
        label={t('gatherings.recurrence.label')}
        value={value.mode}
        onChange={(e) => set({ mode: e.currentTarget.value as Recurrence['mode'] })}
        error={value.mode === 'custom' ? undefined : error}
        data={(['none', 'weekly', 'monthly', 'custom'] as const).map((m) => ({
          value: m,
          label: t(`gatherings.recurrence.${m}`),
        }))}
      />
      {value.mode === 'monthly' && (
        <NativeSelect
          label={t('gatherings.recurrence.nth')}
          value={String(value.nth)}
          onChange={(e) => set({ nth: Number(e.currentTarget.value) })}
          data={['1', '2', '3', '4', '-1'].map((n) => ({
            value: n,
            label: t(`gatherings.recurrence.nthValues.${n}`),
          }))}
        />
      )}
      {(value.mode === 'weekly' || value.mode === 'monthly') && (
        <NativeSelect
          label={t('gatherings.recurrence.weekday')}
          value={value.weekday}
          onChange={(e) => set({ weekday: e.currentTarget.value as Weekday })}
          data={weekdays}
        />
      )}
      {value.mode === 'custom' && (
        <TextInput
          label={t('gatherings.recurrence.custom')}
          description={t('gatherings.recurrence.customHint')}
          value={value.custom}
          maxLength={500}
          onChange={(e) => set({ custom: e.currentTarget.value })}
          error={error}
        />
      )}
      {(value.mode === 'weekly' || value.mode === 'monthly') && (
        <NativeSelect
          label={t('gatherings.recurrence.end')}
          value={value.end}
          onChange={(e) => set({ end: e.currentTarget.value as Recurrence['end'] })}
          data={(['count', 'until', 'never'] as const).map((end) => ({
            value: end,
            label: t(`gatherings.recurrence.ends.${end}`),
          }))}
        />
      )}
      {(value.mode === 'weekly' || value.mode === 'monthly') && value.end === 'count' && (
        <NumberInput
          label={t('gatherings.recurrence.count')}
          min={1}
          max={500}
          allowDecimal={false}
          value={value.count}
          onChange={(n) => set({ count: typeof n === 'number' ? n : 1 })}
        />
      )}
      {(value.mode === 'weekly' || value.mode === 'monthly') && value.end === 'until' && (
        <TextInput
          label={t('gatherings.recurrence.until')}
          type="date"
          value={value.until}
          onChange={(e) => set({ until: e.currentTarget.value })}
        />
      )}
    </SimpleGrid>
  );
}
