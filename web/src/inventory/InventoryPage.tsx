import { Alert, Button, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { api } from '../api.ts';
import { PageState } from '../components/PageState.tsx';
import { useLocalized } from '../components/localized.ts';
import { useSession } from '../session.ts';
import { CatalogueImportButton } from './catalogue/CatalogueImport.tsx';
import { InventoryNav } from './InventoryNav.tsx';
import { MovementForm } from './MovementForm.tsx';
import { ProductForm } from './ProductForm.tsx';
import type { ProductPage } from './types.ts';

const PAGE_SIZE = 50;

/** /my/business/:slug/inventory — the store's products with on-hand, and recording stock. */
export function InventoryPage() {
  const { slug = '' } = useParams();
  const { t, i18n } = useTranslation();
  const localized = useLocalized();
  const session = useSession();
  const queryClient = useQueryClient();
  const [q, setQ] = useState('');
  const [page, setPage] = useState(1);
  const [chosen, setChosen] = useState('');
  const products = useQuery({
    queryKey: ['inventory', slug, 'products', q, page],
    queryFn: () =>
      api.get<ProductPage>(
        `/businesses/${slug}/inventory/products?${new URLSearchParams({
          q,
          page: String(page),
          pageSize: String(PAGE_SIZE),
        }).toString()}`,
      ),
    placeholderData: keepPreviousData,
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['inventory', slug] });
  const business = session.data?.businesses.find((b) => b.slug === slug);
  const name = business ? localized(business.nameKo, business.nameEn) : slug;
  const money = new Intl.NumberFormat(i18n.language === 'ko' ? 'ko-KR' : 'en-US', {
    style: 'currency',
    currency: 'USD',
  });
  const pages = products.data ? Math.max(1, Math.ceil(products.data.total / PAGE_SIZE)) : 1;
  return (
    <Stack maw={960} mx="auto" gap="md">
      <InventoryNav slug={slug} active="stock" />
      <Title order={1}>{t('inventory.title', { name })}</Title>
      <Alert color="blue" variant="light">
        {t('inventory.intro')}
      </Alert>
      <CatalogueImportButton slug={slug} onImported={() => void refresh()} />
      <TextInput
        label={t('inventory.search')}
        type="search"
        maxLength={80}
        value={q}
        onChange={(e) => {
          setQ(e.currentTarget.value);
          setPage(1);
        }}
      />
      {!products.data && <PageState error={products.error} />}
      {products.data && (
        <Stack gap="xs" component="section" aria-label={t('inventory.products')}>
          {products.data.items.length === 0 && <Text>{t('inventory.none')}</Text>}
          {products.data.items.length > 0 && (
            <Table.ScrollContainer minWidth={560}>
              <Table striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('inventory.sku')}</Table.Th>
                    <Table.Th>{t('inventory.name')}</Table.Th>
                    <Table.Th ta="right">{t('inventory.price')}</Table.Th>
                    <Table.Th ta="right">{t('inventory.onHand')}</Table.Th>
                    <Table.Th />
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {products.data.items.map((p) => (
                    <Table.Tr key={p.id}>
                      <Table.Td>{p.sku}</Table.Td>
                      <Table.Td>{localized(p.nameKo, p.nameEn)}</Table.Td>
                      <Table.Td ta="right">{money.format(p.priceCents / 100)}</Table.Td>
                      <Table.Td
                        ta="right"
                        c={p.onHand < 0 ? 'red.9' : undefined}
                        fw={p.onHand < 0 ? 700 : undefined}
                      >
                        {p.onHand}
                      </Table.Td>
                      <Table.Td>
                        <Button variant="subtle" size="compact-sm" onClick={() => setChosen(p.sku)}>
                          {t('inventory.record', { sku: p.sku })}
                        </Button>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
          {pages > 1 && (
            <Group gap="xs">
              <Button variant="default" disabled={page <= 1} onClick={() => setPage(page - 1)}>
                {t('inventory.previous')}
              </Button>
              <Text size="sm">{t('inventory.page', { page, pages })}</Text>
              <Button variant="default" disabled={page >= pages} onClick={() => setPage(page + 1)}>
                {t('inventory.next')}
              </Button>
            </Group>
          )}
        </Stack>
      )}
      <MovementForm slug={slug} sku={chosen} onDone={() => void refresh()} />
      <ProductForm slug={slug} onDone={() => void refresh()} />
    </Stack>
  );
}
