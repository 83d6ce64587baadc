import { Button, Group, Modal, NumberInput, Select, Stack, Textarea } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { FormError, fieldError } from '../components/forms.tsx';
import { useLocalized } from '../components/localized.ts';
import { vaultApi, type BusinessRef, type Share } from './types.ts';

interface DirectoryAnswer {
  results: { business: BusinessRef }[];
}

/** Sharing a document: the partner found by name in the directory, for how many days, with a note. */
export function ShareDialog(props: {
  slug: string;
  id: string;
  title: string;
  opened: boolean;
  onClose: () => void;
}) {
  const { slug, id, title, opened, onClose } = props;
  const { t } = useTranslation();
  const localized = useLocalized();
  const queryClient = useQueryClient();
  const [typed, setTyped] = useState('');
  const [query] = useDebouncedValue(typed.trim(), 250);
  const [partner, setPartner] = useState<string | null>(null);
  const [days, setDays] = useState<number | string>(7);
  const [note, setNote] = useState('');
  const found = useQuery({
    queryKey: ['documents', 'partners', query],
    queryFn: () => api.get<DirectoryAnswer>(`/search?q=${encodeURIComponent(query)}&pageSize=10`),
    enabled: query.length > 0,
  });
  const options = (found.data?.results ?? [])
    .filter((r) => r.business.slug !== slug)
    .map((r) => ({ value: r.business.slug, label: localized(r.business.nameKo, r.business.nameEn) }));
  const share = useMutation({
    mutationFn: () =>
      api.post<Share>(`${vaultApi.document(slug, id)}/shares`, {
        partnerSlug: partner ?? '',
        days: typeof days === 'number' ? days : Number(days) || 7,
        note,
      }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['documents', slug] });
      setPartner(null);
      setTyped('');
      setNote('');
      onClose();
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    share.mutate();
  };
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('documents.share.title', { title })}
      closeButtonProps={{ 'aria-label': t('documents.share.cancel') }}
    >
      <Stack component="form" onSubmit={submit} gap="sm">
        <FormError error={share.error} />
        <Select
          label={t('documents.share.partner')}
          placeholder={t('documents.share.partnerHint')}
          searchable
          required
          data={options}
          value={partner}
          onChange={setPartner}
          searchValue={typed}
          onSearchChange={setTyped}
          filter={({ options: all }) => all}
          error={fieldError(share.error, 'partnerSlug')}
        />
        <NumberInput
          label={t('documents.share.days')}
          description={t('documents.share.daysRule')}
          min={1}
          max={30}
          value={days}
          onChange={setDays}
          error={fieldError(share.error, 'days')}
        />
        <Textarea
          label={t('documents.share.note')}
          maxLength={500}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('documents.share.cancel')}
          </Button>
          <Button type="submit" disabled={!partner} loading={share.isPending}>
            {t('documents.share.submit')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
