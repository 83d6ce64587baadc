import { Anchor, Button, Card, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { api } from '../api.ts';
import { PageState } from '../components/PageState.tsx';
import { useLocalized } from '../components/localized.ts';
import { useBusiness } from '../business/queries.ts';
import { DocumentForm } from './DocumentForm.tsx';
import { ExpiryBadge } from './ExpiryBadge.tsx';
import { useDay } from './format.ts';
import { vaultApi, vaultPaths, type DocumentList, type DocumentSummary } from './types.ts';

/** /my/business/:slug/documents — the vault: expiring soon, search, every document, adding one. */
export function VaultPage() {
  const { slug = '' } = useParams();
  const { t } = useTranslation();
  const localized = useLocalized();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const [text, setText] = useState(q);
  const business = useBusiness(slug);
  const list = useQuery({
    queryKey: ['documents', slug, q],
    queryFn: () => api.get<DocumentList>(`${vaultApi.list(slug)}${q ? `?q=${encodeURIComponent(q)}` : ''}`),
  });
  const data = list.data;
  if (!data) {
    return <PageState error={list.error} />;
  }
  const name = business.data ? localized(business.data.nameKo, business.data.nameEn) : slug;
  const search = (event: FormEvent) => {
    event.preventDefault();
    setParams(text.trim() ? { q: text.trim() } : {});
  };

  return (
    <Stack maw={960} mx="auto" gap="md">
      <Stack gap={4}>
        <Title order={1}>{t('documents.title', { name })}</Title>
        <Text>{t('documents.intro')}</Text>
        <Anchor component={Link} to={vaultPaths.shared(slug)}>
          {t('documents.sharedLink')}
        </Anchor>
      </Stack>
      <Card withBorder component="section" aria-labelledby="expiring-title">
        <Title order={2} size="h3" id="expiring-title" mb="xs">
          {t('documents.expiring.title')}
        </Title>
        {data.expiringSoon.length === 0 ? (
          <Text>{t('documents.expiring.none')}</Text>
        ) : (
          <Stack gap="xs" component="ul" p={0} style={{ listStyle: 'none' }}>
            {data.expiringSoon.map((d) => (
              <Group key={d.id} component="li" justify="space-between" wrap="wrap" gap="xs">
                <Anchor component={Link} to={vaultPaths.document(slug, d.id)}>
                  {d.title}
                </Anchor>
                <ExpiryBadge document={d} />
              </Group>
            ))}
          </Stack>
        )}
      </Card>
      <Stack gap="xs" component="section" aria-labelledby="documents-title">
        <Title order={2} size="h3" id="documents-title">
          {t('documents.list.title')}
        </Title>
        <Group component="form" role="search" onSubmit={search} align="flex-end" wrap="wrap">
          <TextInput
            type="search"
            label={t('documents.search.label')}
            description={t('documents.search.description')}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            maxLength={200}
            style={{ flex: 1, minWidth: 220 }}
          />
          <Button type="submit">{t('documents.search.submit')}</Button>
          {q && (
            <Button
              variant="default"
              onClick={() => {
                setText('');
                setParams({});
              }}
            >
              {t('documents.search.clear')}
            </Button>
          )}
        </Group>
        <DocumentTable slug={slug} items={data.items} q={q} />
      </Stack>
      <Card withBorder component="section">
        <DocumentForm slug={slug} />
      </Card>
    </Stack>
  );
}

function DocumentTable({ slug, items, q }: { slug: string; items: DocumentSummary[]; q: string }) {
  const { t } = useTranslation();
  const day = useDay();
  if (items.length === 0) {
    return <Text>{q ? t('documents.list.noMatch', { q }) : t('documents.list.none')}</Text>;
  }
  return (
    <Table.ScrollContainer minWidth={520}>
      <Table striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('documents.list.document')}</Table.Th>
            <Table.Th>{t('documents.list.type')}</Table.Th>
            <Table.Th>{t('documents.list.expires')}</Table.Th>
            <Table.Th>{t('documents.list.status')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((d) => (
            <Table.Tr key={d.id}>
              <Table.Td>
                <Anchor component={Link} to={vaultPaths.document(slug, d.id)}>
                  {d.title}
                </Anchor>
                {d.number && (
                  <Text size="xs" c="dark.6">
                    {d.number}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{t(`documents.types.${d.type}`)}</Table.Td>
              <Table.Td>{day(d.expiresOn)}</Table.Td>
              <Table.Td>
                <ExpiryBadge document={d} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
