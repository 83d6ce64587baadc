import { ActionIcon, Badge, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { AdminTable } from './AdminTable.tsx';
import { ListState } from './ListState.tsx';
import { useFormat } from './format.ts';
import { AddPillarForm, RenamePillar } from './PillarForms.tsx';
import type { Pillar } from './types.ts';

const pillarsKey = ['pillars', 'includeRetired'];

/** The federation's pillars, retired ones included: add, rename, retire/restore and reorder. */
export function PillarsTab() {
  const { t } = useTranslation();
  const format = useFormat();
  const queryClient = useQueryClient();
  const pillars = useQuery({
    queryKey: pillarsKey,
    queryFn: () => api.get<Pillar[]>('/pillars?includeRetired=true'),
    select: (list) => [...list].sort((a, b) => a.position - b.position),
  });
  // Other pages list only active pillars under ['pillars', …]; refresh them too.
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['pillars'] });
  const setRetired = useMutation({
    mutationFn: (pillar: Pillar) => api.patch<Pillar>(`/pillars/${pillar.id}`, { retired: !pillar.retired }),
    onSuccess: refresh,
  });
  const reorder = useMutation({
    mutationFn: (ids: string[]) => api.put('/pillars/order', { ids }),
    onSuccess: refresh,
  });
  const move = (index: number, offset: -1 | 1) => {
    const list = pillars.data ?? [];
    const ids = list.map((pillar) => pillar.id);
    const target = index + offset;
    const moved = ids[index];
    const other = ids[target];
    if (moved === undefined || other === undefined) {
      return;
    }
    ids[index] = other;
    ids[target] = moved;
    reorder.mutate(ids);
  };
  const busy = reorder.isPending || setRetired.isPending;
  const count = pillars.data?.length ?? 0;

  return (
    <Stack>
      <Title order={2}>{t('admin.pillars.title')}</Title>
      <Text c="dimmed">{t('admin.pillars.intro')}</Text>
      <ListState error={pillars.error ?? reorder.error ?? setRetired.error} loading={pillars.isPending} />
      {pillars.data && (
        <AdminTable
          minWidth={720}
          columns={[
            t('admin.pillars.position'),
            t('admin.pillars.key'),
            t('admin.pillars.nameKo'),
            t('admin.pillars.nameEn'),
            t('admin.common.status'),
            t('admin.common.actions'),
          ]}
        >
          {pillars.data.map((pillar, index) => (
            <Table.Tr key={pillar.id}>
              <Table.Td>
                <Group gap={4} wrap="nowrap">
                  <ActionIcon
                    variant="default"
                    aria-label={t('admin.pillars.moveUp', { name: format.name(pillar) })}
                    disabled={busy || index === 0}
                    onClick={() => move(index, -1)}
                  >
                    <span aria-hidden="true">↑</span>
                  </ActionIcon>
                  <ActionIcon
                    variant="default"
                    aria-label={t('admin.pillars.moveDown', { name: format.name(pillar) })}
                    disabled={busy || index === count - 1}
                    onClick={() => move(index, 1)}
                  >
                    <span aria-hidden="true">↓</span>
                  </ActionIcon>
                </Group>
              </Table.Td>
              <Table.Td>
                <code>{pillar.key}</code>
              </Table.Td>
              <Table.Td lang="ko">{pillar.nameKo}</Table.Td>
              <Table.Td lang="en">{pillar.nameEn}</Table.Td>
              <Table.Td>
                <Badge variant="outline" color={pillar.retired ? 'gray.8' : 'teal.9'}>
                  {pillar.retired ? t('admin.pillars.retired') : t('admin.pillars.active')}
                </Badge>
              </Table.Td>
              <Table.Td>
                <Group gap="xs" wrap="nowrap">
                  <RenamePillar pillar={pillar} label={format.name(pillar)} onSaved={refresh} />
                  <Button
                    size="xs"
                    variant="outline"
                    color={pillar.retired ? 'teal.9' : 'gray.8'}
                    disabled={busy}
                    onClick={() => setRetired.mutate(pillar)}
                  >
                    {pillar.retired ? t('admin.pillars.restore') : t('admin.pillars.retire')}
                  </Button>
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </AdminTable>
      )}
      <AddPillarForm onSaved={refresh} />
    </Stack>
  );
}
