import { useState, type FormEvent } from 'react';
import { Button, Group, Modal, Paper, Stack, TextInput, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { ErrorAlert, fieldErrors } from './ErrorAlert.tsx';
import type { Pillar } from './types.ts';

/** Form for a new pillar: a stable key plus its Korean and English names. */
export function AddPillarForm({ onSaved }: { onSaved: () => Promise<unknown> }) {
  const { t } = useTranslation();
  const [key, setKey] = useState('');
  const [nameKo, setNameKo] = useState('');
  const [nameEn, setNameEn] = useState('');
  const add = useMutation({
    mutationFn: () =>
      api.post<Pillar>('/pillars', { key: key.trim(), nameKo: nameKo.trim(), nameEn: nameEn.trim() }),
    onSuccess: async () => {
      setKey('');
      setNameKo('');
      setNameEn('');
      await onSaved();
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    add.mutate();
  };
  const errors = fieldErrors(add.error);

  return (
    <Paper withBorder p="md" component="form" onSubmit={submit} aria-labelledby="add-pillar-title">
      <Stack>
        <Title order={3} size="h4" id="add-pillar-title">
          {t('admin.pillars.addTitle')}
        </Title>
        <Group align="flex-start" grow preventGrowOverflow={false} wrap="wrap">
          <TextInput
            label={t('admin.pillars.key')}
            description={t('admin.pillars.keyHint')}
            required
            maxLength={40}
            value={key}
            onChange={(event) => setKey(event.currentTarget.value)}
            error={errors.key}
            miw={200}
          />
          <TextInput
            label={t('admin.pillars.nameKo')}
            required
            maxLength={100}
            value={nameKo}
            onChange={(event) => setNameKo(event.currentTarget.value)}
            error={errors.nameKo}
            miw={200}
          />
          <TextInput
            label={t('admin.pillars.nameEn')}
            required
            maxLength={100}
            value={nameEn}
            onChange={(event) => setNameEn(event.currentTarget.value)}
            error={errors.nameEn}
            miw={200}
          />
        </Group>
        <ErrorAlert error={add.error} inline={['key', 'nameKo', 'nameEn']} />
        <Group>
          <Button type="submit" loading={add.isPending}>
            {t('admin.pillars.add')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

/** Opens a dialog to change a pillar's Korean and English names. */
export function RenamePillar({
  pillar,
  label,
  onSaved,
}: {
  pillar: Pillar;
  label: string;
  onSaved: () => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const [nameKo, setNameKo] = useState(pillar.nameKo);
  const [nameEn, setNameEn] = useState(pillar.nameEn);
  const rename = useMutation({
    mutationFn: () =>
      api.patch<Pillar>(`/pillars/${pillar.id}`, { nameKo: nameKo.trim(), nameEn: nameEn.trim() }),
    onSuccess: async () => {
      await onSaved();
      setOpened(false);
    },
  });
  const open = () => {
    setNameKo(pillar.nameKo);
    setNameEn(pillar.nameEn);
    rename.reset();
    setOpened(true);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    rename.mutate();
  };
  const errors = fieldErrors(rename.error);

  return (
    <>
      <Button size="xs" variant="outline" onClick={open}>
        {t('admin.pillars.rename')}
      </Button>
      <Modal
        opened={opened}
        onClose={() => setOpened(false)}
        title={t('admin.pillars.renameTitle', { name: label })}
        centered
      >
        <Stack component="form" onSubmit={submit}>
          <TextInput
            label={t('admin.pillars.nameKo')}
            required
            maxLength={100}
            value={nameKo}
            onChange={(event) => setNameKo(event.currentTarget.value)}
            error={errors.nameKo}
            data-autofocus
          />
          <TextInput
            label={t('admin.pillars.nameEn')}
            required
            maxLength={100}
            value={nameEn}
            onChange={(event) => setNameEn(event.currentTarget.value)}
            error={errors.nameEn}
          />
          <ErrorAlert error={rename.error} inline={['nameKo', 'nameEn']} />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setOpened(false)}>
              {t('admin.common.cancel')}
            </Button>
            <Button type="submit" loading={rename.isPending}>
              {t('admin.common.save')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
