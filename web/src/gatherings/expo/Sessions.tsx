import { Button, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api.ts';
import { FormError } from '../../components/forms.tsx';
import { useLocalized } from '../../components/localized.ts';
import { SessionForm } from './SessionForm.tsx';
import { expoApi, expoKey, type Expo } from './types.ts';

/** The sessions by time (wall clock in the expo's zone), with room and speakers; organizers add and remove. */
export function Sessions({ orgSlug, eventId, expo }: { orgSlug: string; eventId: string; expo: Expo }) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const queryClient = useQueryClient();
  const remove = useMutation({
    mutationFn: (id: string) => api.delete(`${expoApi(orgSlug, eventId)}/sessions/${id}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: expoKey(orgSlug, eventId) }),
  });
  return (
    <Stack gap="xs" component="section" aria-labelledby="sessions-title">
      <Title order={2} id="sessions-title" size="h3">
        {t('expo.sessions.title')}
      </Title>
      {expo.sessions.length === 0 ? (
        <Text>{t('expo.sessions.none')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={480}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('expo.sessions.time')}</Table.Th>
                <Table.Th>{t('expo.sessions.session')}</Table.Th>
                <Table.Th>{t('expo.sessions.room')}</Table.Th>
                {expo.canManage && <Table.Th>{t('expo.sessions.actions')}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {expo.sessions.map((s) => {
                const title = localized(s.titleKo, s.titleEn);
                return (
                  <Table.Tr key={s.id}>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      {s.startTime}–{s.endTime}
                    </Table.Td>
                    <Table.Td>
                      <Text fw={600}>{title}</Text>
                      {s.speakers.length > 0 && (
                        <Text size="sm">
                          {s.speakers
                            .map((p) => [p.name, localized(p.titleKo, p.titleEn)].filter(Boolean).join(', '))
                            .join(' · ')}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>{s.room}</Table.Td>
                    {expo.canManage && (
                      <Table.Td>
                        <Button
                          size="xs"
                          variant="outline"
                          color="red.9"
                          onClick={() => remove.mutate(s.id)}
                          aria-label={t('expo.sessions.remove', { title })}
                        >
                          {t('expo.remove')}
                        </Button>
                      </Table.Td>
                    )}
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Text size="sm" c="dimmed">
        {t('expo.sessions.zone', { zone: expo.timeZone })}
      </Text>
      <FormError error={remove.error} />
      {expo.canManage && <SessionForm orgSlug={orgSlug} eventId={eventId} expo={expo} />}
    </Stack>
  );
}
