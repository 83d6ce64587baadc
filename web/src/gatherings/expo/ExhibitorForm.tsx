import {
  Button,
  Card,
  FileInput,
  Group,
  NativeSelect,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api.ts';
import { fieldError, FormError } from '../../components/forms.tsx';
import { expoApi, expoKey, TIERS, type Exhibitor, type Tier } from './types.ts';

/** Adds an exhibitor or sponsor, or changes one (`exhibitor`): tier, booth, names, business link, logo. */
export function ExhibitorForm({
  orgSlug,
  eventId,
  exhibitor,
  onDone,
}: {
  orgSlug: string;
  eventId: string;
  exhibitor: Exhibitor | null;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [nameKo, setNameKo] = useState(exhibitor?.nameKo ?? '');
  const [nameEn, setNameEn] = useState(exhibitor?.nameEn ?? '');
  const [tier, setTier] = useState<Tier>(exhibitor?.tier ?? 'exhibitor');
  const [booth, setBooth] = useState(exhibitor?.booth ?? '');
  const [businessSlug, setBusinessSlug] = useState(exhibitor?.business?.slug ?? '');
  const [website, setWebsite] = useState(exhibitor?.website ?? '');
  const [descriptionKo, setDescriptionKo] = useState(exhibitor?.descriptionKo ?? '');
  const [descriptionEn, setDescriptionEn] = useState(exhibitor?.descriptionEn ?? '');
  const [logo, setLogo] = useState<File | null>(null);
  const base = expoApi(orgSlug, eventId);
  const save = useMutation({
    mutationFn: async () => {
      const body = {
        nameKo,
        nameEn,
        tier,
        booth: booth.trim() || null,
        businessSlug: businessSlug.trim() || null,
        website: website.trim(),
        descriptionKo,
        descriptionEn,
      };
      const saved = exhibitor
        ? await api.patch<Exhibitor>(`${base}/exhibitors/${exhibitor.id}`, body)
        : await api.post<Exhibitor>(`${base}/exhibitors`, body);
      if (logo) {
        const form = new FormData();
        form.append('file', logo);
        await api.post(`${base}/exhibitors/${saved.id}/logo`, form);
      }
      return saved;
    },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: expoKey(orgSlug, eventId) });
      if (!exhibitor) {
        for (const reset of [
          setNameKo,
          setNameEn,
          setBooth,
          setBusinessSlug,
          setWebsite,
          setDescriptionKo,
          setDescriptionEn,
        ]) {
          reset('');
        }
        setLogo(null);
      }
      onDone();
    },
  });
  const title = exhibitor ? t('expo.exhibitorForm.editTitle') : t('expo.exhibitorForm.addTitle');
  const text = (label: string, value: string, set: (v: string) => void, field: string, required = false) => (
    <TextInput
      label={label}
      required={required}
      value={value}
      onChange={(e) => set(e.currentTarget.value)}
      error={fieldError(save.error, field)}
    />
  );
  return (
    <Card withBorder padding="sm">
      <Stack
        gap="xs"
        component="form"
        aria-label={title}
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate();
        }}
      >
        <Title order={2} size="h4">
          {title}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
          {text(t('expo.exhibitorForm.nameKo'), nameKo, setNameKo, 'nameKo', true)}
          {text(t('expo.exhibitorForm.nameEn'), nameEn, setNameEn, 'nameEn', true)}
          <NativeSelect
            label={t('expo.exhibitorForm.tier')}
            value={tier}
            onChange={(e) => setTier(e.currentTarget.value as Tier)}
            data={TIERS.map((value) => ({ value, label: t(`expo.tiers.${value}`) }))}
            error={fieldError(save.error, 'tier')}
          />
          {text(t('expo.exhibitorForm.booth'), booth, setBooth, 'booth')}
          <TextInput
            label={t('expo.exhibitorForm.business')}
            description={t('expo.exhibitorForm.businessHint')}
            value={businessSlug}
            onChange={(e) => setBusinessSlug(e.currentTarget.value)}
            error={fieldError(save.error, 'businessSlug')}
          />
          {text(t('expo.exhibitorForm.website'), website, setWebsite, 'website')}
          <Textarea
            label={t('expo.exhibitorForm.descriptionKo')}
            value={descriptionKo}
            onChange={(e) => setDescriptionKo(e.currentTarget.value)}
          />
          <Textarea
            label={t('expo.exhibitorForm.descriptionEn')}
            value={descriptionEn}
            onChange={(e) => setDescriptionEn(e.currentTarget.value)}
          />
          <FileInput
            label={t('expo.exhibitorForm.logo')}
            description={t('expo.exhibitorForm.logoHint')}
            accept="image/png,image/jpeg,image/webp"
            value={logo}
            onChange={setLogo}
            clearable
            error={fieldError(save.error, 'file')}
          />
        </SimpleGrid>
        <FormError error={save.error} />
        <Group gap="xs">
          <Button type="submit" loading={save.isPending}>
            {exhibitor ? t('expo.save') : t('expo.exhibitorForm.add')}
          </Button>
          {exhibitor && (
            <Button variant="default" onClick={onDone}>
              {t('expo.cancel')}
            </Button>
          )}
        </Group>
      </Stack>
    </Card>
  );
}
