import { Button, Group, Stack, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { FormError } from '../components/forms.tsx';
import { useTeamChange } from './hooks.ts';
import { teamApi, type TeamDetail } from './types.ts';

/** Shares the team with another organization by its address: that organization's admins then co-manage it. */
export function ShareForm({ orgSlug, teamSlug }: { orgSlug: string; teamSlug: string }) {
  const { t } = useTranslation();
  const [other, setOther] = useState('');
  const share = useTeamChange(
    orgSlug,
    teamSlug,
    (slug: string) =>
      api.put<TeamDetail>(`${teamApi(orgSlug, teamSlug)}/organizations/${encodeURIComponent(slug)}`, {}),
    () => setOther(''),
  );
  return (
    <Stack
      gap="xs"
      component="form"
      aria-label={t('actionTeams.team.share')}
      onSubmit={(e) => {
        e.preventDefault();
        share.mutate(other.trim());
      }}
    >
      <Title order={2} size="h3">
        {t('actionTeams.team.share')}
      </Title>
      <Group align="flex-end" gap="xs">
        <TextInput
          label={t('actionTeams.team.shareSlug')}
          required
          value={other}
          onChange={(e) => setOther(e.currentTarget.value)}
        />
        <Button type="submit" loading={share.isPending}>
          {t('actionTeams.team.shareSubmit')}
        </Button>
      </Group>
      <FormError error={share.error} />
    </Stack>
  );
}
