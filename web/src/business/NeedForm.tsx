import { Button, Group, NativeSelect, Stack, Textarea, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { FormError, fieldError } from '../components/forms.tsx';
import { PillarSelect } from './PillarSelect.tsx';
import { businessKey } from './queries.ts';
import { urgencies, type Need, type Urgency } from './types.ts';

/** Adds a need, or edits `need` when given. */
export function NeedForm({ slug, need, onDone }: { slug: string; need?: Need; onDone: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [pillarId, setPillarId] = useState(need?.pillar.id ?? '');
  const [descriptionKo, setDescriptionKo] = useState(need?.descriptionKo ?? '');
  const [descriptionEn, setDescriptionEn] = useState(need?.descriptionEn ?? '');
  const [urgency, setUrgency] = useState<Urgency>(need?.urgency ?? 'medium');
  const base = `/businesses/${encodeURIComponent(slug)}/needs`;
  const save = useMutation({
    mutationFn: () => {
      const body = {
        pillarId,
        descriptionKo: descriptionKo.trim(),
        descriptionEn: descriptionEn.trim(),
        urgency,
      };
      return need ? api.patch(`${base}/${need.id}`, body) : api.post(base, body);
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
  const title = need ? t('needs.edit') : t('needs.add');
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
      <NativeSelect
        label={t('fields.urgency')}
        value={urgency}
        onChange={(e) => setUrgency(e.currentTarget.value as Urgency)}
        data={urgencies.map((u) => ({ value: u, label: t(`needs.urgencies.${u}`) }))}
        error={fieldError(save.error, 'urgency')}
      />
      <Group>
        <Button type="submit" loading={save.isPending}>
          {need ? t('common.save') : t('needs.submit')}
        </Button>
        {need && (
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
        )}
      </Group>
    </Stack>
  );
}
