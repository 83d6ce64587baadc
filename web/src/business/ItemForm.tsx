import { Button, Group, Stack, Textarea, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { FormError, fieldError } from '../components/forms.tsx';
import { PillarSelect } from './PillarSelect.tsx';
import { businessKey } from './queries.ts';
import type { PillarRef } from './types.ts';

interface Props {
  slug: string;
  /** Which list the item belongs to; also the namespace of the form's title and button texts. */
  kind: 'offers' | 'needs';
  /** The item being edited; absent when adding one. */
  item?: { id: string; pillar: PillarRef; descriptionKo: string; descriptionEn: string };
  /** The fields only this kind has, as sent to the API. */
  ownFields: () => Record<string, unknown>;
  onDone: () => void;
  /** The inputs for those fields, given the last save error so each can show its own message. */
  children: (error: unknown) => ReactNode;
}

/**
 * What adding or editing an offer and a need have in common: the pillar, the description in both
 * languages, saving, the server's messages, and the save/cancel buttons.
 */
export function ItemForm({ slug, kind, item, ownFields, onDone, children }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [pillarId, setPillarId] = useState(item?.pillar.id ?? '');
  const [descriptionKo, setDescriptionKo] = useState(item?.descriptionKo ?? '');
  const [descriptionEn, setDescriptionEn] = useState(item?.descriptionEn ?? '');
  const base = `/businesses/${encodeURIComponent(slug)}/${kind}`;
  const save = useMutation({
    mutationFn: () => {
      const body = {
        pillarId,
        descriptionKo: descriptionKo.trim(),
        descriptionEn: descriptionEn.trim(),
        ...ownFields(),
      };
      return item ? api.patch(`${base}/${item.id}`, body) : api.post(base, body);
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
  const title = item ? t(`${kind}.edit`) : t(`${kind}.add`);
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
      {children(save.error)}
      <Group>
        <Button type="submit" loading={save.isPending}>
          {item ? t('common.save') : t(`${kind}.submit`)}
        </Button>
        {item && (
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
        )}
      </Group>
    </Stack>
  );
}
