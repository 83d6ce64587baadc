import { Alert, Anchor, Badge, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { useLocalized } from '../components/localized.ts';
import { PageState } from '../components/PageState.tsx';
import { ContactCard } from './ContactCard.tsx';
import { statusColors, useDeadline } from './format.ts';
import { ProposalForm } from './ProposalForm.tsx';
import { helpApi, type Inbox } from './types.ts';

/** /help/inbox — requests routed to my businesses as a vetted partner: opt in before the deadline. */
export function InboxPage() {
  const { t } = useTranslation();
  const localized = useLocalized();
  const deadline = useDeadline();
  const query = useQuery({
    queryKey: ['servicesDesk', 'inbox'],
    queryFn: () => api.get<Inbox>(helpApi.inbox),
  });
  if (!query.data) {
    return <PageState error={query.error} />;
  }
  return (
    <Stack maw={860} mx="auto" gap="md">
      <Title order={1}>{t('servicesDesk.inbox.title')}</Title>
      <Text>{t('servicesDesk.inbox.intro')}</Text>
      {query.data.requests.length === 0 && <Text>{t('servicesDesk.inbox.none')}</Text>}
      {query.data.requests.map((r) => (
        <Card
          key={`${r.id}-${r.partner.businessSlug}`}
          withBorder
          padding="md"
          component="article"
          aria-label={r.title}
        >
          <Stack gap="xs">
            <Group justify="space-between" wrap="wrap">
              <Title order={2} size="h4">
                {r.title}
              </Title>
              <Badge color={statusColors[r.status]} variant="outline">
                {t(`servicesDesk.status.${r.status}`)}
              </Badge>
            </Group>
            <Text size="sm" c="dimmed">
              {t('servicesDesk.inbox.from', {
                name: localized(r.business.nameKo, r.business.nameEn),
                pillar: localized(r.pillar.nameKo, r.pillar.nameEn),
              })}{' '}
              · {t('servicesDesk.inbox.forPartner', { name: localized(r.partner.nameKo, r.partner.nameEn) })}{' '}
              · {t(`servicesDesk.languages.${r.language}`)} · {t(`servicesDesk.sizes.${r.businessSize}`)}
            </Text>
            <Text fw={600}>{t('servicesDesk.inbox.deadline', { deadline: deadline(r.respondBy) })}</Text>
            <Text style={{ whiteSpace: 'pre-wrap' }}>{r.description}</Text>
            {r.attachments.length > 0 && (
              <List size="sm">
                {r.attachments.map((a) => (
                  <List.Item key={a.id}>
                    <Anchor href={a.url}>{a.fileName}</Anchor>
                  </List.Item>
                ))}
              </List>
            )}
            {r.myStatus === 'proposed' && (
              <Alert color="green" variant="outline" role="status">
                {t('servicesDesk.inbox.sent')}
              </Alert>
            )}
            {r.myProposal && (
              <Text size="sm">
                {t('servicesDesk.inbox.yourProposal')}: {r.myProposal}
              </Text>
            )}
            {r.memberContact && (
              <>
                <Text>{t('servicesDesk.inbox.picked')}</Text>
                <ContactCard contact={r.memberContact} />
              </>
            )}
            {r.canPropose && r.myStatus === 'routed' && <ProposalForm item={r} />}
            {!r.canPropose && r.myStatus === 'routed' && (
              <Text c="dimmed">{t('servicesDesk.inbox.closed')}</Text>
            )}
          </Stack>
        </Card>
      ))}
    </Stack>
  );
}
