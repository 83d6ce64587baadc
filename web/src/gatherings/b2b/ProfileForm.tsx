import { Button, Card, Checkbox, Group, MultiSelect, Stack, Switch, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api.ts';
import { fieldError, FormError } from '../../components/forms.tsx';
import { useLocalized } from '../../components/localized.ts';
import { useSlotTime } from './format.ts';
import { meetingsApi, type Me } from './types.ts';

/** What the attendee offers and needs (pillars) and the slots they can meet in. */
export function ProfileForm({ org, eventId, me }: { org: string; eventId: string; me: Me }) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const slotTime = useSlotTime(me.event.timeZone);
  const queryClient = useQueryClient();
  const [offers, setOffers] = useState(me.offers);
  const [needs, setNeeds] = useState(me.needs);
  const [anyTime, setAnyTime] = useState(me.availableSlots === null);
  const [slots, setSlots] = useState(me.availableSlots ?? me.slots.map((s) => s.id));
  const save = useMutation({
    mutationFn: () =>
      api.put<Me>(`${meetingsApi(org, eventId)}/me`, {
        offers,
        needs,
        availableSlots: anyTime ? null : slots,
      }),
    onSuccess: async (data) => {
      queryClient.setQueryData(['b2b', org, eventId, 'me'], data);
      await queryClient.invalidateQueries({ queryKey: ['b2b', org, eventId, 'suggestions'] });
    },
  });
  const pillars = me.pillars.map((p) => ({ value: p.id, label: localized(p.nameKo, p.nameEn) }));
  return (
    <Card withBorder padding="sm" component="section" aria-labelledby="b2b-profile-title">
      <Stack
        gap="xs"
        component="form"
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate();
        }}
      >
        <Title order={2} size="h4" id="b2b-profile-title">
          {t('b2b.profile.title')}
        </Title>
        <Text size="sm">{t('b2b.profile.intro')}</Text>
        <MultiSelect
          label={t('b2b.profile.offers')}
          data={pillars}
          value={offers}
          onChange={setOffers}
          error={fieldError(save.error, 'offers')}
          clearable
        />
        <MultiSelect
          label={t('b2b.profile.needs')}
          data={pillars}
          value={needs}
          onChange={setNeeds}
          error={fieldError(save.error, 'needs')}
          clearable
        />
        {me.slots.length > 0 && (
          <>
            <Switch
              label={t('b2b.profile.anyTime')}
              checked={anyTime}
              onChange={(e) => setAnyTime(e.currentTarget.checked)}
            />
            {!anyTime && (
              <Checkbox.Group label={t('b2b.profile.slots')} value={slots} onChange={setSlots}>
                <Group gap="xs" mt={4}>
                  {me.slots.map((s) => (
                    <Checkbox key={s.id} value={s.id} label={slotTime(s.startsAt)} />
                  ))}
                </Group>
              </Checkbox.Group>
            )}
          </>
        )}
        <FormError error={save.error} />
        {save.isSuccess && <Text size="sm">{t('b2b.profile.saved')}</Text>}
        <Group>
          <Button type="submit" loading={save.isPending}>
            {t('b2b.profile.save')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
