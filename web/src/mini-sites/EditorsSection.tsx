import { Button, Group, NumberInput, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { FormError, fieldError } from '../components/forms.tsx';
import { useEditors } from './queries.ts';
import { editorsKey, sitePath } from './types.ts';

/** Web designers: invite one by e-mail for some days (texts, photos and theme only), or revoke. */
export function EditorsSection({ slug }: { slug: string }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const editors = useEditors(slug, true);
  const [email, setEmail] = useState('');
  const [days, setDays] = useState<number>(14);
  const refresh = () => queryClient.invalidateQueries({ queryKey: editorsKey(slug) });
  const invite = useMutation({
    mutationFn: () => api.post(`${sitePath(slug)}/editors`, { email: email.trim(), days }),
    onSuccess: async () => {
      setEmail('');
      await refresh();
    },
  });
  const revoke = useMutation({
    mutationFn: (id: string) => api.delete(`${sitePath(slug)}/editors/${encodeURIComponent(id)}`),
    onSuccess: refresh,
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    invite.mutate();
  };
  const date = (iso: string) => new Date(iso).toLocaleDateString(i18n.language === 'ko' ? 'ko-KR' : 'en-US');
  const list = editors.data?.editors ?? [];

  return (
    <Stack gap="sm">
      <Title order={2} id="site-editors-title">
        {t('miniSites.editors.title')}
      </Title>
      <Text size="sm">{t('miniSites.editors.hint')}</Text>
      <FormError error={revoke.error} />
      {list.length === 0 ? (
        <Text>{t('miniSites.editors.none')}</Text>
      ) : (
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('miniSites.editors.email')}</Table.Th>
              <Table.Th>{t('miniSites.editors.until')}</Table.Th>
              <Table.Th>{t('miniSites.editors.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.map((e) => (
              <Table.Tr key={e.id}>
                <Table.Td>{e.email}</Table.Td>
                <Table.Td>{e.expired ? t('miniSites.editors.expired') : date(e.expiresAt)}</Table.Td>
                <Table.Td>
                  <Button
                    variant="subtle"
                    size="xs"
                    onClick={() => revoke.mutate(e.id)}
                    aria-label={t('miniSites.editors.revokeOf', { email: e.email })}
                  >
                    {t('miniSites.editors.revoke')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Stack component="form" onSubmit={submit} gap="sm">
        <FormError error={invite.error} />
        <Group align="flex-end" wrap="wrap">
          <TextInput
            type="email"
            required
            label={t('miniSites.editors.email')}
            value={email}
            onChange={(e) => setEmail(e.currentTarget.value)}
            error={fieldError(invite.error, 'email')}
            style={{ flex: 1, minWidth: 220 }}
          />
          <NumberInput
            label={t('miniSites.editors.days')}
            min={1}
            max={90}
            value={days}
            onChange={(v) => setDays(typeof v === 'number' ? v : 14)}
            w={120}
          />
          <Button type="submit" loading={invite.isPending}>
            {t('miniSites.editors.invite')}
          </Button>
        </Group>
      </Stack>
    </Stack>
  );
}
