import { Button, Card, Group, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { api } from '../api.ts';
import { FormError } from '../components/forms.tsx';
import { useLocalized } from '../components/localized.ts';
import { PageState } from '../components/PageState.tsx';
import { useDeadline } from './format.ts';
import { QuestionsEditor } from './QuestionsEditor.tsx';
import { helpApi, type Desk } from './types.ts';
import { VetForm } from './VetForm.tsx';

/** /service-desk/:orgSlug — unanswered requests to assign by hand, vetted partners, questions per pillar. */
export function DeskPage() {
  const { orgSlug = '' } = useParams();
  const { t } = useTranslation();
  const localized = useLocalized();
  const queryClient = useQueryClient();
  const key = ['servicesDesk', 'desk', orgSlug];
  const query = useQuery({ queryKey: key, queryFn: () => api.get<Desk>(helpApi.desk(orgSlug)) });
  const refresh = () => queryClient.invalidateQueries({ queryKey: key });
  const remove = useMutation({
    mutationFn: ({ pillarKey, businessSlug }: { pillarKey: string; businessSlug: string }) =>
      api.delete(
        `${helpApi.desk(orgSlug)}/pillars/${encodeURIComponent(pillarKey)}/partners/${encodeURIComponent(businessSlug)}`,
      ),
    onSuccess: refresh,
  });
  const desk = query.data;
  if (!desk) {
    return <PageState error={query.error} />;
  }
  const pillarName = (k: string) => {
    const p = desk.pillars.find((x) => x.key === k);
    return p ? localized(p.nameKo, p.nameEn) : k;
  };
  return (
    <Stack maw={1080} mx="auto" gap="lg">
      <Title order={1}>
        {t('servicesDesk.desk.title', {
          name: localized(desk.organization.nameKo, desk.organization.nameEn),
        })}
      </Title>
      <Text>{t('servicesDesk.desk.zone', { zone: desk.timeZone })}</Text>
      <Stack gap="xs" component="section" aria-labelledby="unanswered-title">
        <Title order={2} size="h3" id="unanswered-title">
          {t('servicesDesk.desk.unanswered')}
        </Title>
        {desk.unanswered.length === 0 && <Text>{t('servicesDesk.desk.noneUnanswered')}</Text>}
        {desk.unanswered.map((r) => (
          <AssignCard key={r.id} desk={desk} request={r} onDone={refresh} />
        ))}
      </Stack>
      <Stack gap="xs" component="section" aria-labelledby="partners-title">
        <Title order={2} size="h3" id="partners-title">
          {t('servicesDesk.desk.partners')}
        </Title>
        {desk.partners.length === 0 && <Text>{t('servicesDesk.desk.noPartners')}</Text>}
        <FormError error={remove.error} />
        {desk.partners.length > 0 && (
          <Table.ScrollContainer minWidth={640}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('servicesDesk.desk.pillar')}</Table.Th>
                  <Table.Th>{t('servicesDesk.desk.businessSlug')}</Table.Th>
                  <Table.Th>{t('servicesDesk.desk.weeklyCapacity')}</Table.Th>
                  <Table.Th>{t('servicesDesk.desk.area')}</Table.Th>
                  <Table.Th>{t('servicesDesk.desk.languages')}</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {desk.partners.map((p) => {
                  const name = localized(p.nameKo, p.nameEn);
                  return (
                    <Table.Tr key={`${p.pillarKey}-${p.businessSlug}`}>
                      <Table.Td>{pillarName(p.pillarKey)}</Table.Td>
                      <Table.Td>{name}</Table.Td>
                      <Table.Td>
                        {p.weeklyCapacity === null
                          ? t('servicesDesk.desk.capacityOpen', { used: p.routedThisWeek })
                          : t('servicesDesk.desk.capacity', {
                              used: p.routedThisWeek,
                              capacity: p.weeklyCapacity,
                            })}
                      </Table.Td>
                      <Table.Td>
                        {[
                          ...p.zips,
                          p.radiusMiles === null
                            ? t('servicesDesk.desk.areaOffer')
                            : t('servicesDesk.desk.areaRadius', { miles: p.radiusMiles }),
                        ].join(', ')}
                      </Table.Td>
                      <Table.Td>
                        {p.languages.map((l) => t(`servicesDesk.languages.${l}`)).join(', ')}
                      </Table.Td>
                      <Table.Td>
                        {desk.canManage && (
                          <Button
                            size="xs"
                            variant="default"
                            onClick={() =>
                              remove.mutate({ pillarKey: p.pillarKey, businessSlug: p.businessSlug })
                            }
                          >
                            {t('servicesDesk.desk.remove', { name, pillar: pillarName(p.pillarKey) })}
                          </Button>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
      {desk.canManage && <VetForm orgSlug={orgSlug} desk={desk} onDone={refresh} />}
      {desk.canManage && <QuestionsEditor orgSlug={orgSlug} desk={desk} onDone={refresh} />}
    </Stack>
  );
}

function AssignCard({
  desk,
  request,
  onDone,
}: {
  desk: Desk;
  request: Desk['unanswered'][number];
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const deadline = useDeadline();
  const [choice, setChoice] = useState<string | null>(null);
  const assign = useMutation({
    mutationFn: () =>
      api.post(`${helpApi.desk(desk.organization.slug)}/requests/${encodeURIComponent(request.id)}/assign`, {
        businessSlug: choice ?? '',
      }),
    onSuccess: onDone,
  });
  const options = desk.partners
    .filter((p) => p.pillarKey === request.pillar.key)
    .map((p) => ({ value: p.businessSlug, label: localized(p.nameKo, p.nameEn) }));
  return (
    <Card withBorder padding="sm">
      <Stack gap="xs">
        <Text fw={600}>{request.title}</Text>
        <Text size="sm" c="dimmed">
          {localized(request.business.nameKo, request.business.nameEn)} ·{' '}
          {localized(request.pillar.nameKo, request.pillar.nameEn)} ·{' '}
          {t('servicesDesk.desk.due', { deadline: deadline(request.respondBy, desk.timeZone) })}
        </Text>
        <FormError error={assign.error} />
        <Group align="end" wrap="wrap">
          <Select
            label={t('servicesDesk.desk.assignTo', { title: request.title })}
            data={options}
            value={choice}
            onChange={setChoice}
          />
          <Button onClick={() => assign.mutate()} disabled={!choice} loading={assign.isPending}>
            {t('servicesDesk.desk.assign')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
