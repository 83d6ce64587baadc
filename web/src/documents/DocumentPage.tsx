import { Anchor, Badge, Button, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router-dom';
import { api } from '../api.ts';
import { FormError } from '../components/forms.tsx';
import { PageState } from '../components/PageState.tsx';
import { useDateFormat, useLocalized } from '../components/localized.ts';
import { ExpiryBadge } from './ExpiryBadge.tsx';
import { FilePanel } from './FilePanel.tsx';
import { useDay } from './format.ts';
import { ShareDialog } from './ShareDialog.tsx';
import { vaultApi, vaultPaths, type DocumentDetail, type Share } from './types.ts';

/** /my/business/:slug/documents/:id — one document: its fields, file, shares; sharing and deleting. */
export function DocumentPage() {
  const { slug = '', id = '' } = useParams();
  const { t } = useTranslation();
  const day = useDay();
  const navigate = useNavigate();
  const location = useLocation();
  const queryClient = useQueryClient();
  const [sharing, setSharing] = useState(false);
  const detail = useQuery({
    queryKey: ['documents', slug, 'detail', id],
    queryFn: () => api.get<DocumentDetail>(vaultApi.document(slug, id)),
  });
  const remove = useMutation({
    mutationFn: () => api.delete(vaultApi.document(slug, id)),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['documents', slug] });
      void navigate(vaultPaths.vault(slug));
    },
  });
  const d = detail.data;
  if (!d) {
    return <PageState error={detail.error} />;
  }
  const fileError = (location.state as { fileError?: string | null } | null)?.fileError ?? null;
  const facts: [string, string][] = [
    [t('documents.detail.number'), d.number || '—'],
    [t('documents.detail.issuer'), d.issuer || '—'],
    [t('documents.detail.issuedOn'), day(d.issuedOn)],
    [t('documents.detail.expiresOn'), day(d.expiresOn)],
  ];
  return (
    <Stack maw={860} mx="auto" gap="md">
      <Anchor component={Link} to={vaultPaths.vault(slug)}>
        {t('documents.detail.back')}
      </Anchor>
      <Stack gap={4}>
        <Text c="dark.6">{t(`documents.types.${d.type}`)}</Text>
        <Title order={1}>{d.title}</Title>
        <ExpiryBadge document={d} />
      </Stack>
      <Card withBorder>
        <Stack gap={4} component="dl" m={0}>
          {facts.map(([label, value]) => (
            <Group key={label} gap="xs" wrap="wrap">
              <Text component="dt" fw={700}>
                {label}
              </Text>
              <Text component="dd" m={0}>
                {value}
              </Text>
            </Group>
          ))}
        </Stack>
        {d.notes && (
          <Text mt="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {d.notes}
          </Text>
        )}
      </Card>
      <Card withBorder>
        <FilePanel
          slug={slug}
          id={d.id}
          title={d.title}
          file={d.file}
          extractedChars={d.extractedChars}
          refusedBefore={fileError}
        />
      </Card>
      <Card withBorder component="section" aria-labelledby="shares-title">
        <Group justify="space-between" mb="xs">
          <Title order={2} size="h3" id="shares-title">
            {t('documents.share.listTitle')}
          </Title>
          <Button onClick={() => setSharing(true)}>{t('documents.share.open')}</Button>
        </Group>
        <SharesTable slug={slug} id={d.id} shares={d.shares} />
      </Card>
      <ShareDialog slug={slug} id={d.id} title={d.title} opened={sharing} onClose={() => setSharing(false)} />
      <FormError error={remove.error} />
      <Button
        color="red.9"
        variant="outline"
        style={{ alignSelf: 'flex-start' }}
        loading={remove.isPending}
        onClick={() => {
          if (window.confirm(t('documents.detail.deleteConfirm', { title: d.title }))) {
            remove.mutate();
          }
        }}
      >
        {t('documents.detail.delete')}
      </Button>
    </Stack>
  );
}

function SharesTable({ slug, id, shares }: { slug: string; id: string; shares: Share[] }) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const date = useDateFormat();
  const queryClient = useQueryClient();
  const revoke = useMutation({
    mutationFn: (shareId: string) => api.delete<Share>(`${vaultApi.document(slug, id)}/shares/${shareId}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['documents', slug] }),
  });
  if (shares.length === 0) {
    return <Text>{t('documents.share.none')}</Text>;
  }
  return (
    <Stack gap="xs">
      <FormError error={revoke.error} />
      <Table.ScrollContainer minWidth={420}>
        <Table>
          <Table.Tbody>
            {shares.map((s) => {
              const name = localized(s.partner.nameKo, s.partner.nameEn);
              return (
                <Table.Tr key={s.id}>
                  <Table.Td>
                    <Text fw={600}>{name}</Text>
                    {s.note && <Text size="sm">{s.note}</Text>}
                  </Table.Td>
                  <Table.Td>
                    {s.active ? (
                      t('documents.share.until', { date: date(s.expiresAt) })
                    ) : (
                      <Badge color="gray.8" variant="outline">
                        {s.revokedAt ? t('documents.share.revoked') : t('documents.share.ended')}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td ta="right">
                    {s.active && (
                      <Button
                        size="xs"
                        variant="default"
                        aria-label={t('documents.share.revokeOf', { name })}
                        loading={revoke.isPending && revoke.variables === s.id}
                        onClick={() => revoke.mutate(s.id)}
                      >
                        {t('documents.share.revoke')}
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
