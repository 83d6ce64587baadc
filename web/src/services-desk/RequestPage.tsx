import { Alert, Anchor, Badge, Button, Group, List, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router-dom';
import { api } from '../api.ts';
import { FormError } from '../components/forms.tsx';
import { useLocalized } from '../components/localized.ts';
import { PageState } from '../components/PageState.tsx';
import { statusColors, useDeadline } from './format.ts';
import { OutcomeForm } from './OutcomeForm.tsx';
import { Proposals } from './Proposals.tsx';
import { helpApi, helpPaths, type ServiceRequest } from './types.ts';

/** /my/business/:slug/help/:id — one request: where it went, proposals side by side, pick, contacts, outcome. */
export function RequestPage() {
  const { slug = '', id = '' } = useParams();
  const { t } = useTranslation();
  const localized = useLocalized();
  const deadline = useDeadline();
  const location = useLocation();
  const problems = (location.state as { problems?: string[] } | null)?.problems ?? [];
  const queryClient = useQueryClient();
  const key = ['servicesDesk', slug, 'request', id];
  const query = useQuery({
    queryKey: key,
    queryFn: () => api.get<ServiceRequest>(helpApi.request(slug, id)),
  });
  const withdraw = useMutation({
    mutationFn: () => api.post<ServiceRequest>(`${helpApi.request(slug, id)}/withdraw`),
    onSuccess: (data) => queryClient.setQueryData(key, data),
  });
  const request = query.data;
  if (!request) {
    return <PageState error={query.error} />;
  }
  const open = request.status === 'open' || request.status === 'proposals';
  return (
    <Stack maw={960} mx="auto" gap="md">
      <Anchor component={Link} to={helpPaths.ask(slug)}>
        {t('servicesDesk.request.back')}
      </Anchor>
      <Group justify="space-between" wrap="wrap">
        <Title order={1}>{request.title}</Title>
        <Badge color={statusColors[request.status]} size="lg" variant="outline">
          {t(`servicesDesk.status.${request.status}`)}
        </Badge>
      </Group>
      {problems.map((p) => (
        <Alert key={p} color="red" variant="outline" role="alert">
          {p}
        </Alert>
      ))}
      <Text c="dimmed">
        {localized(request.pillar.nameKo, request.pillar.nameEn)} ·{' '}
        {localized(request.organization.nameKo, request.organization.nameEn)}
      </Text>
      {request.noPartnerAvailable ? (
        <Alert color="yellow" variant="outline" role="status">
          {t('servicesDesk.request.noPartner')}
        </Alert>
      ) : (
        <Text role="status">
          {t('servicesDesk.request.routed', { count: request.routedCount })}{' '}
          {open && t('servicesDesk.request.respondBy', { deadline: deadline(request.respondBy) })}
        </Text>
      )}
      {request.escalated && !request.noPartnerAvailable && request.status === 'open' && (
        <Alert color="yellow" variant="outline">
          {t('servicesDesk.request.escalated')}
        </Alert>
      )}
      <Text style={{ whiteSpace: 'pre-wrap' }}>{request.description}</Text>
      {request.questions.length > 0 && (
        <List spacing={4} aria-label={t('servicesDesk.request.answers')}>
          {request.questions
            .filter((q) => request.answers[q.id] !== undefined)
            .map((q) => {
              const answer = request.answers[q.id];
              const values = Array.isArray(answer) ? answer : [answer ?? ''];
              const labels = values.map((v) => {
                const option = q.options.find((o) => o.value === v);
                return option ? localized(option.labelKo, option.labelEn) : v;
              });
              return (
                <List.Item key={q.id}>
                  {localized(q.labelKo, q.labelEn)}: {labels.join(', ')}
                </List.Item>
              );
            })}
        </List>
      )}
      {request.attachments.length > 0 && (
        <List spacing={4} aria-label={t('servicesDesk.request.attachments')}>
          {request.attachments.map((a) => (
            <List.Item key={a.id}>
              <Anchor href={a.url}>{a.fileName}</Anchor>
            </List.Item>
          ))}
        </List>
      )}
      <Proposals slug={slug} request={request} onChange={(data) => queryClient.setQueryData(key, data)} />
      {(request.status === 'in_progress' || request.status === 'done') && (
        <OutcomeForm slug={slug} request={request} onChange={(data) => queryClient.setQueryData(key, data)} />
      )}
      {request.status !== 'done' && request.status !== 'withdrawn' && (
        <Group>
          <FormError error={withdraw.error} />
          <Button
            variant="outline"
            color="red"
            onClick={() => withdraw.mutate()}
            loading={withdraw.isPending}
          >
            {t('servicesDesk.request.withdraw')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
