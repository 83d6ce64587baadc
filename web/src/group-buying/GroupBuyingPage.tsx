import { Anchor, Badge, Progress, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router-dom';
import { api } from '../api.ts';
import { PageState } from '../components/PageState.tsx';
import { useLocalized } from '../components/localized.ts';
import { statusColors, useDay } from './format.ts';
import { GroupOrderDetail } from './GroupOrderDetail.tsx';
import { GroupOrderForm } from './GroupOrderForm.tsx';
import type { GroupOrderList } from './types.ts';

/** /group-buying/:orgSlug — an organization's group orders: the list, one order, and starting one. */
export function GroupBuyingPage() {
  const { orgSlug = '' } = useParams();
  const { t } = useTranslation();
  const localized = useLocalized();
  const day = useDay();
  const [searchParams, setSearchParams] = useSearchParams();
  const selected = searchParams.get('order');
  const list = useQuery({
    queryKey: ['groupBuying', orgSlug],
    queryFn: () => api.get<GroupOrderList>(`/organizations/${encodeURIComponent(orgSlug)}/group-orders`),
  });
  const select = (id: string) => setSearchParams({ order: id });
  const data = list.data;
  if (!data) {
    return <PageState error={list.error} />;
  }
  return (
    <Stack maw={960} mx="auto" gap="md">
      <Title order={1}>
        {t('groupBuying.pageTitle', { name: localized(data.organization.nameKo, data.organization.nameEn) })}
      </Title>
      <Text>{t('groupBuying.intro')}</Text>
      <Stack gap="xs" component="section" aria-labelledby="group-orders-title">
        <Title order={2} id="group-orders-title" size="h3">
          {t('groupBuying.list.title')}
        </Title>
        {data.items.length === 0 && <Text>{t('groupBuying.list.none')}</Text>}
        {data.items.length > 0 && (
          <Table.ScrollContainer minWidth={640}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('groupBuying.list.order')}</Table.Th>
                  <Table.Th>{t('groupBuying.list.pooled')}</Table.Th>
                  <Table.Th ta="right">{t('groupBuying.list.stores')}</Table.Th>
                  <Table.Th>{t('groupBuying.list.closesOn')}</Table.Th>
                  <Table.Th>{t('groupBuying.list.status')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.items.map((o) => {
                  const title = localized(o.titleKo, o.titleEn);
                  return (
                    <Table.Tr key={o.id}>
                      <Table.Td>
                        <Anchor
                          component="button"
                          type="button"
                          fw={o.id === selected ? 700 : undefined}
                          aria-current={o.id === selected ? 'true' : undefined}
                          onClick={() => select(o.id)}
                        >
                          {title}
                        </Anchor>
                        <Text size="xs" c="dimmed">
                          {o.supplierName} · {o.supplierSku}
                        </Text>
                      </Table.Td>
                      <Table.Td miw={160}>
                        <Text size="sm">
                          {t('groupBuying.units', { pooled: o.pooledQuantity, target: o.breakQuantity })}
                        </Text>
                        <Progress
                          value={o.progressPercent}
                          color={o.breakReached ? 'green' : 'blue'}
                          aria-label={t('groupBuying.progressOf', { title })}
                        />
                      </Table.Td>
                      <Table.Td ta="right">{o.storeCount}</Table.Td>
                      <Table.Td>{day(o.closesOn)}</Table.Td>
                      <Table.Td>
                        <Badge color={statusColors[o.status]} variant="outline">
                          {t(`groupBuying.status.${o.status}`)}
                        </Badge>
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
      {selected && <GroupOrderDetail orgSlug={orgSlug} id={selected} />}
      {data.canOrganize && (
        <GroupOrderForm orgSlug={orgSlug} myStores={data.myStores} onCreated={(id) => select(id)} />
      )}
    </Stack>
  );
}
