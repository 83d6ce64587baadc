import {
  Alert,
  Button,
  Card,
  NativeSelect,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api.ts';
import { fieldError, FormError } from '../../components/forms.tsx';
import { expoApi, INTEREST_KINDS, type InterestKind } from './types.ts';

/** "Next year": exhibit, sponsor, attend, speak or suggest a venue; anyone who can see the expo. */
export function InterestForm({ orgSlug, eventId }: { orgSlug: string; eventId: string }) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<InterestKind>('exhibit');
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [company, setCompany] = useState('');
  const [venueIdea, setVenueIdea] = useState('');
  const [message, setMessage] = useState('');
  const queryClient = useQueryClient();
  const send = useMutation({
    mutationFn: () =>
      api.post(`${expoApi(orgSlug, eventId)}/interests`, { kind, name, email, company, venueIdea, message }),
    onSuccess: async () => {
      for (const reset of [setName, setEmail, setCompany, setVenueIdea, setMessage]) {
        reset('');
      }
      await queryClient.invalidateQueries({ queryKey: ['expoInterests', orgSlug, eventId] });
    },
  });
  return (
    <Card withBorder padding="sm" component="section" aria-labelledby="interest-title">
      <Stack
        gap="xs"
        component="form"
        aria-label={t('expo.interest.title')}
        onSubmit={(e) => {
          e.preventDefault();
          send.mutate();
        }}
      >
        <Title order={2} id="interest-title" size="h3">
          {t('expo.interest.title')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
          <NativeSelect
            label={t('expo.interest.kind')}
            value={kind}
            onChange={(e) => setKind(e.currentTarget.value as InterestKind)}
            data={INTEREST_KINDS.map((value) => ({ value, label: t(`expo.kinds.${value}`) }))}
            error={fieldError(send.error, 'kind')}
          />
          <TextInput
            label={t('expo.interest.name')}
            required
            maxLength={120}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={fieldError(send.error, 'name')}
          />
          <TextInput
            label={t('expo.interest.email')}
            type="email"
            required
            maxLength={200}
            value={email}
            onChange={(e) => setEmail(e.currentTarget.value)}
            error={fieldError(send.error, 'email')}
          />
          <TextInput
            label={t('expo.interest.company')}
            maxLength={160}
            value={company}
            onChange={(e) => setCompany(e.currentTarget.value)}
          />
          <TextInput
            label={t('expo.interest.venueIdea')}
            maxLength={500}
            value={venueIdea}
            onChange={(e) => setVenueIdea(e.currentTarget.value)}
          />
          <Textarea
            label={t('expo.interest.message')}
            maxLength={2000}
            value={message}
            onChange={(e) => setMessage(e.currentTarget.value)}
          />
        </SimpleGrid>
        <FormError error={send.error} />
        {send.isSuccess && (
          <Alert color="green.9" variant="outline" role="status">
            {t('expo.interest.thanks')}
          </Alert>
        )}
        <Button type="submit" w="fit-content" loading={send.isPending}>
          {t('expo.interest.submit')}
        </Button>
      </Stack>
    </Card>
  );
}
