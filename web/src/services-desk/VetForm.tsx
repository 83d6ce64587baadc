import {
  Button,
  Card,
  Checkbox,
  Group,
  NumberInput,
  Select,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { fieldError, FormError } from '../components/forms.tsx';
import { useLocalized } from '../components/localized.ts';
import { helpApi, LANGUAGES, SIZES, type Desk } from './types.ts';

/** Marks a business of the organization as a vetted partner of a pillar, with what it serves. */
export function VetForm({ orgSlug, desk, onDone }: { orgSlug: string; desk: Desk; onDone: () => void }) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const [pillarKey, setPillarKey] = useState<string | null>(desk.pillars[0]?.key ?? null);
  const [businessSlug, setBusinessSlug] = useState('');
  const [capacity, setCapacity] = useState<string | number>('');
  const [zips, setZips] = useState('');
  const [radius, setRadius] = useState<string | number>('');
  const [languages, setLanguages] = useState<string[]>(['ko', 'en']);
  const [sizes, setSizes] = useState<string[]>([...SIZES]);
  const vet = useMutation({
    mutationFn: () =>
      api.put(
        `${helpApi.desk(orgSlug)}/pillars/${encodeURIComponent(pillarKey ?? '')}/partners/${encodeURIComponent(businessSlug.trim())}`,
        {
          weeklyCapacity: typeof capacity === 'number' ? capacity : null,
          zips: zips
            .split(',')
            .map((z) => z.trim())
            .filter((z) => z !== ''),
          radiusMiles: typeof radius === 'number' ? radius : null,
          languages,
          sizes,
        },
      ),
    onSuccess: onDone,
  });
  return (
    <Card withBorder padding="md">
      <Stack
        gap="sm"
        component="form"
        aria-labelledby="vet-title"
        onSubmit={(e) => {
          e.preventDefault();
          vet.mutate();
        }}
      >
        <Title order={2} size="h3" id="vet-title">
          {t('servicesDesk.desk.vetTitle')}
        </Title>
        <FormError error={vet.error} />
        {vet.isSuccess && <Text role="status">{t('servicesDesk.desk.vetted')}</Text>}
        <Group grow wrap="wrap" align="start">
          <Select
            label={t('servicesDesk.desk.pillar')}
            data={desk.pillars.map((p) => ({ value: p.key, label: localized(p.nameKo, p.nameEn) }))}
            value={pillarKey}
            onChange={setPillarKey}
            allowDeselect={false}
          />
          <TextInput
            label={t('servicesDesk.desk.businessSlug')}
            required
            value={businessSlug}
            onChange={(e) => setBusinessSlug(e.currentTarget.value)}
            error={fieldError(vet.error, 'businessSlug')}
          />
        </Group>
        <Group grow wrap="wrap" align="start">
          <NumberInput
            label={t('servicesDesk.desk.weeklyCapacity')}
            min={0}
            value={capacity}
            onChange={setCapacity}
          />
          <NumberInput
            label={t('servicesDesk.desk.radiusMiles')}
            min={0}
            value={radius}
            onChange={setRadius}
          />
        </Group>
        <TextInput
          label={t('servicesDesk.desk.zips')}
          value={zips}
          onChange={(e) => setZips(e.currentTarget.value)}
          error={fieldError(vet.error, 'zips')}
        />
        <Checkbox.Group label={t('servicesDesk.desk.languages')} value={languages} onChange={setLanguages}>
          <Group mt={4}>
            {LANGUAGES.map((l) => (
              <Checkbox key={l} value={l} label={t(`servicesDesk.languages.${l}`)} />
            ))}
          </Group>
        </Checkbox.Group>
        <Checkbox.Group label={t('servicesDesk.desk.sizes')} value={sizes} onChange={setSizes}>
          <Group mt={4}>
            {SIZES.map((s) => (
              <Checkbox key={s} value={s} label={t(`servicesDesk.sizes.${s}`)} />
            ))}
          </Group>
        </Checkbox.Group>
        <Button type="submit" loading={vet.isPending} disabled={!pillarKey || businessSlug.trim() === ''}>
          {t('servicesDesk.desk.vet')}
        </Button>
      </Stack>
    </Card>
  );
}
