import { Anchor, Button, List, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { api } from '../../api.ts';
import { KEEP_WORDS } from '../keepWords.ts';
import { PageState } from '../../components/PageState.tsx';
import { useDateFormat, useLocalized } from '../../components/localized.ts';
import { ChecklistForm } from './ChecklistForm.tsx';
import { assessmentsKey, useBusinessAssessments, useDefinitions } from './queries.ts';
import { ResultView } from './ResultView.tsx';
import type { Result } from './types.ts';

/**
 * /safety/assess/:businessSlug/:kind — the latest result when there is one (with "take it again"),
 * else the checklist; submitting shows the new score, level and next steps.
 */
export function AssessPage() {
  const { businessSlug = '', kind = '' } = useParams();
  const { t } = useTranslation();
  const localized = useLocalized();
  const formatDate = useDateFormat();
  const queryClient = useQueryClient();
  const definitions = useDefinitions();
  const assessments = useBusinessAssessments(businessSlug);
  const [retaking, setRetaking] = useState(false);
  const resultHeading = useRef<HTMLDivElement>(null);
  const submit = useMutation({
    mutationFn: (answers: Record<string, string>) =>
      api.post<Result>(`/businesses/${encodeURIComponent(businessSlug)}/assessments`, { kind, answers }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: assessmentsKey(businessSlug) });
      setRetaking(false);
    },
  });
  const showing = !retaking && assessments.data?.latest.some((r) => r.kind === kind);
  useEffect(() => {
    // A new result replaces the form: move focus to it so screen readers announce the score.
    if (submit.isSuccess && showing) {
      resultHeading.current?.querySelector<HTMLElement>('#result-title')?.focus();
    }
  }, [submit.isSuccess, showing]);

  const definition = definitions.data?.find((d) => d.kind === kind);
  if (!definitions.data || !assessments.data) {
    return <PageState error={definitions.error ?? assessments.error} />;
  }
  if (!definition) {
    return <PageState error={new Error(kind)} />;
  }
  const { business, latest } = assessments.data;
  const result = latest.find((r) => r.kind === kind);
  return (
    <Stack maw={860} mx="auto" gap="lg" style={KEEP_WORDS}>
      <Stack gap={4}>
        <Anchor component={Link} to={`/safety/assess/${encodeURIComponent(business.slug)}`}>
          {t('assess.back')}
        </Anchor>
        <Title order={1}>{definition.title}</Title>
        <Text size="sm" c="dimmed">
          {localized(business.nameKo, business.nameEn)}
        </Text>
        <Text>{definition.intro}</Text>
        <Text size="sm" fw={600}>
          {t('assess.sources', { date: formatDate(definition.checkedOn) })}
        </Text>
        <List size="sm">
          {definition.sources.map((s) => (
            <List.Item key={s.url}>
              <Anchor href={s.url} target="_blank" rel="noreferrer">
                {s.label}
              </Anchor>
            </List.Item>
          ))}
        </List>
      </Stack>
      {showing && result ? (
        <Stack gap="md" ref={resultHeading}>
          <ResultView result={result} />
          <Button variant="outline" onClick={() => setRetaking(true)} style={{ alignSelf: 'flex-start' }}>
            {t('assess.again')}
          </Button>
        </Stack>
      ) : (
        <ChecklistForm
          key={result?.id ?? 'first'}
          definition={definition}
          initial={result?.answers}
          submitting={submit.isPending}
          error={submit.error}
          onSubmit={(answers) => submit.mutate(answers)}
        />
      )}
    </Stack>
  );
}
