import { Alert, Anchor, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api } from '../api.ts';
import { FormError, fieldError } from '../components/forms.tsx';
import { useLocalized } from '../components/localized.ts';
import type { IntroductionTarget } from './types.ts';

interface Props {
  fromSlug: string;
  target: IntroductionTarget | null;
  onClose: () => void;
}

/** Asks for an introduction with a short message; the button stays busy so a double click sends one. */
export function IntroduceModal({ fromSlug, target, onClose }: Props) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const queryClient = useQueryClient();
  const [message, setMessage] = useState('');
  // isPending only changes on the next render; two clicks in one frame both see it false, so a ref guards the send.
  const sending = useRef(false);
  const send = useMutation({
    mutationFn: (to: IntroductionTarget) =>
      api.post<{ introduction: { id: string } }>('/introductions', {
        fromSlug,
        toSlug: to.business.slug,
        ...(to.needId ? { needId: to.needId } : {}),
        ...(to.offerId ? { offerId: to.offerId } : {}),
        message: message.trim(),
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['introductions'] }),
    onSettled: () => {
      sending.current = false;
    },
  });
  const close = () => {
    send.reset();
    setMessage('');
    onClose();
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (target && !sending.current) {
      sending.current = true;
      send.mutate(target);
    }
  };
  const name = target ? localized(target.business.nameKo, target.business.nameEn) : '';
  return (
    <Modal
      opened={target !== null}
      onClose={close}
      title={t('introduce.title', { name })}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.cancel') }}
      // Once sent the dialog shrinks to its confirmation: the second click of a double click on "send" lands
      // outside it and must not close the confirmation away. The close button and Escape still close it.
      closeOnClickOutside={!send.data && !send.isPending}
    >
      {send.data ? (
        <Stack>
          <Alert color="green" variant="outline" role="status">
            {t('introduce.sent')}
          </Alert>
          <Group>
            <Anchor component={Link} to={`/introductions/${send.data.introduction.id}`}>
              {t('introduce.view')}
            </Anchor>
          </Group>
        </Stack>
      ) : (
        <Stack component="form" onSubmit={submit} gap="sm">
          <Text size="sm">{t('introduce.intro')}</Text>
          <FormError error={send.error} />
          <Textarea
            label={t('introduce.message')}
            description={t('introduce.messageHint')}
            required
            autosize
            minRows={3}
            maxLength={2000}
            value={message}
            onChange={(e) => setMessage(e.currentTarget.value)}
            error={fieldError(send.error, 'message')}
            data-autofocus
          />
          <Group justify="flex-end">
            <Button variant="outline" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={send.isPending}>
              {t('introduce.send')}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
