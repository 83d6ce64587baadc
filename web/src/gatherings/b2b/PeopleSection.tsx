import { Button, Card, Group, List, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api.ts';
import { FormError } from '../../components/forms.tsx';
import { personLabel } from './format.ts';
import { meetingsApi, type Participant, type Person, type RequestList, type Suggestion } from './types.ts';

/** Suggested meetings with their reasons, everyone else at the expo, and a "request a meeting" button for each. */
export function PeopleSection({ org, eventId, asked }: { org: string; eventId: string; asked: Set<string> }) {
  const { t } = useTranslation();
  const [filter, setFilter] = useState('');
  const base = meetingsApi(org, eventId);
  const suggestions = useQuery({
    queryKey: ['b2b', org, eventId, 'suggestions'],
    queryFn: () => api.get<{ items: Suggestion[] }>(`${base}/suggestions`),
  });
  const everyone = useQuery({
    queryKey: ['b2b', org, eventId, 'participants'],
    queryFn: () => api.get<{ items: Participant[] }>(`${base}/participants`),
  });
  const term = filter.trim().toLowerCase();
  const others = (everyone.data?.items ?? []).filter(
    (p) => !asked.has(p.registrationId) && (!term || personLabel(p).toLowerCase().includes(term)),
  );
  const suggested = (suggestions.data?.items ?? []).filter((s) => !asked.has(s.person.registrationId));
  return (
    <>
      <Stack gap="xs" component="section" aria-labelledby="b2b-suggestions-title">
        <Title order={2} size="h4" id="b2b-suggestions-title">
          {t('b2b.suggestions.title')}
        </Title>
        {suggested.length === 0 && <Text size="sm">{t('b2b.suggestions.none')}</Text>}
        {suggested.map((s) => (
          <PersonCard
            key={s.person.registrationId}
            org={org}
            eventId={eventId}
            person={s.person}
            reasons={s.reasons}
          />
        ))}
      </Stack>
      <Stack gap="xs" component="section" aria-labelledby="b2b-everyone-title">
        <Title order={2} size="h4" id="b2b-everyone-title">
          {t('b2b.everyone.title')}
        </Title>
        <TextInput
          label={t('b2b.everyone.filter')}
          value={filter}
          onChange={(e) => setFilter(e.currentTarget.value)}
        />
        {others.length === 0 && <Text size="sm">{t('b2b.everyone.none')}</Text>}
        {others.slice(0, 50).map((p) => (
          <PersonCard key={p.registrationId} org={org} eventId={eventId} person={p} reasons={[]} />
        ))}
      </Stack>
    </>
  );
}

function PersonCard({
  org,
  eventId,
  person,
  reasons,
}: {
  org: string;
  eventId: string;
  person: Person;
  reasons: string[];
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const request = useMutation({
    mutationFn: () =>
      api.post<RequestList>(`${meetingsApi(org, eventId)}/requests`, {
        recipientRegistrationId: person.registrationId,
        message: '',
      }),
    onSuccess: (data) => queryClient.setQueryData(['b2b', org, eventId, 'requests'], data),
  });
  const headingId = `b2b-person-${person.registrationId}`;
  return (
    <Card withBorder padding="xs" component="article" aria-labelledby={headingId}>
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
        <Stack gap={2}>
          <Text fw={700} id={headingId}>
            {personLabel(person)}
          </Text>
          {reasons.length > 0 && (
            <List size="sm">
              {reasons.map((r) => (
                <List.Item key={r}>{r}</List.Item>
              ))}
            </List>
          )}
        </Stack>
        <Button size="xs" loading={request.isPending} onClick={() => request.mutate()}>
          {t('b2b.request.button')}
        </Button>
      </Group>
      <FormError error={request.error} />
    </Card>
  );
}
