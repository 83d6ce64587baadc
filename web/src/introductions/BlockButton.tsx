import { Alert, Button, Group, Modal, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { FormError } from '../components/forms.tsx';

interface Props {
  /** My business, on whose behalf the block is made. */
  mySlug: string;
  targetSlug: string;
  targetName: string;
}

/** Blocks a business after a confirmation; once blocked, offers to undo it. */
export function BlockButton({ mySlug, targetSlug, targetName }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const path = `/businesses/${encodeURIComponent(mySlug)}/blocks`;
  const block = useMutation({
    mutationFn: () => api.post(path, { targetSlug }),
    onSuccess: async () => {
      setConfirming(false);
      // Requests still waiting between the two are declined by the block.
      await queryClient.invalidateQueries({ queryKey: ['introductions'] });
    },
  });
  const unblock = useMutation({
    mutationFn: () => api.delete(`${path}/${encodeURIComponent(targetSlug)}`),
    onSuccess: () => block.reset(),
  });
  if (block.isSuccess) {
    return (
      <Alert variant="outline" color="blue.9" role="status">
        <Group gap="sm">
          <Text size="sm">{t('introduction.blocked', { name: targetName })}</Text>
          <Button
            size="compact-sm"
            variant="outline"
            loading={unblock.isPending}
            onClick={() => unblock.mutate()}
          >
            {t('introduction.unblock')}
          </Button>
        </Group>
        <FormError error={unblock.error} />
      </Alert>
    );
  }
  return (
    <>
      <Button
        variant="outline"
        color="red.9"
        style={{ alignSelf: 'flex-start' }}
        onClick={() => setConfirming(true)}
      >
        {t('introduction.block', { name: targetName })}
      </Button>
      <Modal
        opened={confirming}
        onClose={() => setConfirming(false)}
        title={t('introduction.block', { name: targetName })}
        closeButtonProps={{ 'aria-label': t('common.cancel') }}
      >
        <Text>{t('introduction.blockConfirm', { name: targetName })}</Text>
        <FormError error={block.error} />
        <Group justify="flex-end" mt="md">
          <Button variant="outline" onClick={() => setConfirming(false)}>
            {t('common.cancel')}
          </Button>
          <Button color="red.9" loading={block.isPending} onClick={() => block.mutate()}>
            {t('introduction.block', { name: targetName })}
          </Button>
        </Group>
      </Modal>
    </>
  );
}
