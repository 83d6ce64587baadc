import {
  Button,
  Card,
  Checkbox,
  NativeSelect,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { api } from '../api.ts';
import { fieldError, FormError } from '../components/forms.tsx';
import { useLocalized } from '../components/localized.ts';
import { teamApi, teamPaths, type Pillar, type TeamDetail } from './types.ts';

/** Creates a team for a pillar, then opens its page (to invite suggested experts). */
export function CreateTeamForm({ orgSlug, pillars }: { orgSlug: string; pillars: Pillar[] }) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const navigate = useNavigate();
  const [pillarId, setPillarId] = useState(pillars[0]?.id ?? '');
  const [nameKo, setNameKo] = useState('');
  const [nameEn, setNameEn] = useState('');
  const [summaryKo, setSummaryKo] = useState('');
  const [summaryEn, setSummaryEn] = useState('');
  const [isPublic, setIsPublic] = useState(true);
  const save = useMutation({
    mutationFn: () =>
      api.post<TeamDetail>(teamApi(orgSlug), { pillarId, nameKo, nameEn, summaryKo, summaryEn, isPublic }),
    onSuccess: (team) => navigate(teamPaths.team(orgSlug, team.slug)),
  });
  const text = (label: string, value: string, set: (v: string) => void, field: string) => (
    <TextInput
      label={label}
      maxLength={120}
      value={value}
      onChange={(e) => set(e.currentTarget.value)}
      error={fieldError(save.error, field)}
    />
  );
  const area = (label: string, value: string, set: (v: string) => void, field: string) => (
    <Textarea
      label={label}
      autosize
      minRows={2}
      maxLength={2000}
      value={value}
      onChange={(e) => set(e.currentTarget.value)}
      error={fieldError(save.error, field)}
    />
  );
  return (
    <Card withBorder padding="sm">
      <Stack
        gap="xs"
        component="form"
        aria-label={t('actionTeams.create.title')}
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate();
        }}
      >
        <Title order={2} size="h4">
          {t('actionTeams.create.title')}
        </Title>
        <NativeSelect
          label={t('actionTeams.create.pillar')}
          value={pillarId}
          onChange={(e) => setPillarId(e.currentTarget.value)}
          error={fieldError(save.error, 'pillarId')}
          data={pillars.map((p) => ({ value: p.id, label: localized(p.nameKo, p.nameEn) }))}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
          {text(t('actionTeams.create.nameKo'), nameKo, setNameKo, 'nameKo')}
          {text(t('actionTeams.create.nameEn'), nameEn, setNameEn, 'nameEn')}
          {area(t('actionTeams.create.summaryKo'), summaryKo, setSummaryKo, 'summaryKo')}
          {area(t('actionTeams.create.summaryEn'), summaryEn, setSummaryEn, 'summaryEn')}
        </SimpleGrid>
        <Checkbox
          label={t('actionTeams.create.isPublic')}
          checked={isPublic}
          onChange={(e) => setIsPublic(e.currentTarget.checked)}
        />
        <FormError error={save.error} />
        <Button type="submit" w="fit-content" loading={save.isPending}>
          {t('actionTeams.create.submit')}
        </Button>
      </Stack>
    </Card>
  );
}
