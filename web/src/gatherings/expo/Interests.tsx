import { Badge, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api.ts';
import { FormError } from '../../components/forms.tsx';
import { PageState } from '../../components/PageState.tsx';
import { expoApi, INTEREST_KINDS, type Interest, type InterestKind } from './types.ts';

interface InterestList {
  counts: Record<InterestKind, number>;
  interests: Interest[];
}

/** The organizers' view of next year's list: counts per kind, each inquiry, and whether it was answered. */
export function Interests({ orgSlug, eventId }: { orgSlug: string; eventId: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const key = ['expoInterests', orgSlug, eventId];
  const path = `${expoApi(orgSlug, eventId)}/interests`;
  const list = useQuery({ queryKey: key, queryFn: () => api.get<InterestList>(path) });
  const mark = useMutation({
    mutationFn: (i: Interest) =>
      api.patch(`${path}/${i.id}`, { status: i.status === 'new' ? 'contacted' : 'new' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key }),
  });
  return (
    <Stack gap="xs" component="section" aria-labelledby="interests-title">
      <Title order={2} id="interests-title" size="h3">
        {t('expo.interests.title')}
      </Title>
      {!list.data ? (
        <PageState error={list.error} />
      ) : (
        <>
          <Group gap="xs">
            {INTEREST_KINDS.map((kind) => (
              <Badge key={kind} variant="outline" color="dark">
                {t(`expo.kinds.${kind}`)}: {list.data.counts[kind] ?? 0}
              </Badge>
            ))}
          </Group>
          {list.data.interests.length === 0 && <Text>{t('expo.interests.none')}</Text>}
          {list.data.interests.length > 0 && (
            <Table.ScrollContainer minWidth={640}>
              <Table striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('expo.interests.who')}</Table.Th>
                    <Table.Th>{t('expo.interest.kind')}</Table.Th>
                    <Table.Th>{t('expo.interests.details')}</Table.Th>
                    <Table.Th>{t('expo.interests.status')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {list.data.interests.map((i) => (
                    <Table.Tr key={i.id}>
                      <Table.Td>
                        <Text fw={600}>{i.name}</Text>
                        <Text size="sm">{[i.company, i.email].filter(Boolean).join(' · ')}</Text>
                      </Table.Td>
                      <Table.Td>{t(`expo.kinds.${i.kind}`)}</Table.Td>
                      <Table.Td>
                        {i.venueIdea && (
                          <Text size="sm">{t('expo.interests.venue', { venue: i.venueIdea })}</Text>
                        )}
                        {i.message && <Text size="sm">{i.message}</Text>}
                      </Table.Td>
                      <Table.Td>
                        <Button
                          size="xs"
                          variant={i.status === 'new' ? 'filled' : 'default'}
                          onClick={() => mark.mutate(i)}
                          aria-label={t('expo.interests.toggle', { name: i.name })}
                        >
                          {t(`expo.interests.${i.status}`)}
                        </Button>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
          <FormError error={mark.error} />
        </>
      )}
    </Stack>
  );
}
