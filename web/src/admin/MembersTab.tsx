import { useState } from 'react';
import {
  Anchor,
  Badge,
  Button,
  Group,
  NativeSelect,
  SegmentedControl,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api } from '../api.ts';
import { AdminTable } from './AdminTable.tsx';
import { ConfirmAction } from './ConfirmAction.tsx';
import { ListState } from './ListState.tsx';
import { useFormat } from './format.ts';
import { roles, type Member, type Role } from './types.ts';

type StatusFilter = 'all' | 'active' | 'suspended';

/**
 * The width the role select needs for its longest label (Hangul about 1em a syllable, Latin about
 * 0.62em a letter, at the select's 0.75rem text) plus its padding and arrow. A table squeezes a
 * full-width select to nothing, so it gets this as its minimum.
 */
function selectWidth(labels: string[]): string {
  const ems = Math.max(
    ...labels.map((label) => [...label].reduce((sum, c) => sum + (c > '\u1100' ? 1 : 0.62), 0)),
  );
  return `calc(${(ems * 0.75).toFixed(2)}rem + 2.5rem)`;
}

/** Mantine clips a badge's label with an ellipsis; in a table cell it must show whole instead. */
const wholeBadge = { root: { overflow: 'visible' }, label: { overflow: 'visible' } } as const;

/** Members of the organization: role changes, suspension and removal. */
export function MembersTab({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const queryClient = useQueryClient();
  const [filter, setFilter] = useState<StatusFilter>('all');
  const base = `/organizations/${encodeURIComponent(slug)}/members`;
  const members = useQuery({
    queryKey: ['admin', slug, 'members', filter],
    queryFn: () => api.get<Member[]>(filter === 'all' ? base : `${base}?status=${filter}`),
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['admin', slug, 'members'] });
  const update = useMutation({
    mutationFn: ({ id, ...change }: { id: string; role?: Role; status?: Member['status'] }) =>
      api.patch<Member>(`${base}/${id}`, change),
    onSuccess: refresh,
  });
  const roleLabels = roles.map((role) => ({ value: role, label: t(`admin.roles.${role}`) }));
  const roleWidth = selectWidth(roleLabels.map((r) => r.label));
  const remove = async (id: string) => {
    await api.delete(`${base}/${id}`);
    await refresh();
  };

  return (
    <Stack>
      <Group justify="space-between" wrap="wrap">
        <Title order={2}>{t('admin.members.title')}</Title>
        <SegmentedControl
          aria-label={t('admin.members.filter')}
          value={filter}
          onChange={(value) => setFilter(value as StatusFilter)}
          data={[
            { value: 'all', label: t('admin.members.filterAll') },
            { value: 'active', label: t('admin.members.statuses.active') },
            { value: 'suspended', label: t('admin.members.statuses.suspended') },
          ]}
        />
      </Group>
      <ListState
        error={members.error ?? update.error}
        loading={members.isPending}
        empty={members.data?.length === 0}
      />
      {members.data && members.data.length > 0 && (
        <AdminTable
          minWidth={760}
          verticalSpacing="sm"
          columns={[
            t('admin.common.name'),
            t('admin.common.role'),
            t('admin.common.status'),
            t('admin.members.businesses'),
            t('admin.common.createdAt'),
            t('admin.common.actions'),
          ]}
        >
          {members.data.map((member) => (
            <Table.Tr key={member.id}>
              <Table.Td>
                <Text fw={500}>{member.user.name}</Text>
                <Text size="sm" c="dimmed">
                  {member.user.email}
                </Text>
              </Table.Td>
              <Table.Td>
                <NativeSelect
                  size="xs"
                  miw={roleWidth}
                  aria-label={t('admin.members.roleFor', { name: member.user.name })}
                  value={member.role}
                  disabled={update.isPending}
                  onChange={(event) =>
                    update.mutate({ id: member.id, role: event.currentTarget.value as Role })
                  }
                  data={roleLabels}
                />
              </Table.Td>
              <Table.Td>
                <Badge
                  color={member.status === 'active' ? 'teal.9' : 'gray.8'}
                  variant="outline"
                  styles={wholeBadge}
                >
                  {t(`admin.members.statuses.${member.status}`)}
                </Badge>
              </Table.Td>
              <Table.Td>
                {member.businesses.length === 0 ? (
                  <Text size="sm" c="dimmed">
                    {t('admin.members.noBusinesses')}
                  </Text>
                ) : (
                  member.businesses.map((business) => (
                    <Anchor
                      key={business.slug}
                      component={Link}
                      to={`/directory/${business.slug}`}
                      size="sm"
                      display="block"
                    >
                      {format.name(business)}
                    </Anchor>
                  ))
                )}
              </Table.Td>
              <Table.Td>
                <Text size="sm">{format.date(member.createdAt)}</Text>
              </Table.Td>
              <Table.Td>
                <Group gap="xs" wrap="nowrap">
                  <Button
                    size="xs"
                    variant="outline"
                    color={member.status === 'active' ? 'gray.8' : 'teal.9'}
                    disabled={update.isPending}
                    onClick={() =>
                      update.mutate({
                        id: member.id,
                        status: member.status === 'active' ? 'suspended' : 'active',
                      })
                    }
                  >
                    {member.status === 'active' ? t('admin.members.suspend') : t('admin.members.reactivate')}
                  </Button>
                  <ConfirmAction
                    label={t('admin.members.remove')}
                    title={t('admin.members.removeTitle')}
                    message={t('admin.members.removeConfirm', {
                      name: member.user.name,
                      email: member.user.email,
                    })}
                    onConfirm={() => remove(member.id)}
                  />
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </AdminTable>
      )}
    </Stack>
  );
}
