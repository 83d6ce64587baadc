import { Accordion, Badge, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { ListState } from './ListState.tsx';
import { useFormat } from './format.ts';
import type { OutboxMail } from './types.ts';

const statusColors: Record<string, string> = {
  sent: 'teal.9',
  failed: 'red.9',
  stored: 'blue',
  queued: 'gray.8',
};

/** Mail sent (or stored, without SMTP) for this organization; each entry expands to its text. */
export function OutboxTab({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const outbox = useQuery({
    queryKey: ['admin', slug, 'outbox'],
    queryFn: () => api.get<OutboxMail[]>(`/organizations/${encodeURIComponent(slug)}/outbox`),
  });

  return (
    <Stack>
      <Title order={2}>{t('admin.outbox.title')}</Title>
      <Text c="dimmed">{t('admin.outbox.intro')}</Text>
      <ListState
        error={outbox.error}
        loading={outbox.isPending}
        empty={outbox.data?.length === 0}
        emptyText={t('admin.outbox.empty')}
      />
      {outbox.data && outbox.data.length > 0 && (
        <Accordion variant="separated" chevronPosition="left">
          {outbox.data.map((mail) => (
            <Accordion.Item key={mail.id} value={mail.id}>
              <Accordion.Control>
                <Group justify="space-between" wrap="wrap" gap="xs">
                  <Stack gap={0} style={{ minWidth: 0, flex: 1 }}>
                    <Text fw={500} style={{ overflowWrap: 'anywhere' }}>
                      {mail.subject}
                    </Text>
                    <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                      {t('admin.outbox.to')}: {mail.toAddress}
                    </Text>
                  </Stack>
                  <Group gap="xs">
                    <Badge variant="outline" color={statusColors[mail.status] ?? 'gray.8'}>
                      {t(`admin.outbox.statuses.${mail.status}`, { defaultValue: mail.status })}
                    </Badge>
                    <Text size="sm" c="dimmed">
                      {format.date(mail.createdAt)}
                    </Text>
                  </Group>
                </Group>
              </Accordion.Control>
              <Accordion.Panel>
                {mail.sentAt && (
                  <Text size="sm" c="dimmed" mb="xs">
                    {t('admin.outbox.sentAt', { date: format.date(mail.sentAt) })}
                  </Text>
                )}
                <Text component="pre" size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                  {mail.bodyText}
                </Text>
              </Accordion.Panel>
            </Accordion.Item>
          ))}
        </Accordion>
      )}
    </Stack>
  );
}
