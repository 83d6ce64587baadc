import { useState, type FormEvent } from 'react';
import { Button, Group, Modal, Paper, Stack, TextInput, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { ErrorAlert, fieldErrors } from './ErrorAlert.tsx';
import type { Pillar } from './types.ts';

interface Names {
  nameKo: string;
  nameEn: string;
}

const noNames: Names = { nameKo: '', nameEn: '' };

function trimmed(names: Names): Names {
  return { nameKo: names.nameKo.trim(), nameEn: names.nameEn.trim() };
}

/** The pillar's Korean and English name inputs, shared by the add form and the rename dialog. */
function PillarNameInputs(props: {
  names: Names;
  onChange: (names: Names) => void;
  errors: Record<string, string>;
  miw?: number;
  /** Focus the first input when the surrounding dialog opens. */
  autoFocus?: boolean;
}) {
  const { t } = useTranslation();
  return (['nameKo', 'nameEn'] as const).map((field, index) => (
    <TextInput
      key={field}
      label={t(`admin.pillars.${field}`)}
      required
      maxLength={100}
      value={props.names[field]}
      onChange={(event) => props.onChange({ ...props.names, [field]: event.currentTarget.value })}
      error={props.errors[field]}
      miw={props.miw}
      data-autofocus={props.autoFocus && index === 0 ? true : undefined}
    />
  ));
}

/** Form for a new pillar: a stable key plus its Korean and English names. */
export function AddPillarForm({ onSaved }: { onSaved: () => Promise<unknown> }) {
  const { t } = useTranslation();
  const [key, setKey] = useState('');
  const [names, setNames] = useState(noNames);
  const add = useMutation({
    mutationFn: () => api.post<Pillar>('/pillars', { key: key.trim(), ...trimmed(names) }),
    onSuccess: async () => {
      setKey('');
      setNames(noNames);
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
          <PillarNameInputs names={names} onChange={setNames} errors={errors} miw={200} />
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
  const savedNames: Names = { nameKo: pillar.nameKo, nameEn: pillar.nameEn };
  const [names, setNames] = useState(savedNames);
  const rename = useMutation({
    mutationFn: () => api.patch<Pillar>(`/pillars/${pillar.id}`, trimmed(names)),
    onSuccess: async () => {
      await onSaved();
      setOpened(false);
    },
  });
  const open = () => {
    setNames(savedNames);
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
          <PillarNameInputs names={names} onChange={setNames} errors={errors} autoFocus />
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
