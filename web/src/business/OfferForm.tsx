import { Button, Group, NumberInput, Stack, TextInput, Textarea, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { FormError, fieldError } from '../components/forms.tsx';
import { LanguageChecks } from './LanguageChecks.tsx';
import { PillarSelect } from './PillarSelect.tsx';
import { businessKey } from './queries.ts';
import type { Offer } from './types.ts';

/** Adds an offer, or edits `offer` when given. */
export function OfferForm({ slug, offer, onDone }: { slug: string; offer?: Offer; onDone: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [pillarId, setPillarId] = useState(offer?.pillar.id ?? '');
  const [descriptionKo, setDescriptionKo] = useState(offer?.descriptionKo ?? '');
  const [descriptionEn, setDescriptionEn] = useState(offer?.descriptionEn ?? '');
  const [radiusMiles, setRadiusMiles] = useState<number>(offer?.radiusMiles ?? 25);
  const [languages, setLanguages] = useState<string[]>(offer?.languages ?? []);
  const [priceHint, setPriceHint] = useState(offer?.priceHint ?? '');
  const base = `/businesses/${encodeURIComponent(slug)}/offers`;
  const save = useMutation({
    mutationFn: () => {
      const body = {
        pillarId,
        descriptionKo: descriptionKo.trim(),
        descriptionEn: descriptionEn.trim(),
        radiusMiles,
        languages,
        priceHint: priceHint.trim(),
      };
      return offer ? api.patch(`${base}/${offer.id}`, body) : api.post(base, body);
    },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: businessKey(slug) });
      onDone();
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  const title = offer ? t('offers.edit') : t('offers.add');
  return (
    <Stack component="form" onSubmit={submit} gap="sm" aria-label={title}>
      <Title order={3}>{title}</Title>
      <FormError error={save.error} />
      <PillarSelect value={pillarId} onChange={setPillarId} error={fieldError(save.error, 'pillarId')} />
      <Textarea
        label={t('fields.descriptionKo')}
        autosize
        minRows={2}
        maxLength={4000}
        value={descriptionKo}
        onChange={(e) => setDescriptionKo(e.currentTarget.value)}
        error={fieldError(save.error, 'descriptionKo')}
      />
      <Textarea
        label={t('fields.descriptionEn')}
        autosize
        minRows={2}
        maxLength={4000}
        value={descriptionEn}
        onChange={(e) => setDescriptionEn(e.currentTarget.value)}
        error={fieldError(save.error, 'descriptionEn')}
      />
      <NumberInput
        label={t('fields.radiusMiles')}
        min={0}
        max={500}
        allowDecimal={false}
        value={radiusMiles}
        onChange={(value) => setRadiusMiles(typeof value === 'number' ? value : Number(value) || 0)}
        error={fieldError(save.error, 'radiusMiles')}
      />
      <LanguageChecks
        label={t('fields.offerLanguages')}
        value={languages}
        onChange={setLanguages}
        error={fieldError(save.error, 'languages')}
      />
      <TextInput
        label={t('fields.priceHint')}
        maxLength={200}
        value={priceHint}
        onChange={(e) => setPriceHint(e.currentTarget.value)}
        error={fieldError(save.error, 'priceHint')}
      />
      <Group>
        <Button type="submit" loading={save.isPending}>
          {offer ? t('common.save') : t('offers.submit')}
        </Button>
        {offer && (
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
        )}
      </Group>
    </Stack>
  );
}
