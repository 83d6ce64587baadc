import { Alert, Anchor, Button, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api } from '../api.ts';
import { FormError } from '../components/forms.tsx';
import { savedSearchesKey, searchLink, useSearchSummary, type SavedSearch } from './summary.ts';

/** The signed-in user's saved searches: what each filters by, a link to run it, and delete. */
export function SavedSearches() {
  const { t } = useTranslation();
  const summary = useSearchSummary();
  const queryClient = useQueryClient();
  const saved = useQuery({
    queryKey: savedSearchesKey,
    queryFn: () => api.get<SavedSearch[]>('/saved-searches'),
  });
  const remove = useMutation({
    mutationFn: (search: SavedSearch) => api.delete(`/saved-searches/${encodeURIComponent(search.id)}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: savedSearchesKey }),
  });
  const list = saved.data ?? [];
  return (
    <Stack component="section" aria-labelledby="saved-searches-title" gap="sm">
      <Title order={2} size="h3" id="saved-searches-title">
        {t('search.savedTitle')}
      </Title>
      <FormError error={saved.error ?? remove.error} />
      {remove.isSuccess && (
        <Alert color="green" variant="outline" role="status">
          {t('search.savedDeleted', { name: remove.variables.name })}
        </Alert>
      )}
      {saved.isSuccess && list.length === 0 && <Text>{t('search.savedEmpty')}</Text>}
      {list.length > 0 && (
        <Stack component="ul" aria-label={t('search.savedList')} gap="xs" p={0} m={0}>
          {list.map((search) => (
            <Card key={search.id} component="li" withBorder padding="sm" style={{ listStyle: 'none' }}>
              <Group justify="space-between" align="flex-start" wrap="nowrap">
                <Stack gap={4}>
                  <Anchor
                    component={Link}
                    to={searchLink(search.query)}
                    fw={600}
                    aria-label={t('search.savedRun', { name: search.name })}
                  >
                    {search.name}
                  </Anchor>
                  <List size="sm" listStyleType="none" spacing={2}>
                    {summary(search.query).map((part) => (
                      <List.Item key={part}>{part}</List.Item>
                    ))}
                  </List>
                </Stack>
                <Button
                  size="xs"
                  variant="outline"
                  color="red.9"
                  loading={remove.isPending && remove.variables.id === search.id}
                  aria-label={t('search.savedDeleteLabel', { name: search.name })}
                  onClick={() => remove.mutate(search)}
                >
                  {t('search.savedDelete')}
                </Button>
              </Group>
            </Card>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
