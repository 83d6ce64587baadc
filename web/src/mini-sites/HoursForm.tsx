import { Button, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { FormError, fieldError } from '../components/forms.tsx';
import { days, siteKey, sitePath, type Day, type OpeningHours, type SiteView } from './types.ts';

type Span = { opens: string; closes: string };

/** One opening span per day (both times empty: closed that day). */
export function HoursForm({ site }: { site: SiteView }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [spans, setSpans] = useState<Record<Day, Span>>(() => {
    const initial = Object.fromEntries(days.map((d) => [d, { opens: '', closes: '' }])) as Record<Day, Span>;
    for (const h of site.hours) {
      if (!initial[h.day].opens) {
        initial[h.day] = { opens: h.opens, closes: h.closes };
      }
    }
    return initial;
  });
  const hours: OpeningHours[] = days
    .filter((d) => spans[d].opens && spans[d].closes)
    .map((d) => ({ day: d, ...spans[d] }));
  const save = useMutation({
    mutationFn: () => api.put<SiteView>(sitePath(site.slug), { hours }),
    onSuccess: (saved) => queryClient.setQueryData(siteKey(site.slug), saved),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  const set = (day: Day, key: keyof Span, value: string) =>
    setSpans((current) => ({ ...current, [day]: { ...current[day], [key]: value } }));

  return (
    <Stack component="form" onSubmit={submit} gap="sm">
      <Title order={2} id="site-hours-title">
        {t('miniSites.hours.title')}
      </Title>
      <Text size="sm">{t('miniSites.hours.hint')}</Text>
      <FormError error={save.error} />
      {days.map((day) => {
        const index = hours.findIndex((h) => h.day === day);
        const error = index >= 0 ? fieldError(save.error, `hours.${index}`) : undefined;
        const dayName = t(`miniSites.days.${day}`);
        return (
          <Group key={day} gap="sm" align="flex-end" wrap="wrap">
            <Text w={90} fw={600}>
              {dayName}
            </Text>
            <TextInput
              type="time"
              label={t('miniSites.hours.opens', { day: dayName })}
              value={spans[day].opens}
              onChange={(e) => set(day, 'opens', e.currentTarget.value)}
            />
            <TextInput
              type="time"
              label={t('miniSites.hours.closes', { day: dayName })}
              value={spans[day].closes}
              onChange={(e) => set(day, 'closes', e.currentTarget.value)}
              error={error}
            />
          </Group>
        );
      })}
      <Button type="submit" loading={save.isPending} style={{ alignSelf: 'flex-start' }}>
        {t('miniSites.hours.save')}
      </Button>
      {save.isSuccess && <Text role="status">{t('miniSites.hours.saved')}</Text>}
    </Stack>
  );
}
