import { Alert, Button, Checkbox, Stack, Textarea } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { fieldError, FormError } from '../components/forms.tsx';
import { helpApi, type InboxItem } from './types.ts';

/** A partner opts in: a short proposal, and any commercial interest disclosed. */
export function ProposalForm({ item }: { item: InboxItem }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [proposal, setProposal] = useState('');
  const [hasInterest, setHasInterest] = useState(false);
  const [disclosure, setDisclosure] = useState('');
  const send = useMutation({
    mutationFn: () =>
      api.post(helpApi.proposals(item.id), {
        businessSlug: item.partner.businessSlug,
        proposal,
        hasInterest,
        disclosure: hasInterest ? disclosure : undefined,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['servicesDesk', 'inbox'] }),
  });
  if (send.isSuccess) {
    return (
      <Alert color="green" variant="outline" role="status">
        {t('servicesDesk.inbox.sent')}
      </Alert>
    );
  }
  return (
    <Stack
      gap="xs"
      component="form"
      aria-label={t('servicesDesk.inbox.form', { title: item.title })}
      onSubmit={(e) => {
        e.preventDefault();
        send.mutate();
      }}
    >
      <FormError error={send.error} />
      <Textarea
        label={t('servicesDesk.inbox.proposal')}
        required
        autosize
        minRows={3}
        value={proposal}
        onChange={(e) => setProposal(e.currentTarget.value)}
        error={fieldError(send.error, 'proposal')}
      />
      <Checkbox
        label={t('servicesDesk.inbox.hasInterest')}
        checked={hasInterest}
        onChange={(e) => setHasInterest(e.currentTarget.checked)}
      />
      {hasInterest && (
        <Textarea
          label={t('servicesDesk.inbox.disclosure')}
          required
          value={disclosure}
          onChange={(e) => setDisclosure(e.currentTarget.value)}
          error={fieldError(send.error, 'disclosure')}
        />
      )}
      <Button type="submit" loading={send.isPending}>
        {t('servicesDesk.inbox.submit')}
      </Button>
    </Stack>
  );
}
