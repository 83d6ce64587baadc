import { Button, Group, Modal, Stack, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError, fieldError } from '../components/forms.tsx';
import { useIntroductionAction } from './useIntroductionAction.ts';

interface Props {
  id: string;
  /** The business that asked, addressed by the note. */
  requesterName: string;
  disabled: boolean;
}

/** Declines after a confirmation that offers an optional short note for the timeline. */
export function DeclineButton({ id, requesterName, disabled }: Props) {
  const { t } = useTranslation();
  const decline = useIntroductionAction(id);
  const [opened, setOpened] = useState(false);
  const [note, setNote] = useState('');
  const close = () => {
    decline.reset();
    setOpened(false);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = note.trim();
    decline.mutate({ path: 'decline', body: trimmed === '' ? {} : { note: trimmed } });
  };
  return (
    <>
      <Button variant="outline" color="red.9" disabled={disabled} onClick={() => setOpened(true)}>
        {t('introduction.decline')}
      </Button>
      <Modal
        opened={opened}
        onClose={close}
        title={t('introduction.declineTitle')}
        closeButtonProps={{ 'aria-label': t('common.cancel') }}
      >
        <Stack component="form" onSubmit={submit} gap="sm">
          <FormError error={decline.error} />
          <Textarea
            label={t('introduction.declineNote', { name: requesterName })}
            description={t('introduction.declineNoteHint')}
            autosize
            minRows={2}
            maxLength={500}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            error={fieldError(decline.error, 'note')}
            data-autofocus
          />
          <Group justify="flex-end">
            <Button variant="outline" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color="red.9" loading={decline.isPending}>
              {t('introduction.declineConfirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
