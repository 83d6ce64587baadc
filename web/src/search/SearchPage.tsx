import { Button, Card, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { api } from '../api.ts';
import { FormError } from '../components/forms.tsx';
import { useSession } from '../session.ts';
import { PillarFacets } from './PillarFacets.tsx';
import { SavedSearches } from './SavedSearches.tsx';
import { SaveSearch } from './SaveSearch.tsx';
import { SearchFilters } from './SearchFilters.tsx';
import { SearchResults } from './SearchResults.tsx';
import { searchParamKeys, type SearchParamKey, type SearchResponse, type SearchValues } from './types.ts';

function valuesOf(params: URLSearchParams): SearchValues {
  const values: SearchValues = {};
  for (const key of searchParamKeys) {
    const value = params.get(key);
    if (value) {
      values[key] = value;
    }
  }
  return values;
}

/** /search — the public directory search; every choice lives in the address, so a search can be shared. */
export function SearchPage() {
  const { t } = useTranslation();
  const session = useSession();
  const [params, setParams] = useSearchParams();
  const values = valuesOf(params);
  const [text, setText] = useState(values.q ?? '');
  // A new address (a notification's link, the back button) brings its own query into the box.
  const [shownQuery, setShownQuery] = useState(values.q ?? '');
  if ((values.q ?? '') !== shownQuery) {
    setShownQuery(values.q ?? '');
    setText(values.q ?? '');
  }
  const [cleared, setCleared] = useState(0);
  const query = new URLSearchParams(values as Record<string, string>).toString();
  const results = useQuery({
    queryKey: ['search', query],
    queryFn: () => api.get<SearchResponse>(`/search?${query}`),
    placeholderData: keepPreviousData,
  });

  const update = (changes: SearchValues) => {
    const next: SearchValues = { ...values, ...changes };
    if (!('page' in changes)) {
      delete next.page;
    }
    for (const key of Object.keys(next) as SearchParamKey[]) {
      if (!next[key]) {
        delete next[key];
      }
    }
    if (!next.near) {
      delete next.radiusMiles;
    }
    setParams(next as Record<string, string>);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    update({ q: text.trim() });
  };

  const data = results.data;
  const pages = data ? Math.max(1, Math.ceil(data.total / data.pageSize)) : 1;
  const page = data?.page ?? 1;
  const signedIn = Boolean(session.data?.user);
  return (
    <Stack maw={960} mx="auto" gap="md">
      <Title order={1}>{t('search.title')}</Title>
      <Card withBorder component="section" aria-labelledby="search-filters-title">
        <Stack gap="sm">
          <Group component="form" role="search" onSubmit={submit} align="flex-end" wrap="nowrap">
            <TextInput
              type="search"
              label={t('search.query')}
              description={t('search.queryHint')}
              maxLength={200}
              value={text}
              onChange={(e) => setText(e.currentTarget.value)}
              style={{ flex: 1 }}
            />
            <Button type="submit">{t('search.submit')}</Button>
          </Group>
          <Title order={2} size="h4" id="search-filters-title">
            {t('search.filters')}
          </Title>
          <SearchFilters
            key={cleared}
            values={values}
            hasBusiness={(session.data?.businesses.length ?? 0) > 0}
            onChange={(key, value) => update({ [key]: value })}
            onClear={() => {
              setText('');
              setCleared((n) => n + 1);
              setParams({});
            }}
          />
        </Stack>
      </Card>
      <FormError error={results.error} />
      {data && (
        <Stack gap="sm" component="section" aria-labelledby="search-results-title">
          <Title order={2} size="h3" id="search-results-title" aria-live="polite">
            {t('search.results', { count: data.total })}
          </Title>
          <PillarFacets
            facets={data.facets.pillars}
            selected={values.pillar ?? ''}
            onSelect={(key) => update({ pillar: key })}
          />
          {data.total === 0 && <Text>{t('search.empty')}</Text>}
          <SearchResults results={data.results} />
          {pages > 1 && (
            <Group component="nav" aria-label={t('search.paging')} justify="center" gap="sm">
              <Button
                variant="outline"
                disabled={page <= 1}
                onClick={() => update({ page: String(page - 1) })}
              >
                {t('search.previous')}
              </Button>
              <Text>{t('search.pageOf', { page, pages })}</Text>
              <Button
                variant="outline"
                disabled={page >= pages}
                onClick={() => update({ page: String(page + 1) })}
              >
                {t('search.next')}
              </Button>
            </Group>
          )}
          {signedIn && <SaveSearch values={values} />}
        </Stack>
      )}
      {signedIn && <SavedSearches />}
    </Stack>
  );
}
