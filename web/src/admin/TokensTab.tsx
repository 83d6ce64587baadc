import { useState, type FormEvent } from 'react';
import {
  Alert,
  Badge,
  Button,
  Code,
  CopyButton,
  Group,
  Paper,
  Stack,
  Table,
  Text,
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
import type { ApiToken, CreatedToken } from './types.ts';

/** Organization API tokens: the secret is shown once, right after creation. */
export function TokensTab({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const queryClient = useQueryClient();
  const [name, setName] = useState('');
  const [created, setCreated] = useState<CreatedToken | null>(null);
  const base = `/organizations/${encodeURIComponent(slug)}/tokens`;
  const tokens = useQuery({ queryKey: ['admin', slug, 'tokens'], queryFn: () => api.get<ApiToken[]>(base) });
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['admin', slug, 'tokens'] });
  const create = useMutation({
    mutationFn: () => api.post<CreatedToken>(base, { name: name.trim() }),
    onSuccess: async (token) => {
      setCreated(token);
      setName('');
      await refresh();
    },
  });
  const revoke = async (id: string) => {
    await api.delete(`${base}/${id}`);
    setCreated((shown) => (shown?.id === id ? null : shown));
    await refresh();
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setCreated(null);
    create.mutate();
  };
  const errors = fieldErrors(create.error);

  return (
    <Stack>
      <Title order={2}>{t('admin.tokens.title')}</Title>
      <Text c="dimmed">{t('admin.tokens.intro')}</Text>
      <Paper withBorder p="md" component="form" onSubmit={submit}>
        <Group align="flex-end" wrap="wrap">
          <TextInput
            label={t('admin.tokens.name')}
            placeholder={t('admin.tokens.namePlaceholder')}
            required
            maxLength={100}
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
            error={errors.name}
            miw={240}
          />
          <Button type="submit" loading={create.isPending}>
            {t('admin.tokens.create')}
          </Button>
        </Group>
        <ErrorAlert error={create.error} inline={['name']} />
      </Paper>
      {created && (
        <Alert
          variant="outline"
          color="red.9"
          role="alert"
          title={t('admin.tokens.createdTitle', { name: created.name })}
        >
          <Stack gap="xs">
            <Text size="sm">{t('admin.tokens.createdWarning')}</Text>
            <Code block style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }}>
              {created.token}
            </Code>
            <Group gap="xs">
              <CopyButton value={created.token}>
                {({ copied, copy }) => (
                  <Button size="xs" color={copied ? 'teal.9' : 'blue'} onClick={copy}>
                    {copied ? t('admin.tokens.copied') : t('admin.tokens.copy')}
                  </Button>
                )}
              </CopyButton>
              <Button size="xs" variant="default" onClick={() => setCreated(null)}>
                {t('admin.tokens.dismiss')}
              </Button>
            </Group>
          </Stack>
        </Alert>
      )}
      <ListState error={tokens.error} loading={tokens.isPending} empty={tokens.data?.length === 0} />
      {tokens.data && tokens.data.length > 0 && (
        <AdminTable
          minWidth={600}
          columns={[
            t('admin.common.name'),
            t('admin.tokens.prefix'),
            t('admin.common.createdAt'),
            t('admin.tokens.lastUsed'),
            t('admin.common.actions'),
          ]}
        >
          {tokens.data.map((token) => (
            <Table.Tr key={token.id}>
              <Table.Td>{token.name}</Table.Td>
              <Table.Td>
                <Code>{token.prefix}…</Code>
              </Table.Td>
              <Table.Td>{format.date(token.createdAt)}</Table.Td>
              <Table.Td>
                {token.lastUsedAt ? format.date(token.lastUsedAt) : t('admin.tokens.never')}
              </Table.Td>
              <Table.Td>
                {token.revokedAt ? (
                  <Badge variant="outline" color="gray.8">
                    {t('admin.tokens.revokedAt', { date: format.date(token.revokedAt) })}
                  </Badge>
                ) : (
                  <ConfirmAction
                    label={t('admin.tokens.revoke')}
                    title={t('admin.tokens.revokeTitle')}
                    message={t('admin.tokens.revokeConfirm', { name: token.name })}
                    onConfirm={() => revoke(token.id)}
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
