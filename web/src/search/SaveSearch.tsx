import { Alert, Button, Group, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { FormError, fieldError } from '../components/forms.tsx';
import { savedSearchesKey } from './summary.ts';
import type { SearchValues } from './types.ts';

/** The saved search stores the filters (not the page); radiusMiles travels as a number. */
function queryOf(values: SearchValues): Record<string, string | number> {
  const query: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(values)) {
    if (key !== 'page' && value) {
      query[key] = key === 'radiusMiles' ? Number(value) : value;
    }
  }
  return query;
}

/** Saves the current search under a name; the owner is notified when a new business matches it. */
export function SaveSearch({ values }: { values: SearchValues }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [name, setName] = useState(values.q ?? '');
  const save = useMutation({
    mutationFn: () => api.post('/saved-searches', { name: name.trim(), query: queryOf(values) }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: savedSearchesKey }),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  return (
    <form onSubmit={submit}>
      <FormError error={save.error} />
      {save.isSuccess && (
        <Alert color="green" variant="outline" role="status" mb="xs">
          {t('search.saved')}
        </Alert>
      )}
      <Group align="flex-end" gap="sm">
        <TextInput
          label={t('search.saveName')}
          required
          maxLength={120}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          error={fieldError(save.error, 'name')}
        />
        <Button type="submit" variant="outline" loading={save.isPending}>
          {t('search.saveSearch')}
        </Button>
      </Group>
    </form>
  );
}
