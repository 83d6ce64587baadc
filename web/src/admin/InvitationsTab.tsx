import { useState, type FormEvent } from 'react';
import {
  Alert,
  Badge,
  Button,
  Group,
  NativeSelect,
  Paper,
  Stack,
  Table,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { AdminTable } from './AdminTable.tsx';
import { ConfirmAction } from './ConfirmAction.tsx';
import { ErrorAlert, fieldErrors } from './ErrorAlert.tsx';
import { ListState } from './ListState.tsx';
import { useFormat } from './format.ts';
import { roles, type Invitation, type Locale, type Role } from './types.ts';

const statusColors: Record<Invitation['status'], string> = {
  pending: 'blue',
  accepted: 'teal.9',
  expired: 'gray.8',
  revoked: 'red.9',
};

/** Invite people by e-mail (the link is mailed, or stored in the outbox) and revoke pending invitations. */
export function InvitationsTab({ slug }: { slug: string }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const queryClient = useQueryClient();
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('member');
  const [locale, setLocale] = useState<Locale>(i18n.language.startsWith('ko') ? 'ko' : 'en');
  const [notice, setNotice] = useState('');
  const base = `/organizations/${encodeURIComponent(slug)}/invitations`;
  const invitations = useQuery({
    queryKey: ['admin', slug, 'invitations'],
    queryFn: () => api.get<Invitation[]>(base),
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['admin', slug, 'invitations'] });
  const invite = useMutation({
    mutationFn: () => api.post<Invitation>(base, { email: email.trim(), role, locale }),
    onSuccess: async (invitation) => {
      setNotice(t('admin.invitations.sent', { email: invitation.email }));
      setEmail('');
      await refresh();
    },
  });
  const revoke = async (id: string) => {
    await api.delete(`${base}/${id}`);
    await refresh();
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setNotice('');
    invite.mutate();
  };
  const errors = fieldErrors(invite.error);

  return (
    <Stack>
      <Title order={2}>{t('admin.invitations.title')}</Title>
      <Paper withBorder p="md" component="form" onSubmit={submit} aria-labelledby="invite-form-title">
        <Stack>
          <Title order={3} size="h4" id="invite-form-title">
            {t('admin.invitations.formTitle')}
          </Title>
          <Group align="flex-start" grow preventGrowOverflow={false} wrap="wrap">
            <TextInput
              label={t('admin.common.email')}
              type="email"
              required
              maxLength={254}
              value={email}
              onChange={(event) => setEmail(event.currentTarget.value)}
              error={errors.email}
              miw={220}
            />
            <NativeSelect
              label={t('admin.common.role')}
              value={role}
              onChange={(event) => setRole(event.currentTarget.value as Role)}
              data={roles.map((value) => ({ value, label: t(`admin.roles.${value}`) }))}
              error={errors.role}
              miw={160}
            />
            <NativeSelect
              label={t('admin.common.language')}
              value={locale}
              onChange={(event) => setLocale(event.currentTarget.value as Locale)}
              data={(['ko', 'en'] as const).map((value) => ({ value, label: t(`admin.locales.${value}`) }))}
              error={errors.locale}
              miw={160}
            />
          </Group>
          <ErrorAlert error={invite.error} inline={['email', 'role', 'locale']} />
          {notice && (
            <Alert variant="outline" color="teal.9" role="status">
              {notice}
            </Alert>
          )}
          <Group>
            <Button type="submit" loading={invite.isPending}>
              {t('admin.invitations.send')}
            </Button>
          </Group>
        </Stack>
      </Paper>
      <ListState
        error={invitations.error}
        loading={invitations.isPending}
        empty={invitations.data?.length === 0}
      />
      {invitations.data && invitations.data.length > 0 && (
        <AdminTable
          minWidth={680}
          columns={[
            t('admin.common.email'),
            t('admin.common.role'),
            t('admin.common.status'),
            t('admin.common.createdAt'),
            t('admin.invitations.expiresAt'),
            t('admin.common.actions'),
          ]}
        >
          {invitations.data.map((invitation) => (
            <Table.Tr key={invitation.id}>
              <Table.Td>{invitation.email}</Table.Td>
              <Table.Td>{t(`admin.roles.${invitation.role}`)}</Table.Td>
              <Table.Td>
                <Badge variant="outline" color={statusColors[invitation.status]}>
                  {t(`admin.invitations.statuses.${invitation.status}`)}
                </Badge>
              </Table.Td>
              <Table.Td>{format.date(invitation.createdAt)}</Table.Td>
              <Table.Td>{format.date(invitation.expiresAt)}</Table.Td>
              <Table.Td>
                {invitation.status === 'pending' && (
                  <ConfirmAction
                    label={t('admin.invitations.revoke')}
                    title={t('admin.invitations.revokeTitle')}
                    message={t('admin.invitations.revokeConfirm', { email: invitation.email })}
                    onConfirm={() => revoke(invitation.id)}
                  />
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </AdminTable>
      )}
    </Stack>
  );
}
