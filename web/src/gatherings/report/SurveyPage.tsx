import { Alert, Card, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router-dom';
import { api } from '../../api.ts';
import { PageState } from '../../components/PageState.tsx';
import { useLocalized } from '../../components/localized.ts';
import { useReportFormat } from './format.ts';
import { SurveyForm } from './SurveyForm.tsx';
import { SurveyResults } from './SurveyResults.tsx';
import { occurrenceApi, type SurveyState } from './types.ts';

/** What the registrant sees instead of the form: thanks, already answered, not open yet, or cancelled. */
function Status({ state, thanked }: { state: SurveyState; thanked: boolean }) {
  const { t } = useTranslation();
  const f = useReportFormat();
  if (thanked) {
    return (
      <Alert color="teal.9" variant="outline" role="status" title={t('eventReport.form.thanksTitle')}>
        {t('eventReport.form.thanks')}
      </Alert>
    );
  }
  if (state.answered) {
    return (
      <Alert color="blue" variant="outline" role="status">
        {t('eventReport.form.alreadyAnswered')}
      </Alert>
    );
  }
  const when = `${f.day(state.occurrence.startsAt, state.event.timeZone)} ${f.time(state.occurrence.startsAt, state.event.timeZone)}`;
  return (
    <Alert color="gray" variant="outline" role="status">
      {state.registration?.status === 'cancelled'
        ? t('eventReport.form.cancelled')
        : t('eventReport.form.notOpen', { when })}
    </Alert>
  );
}

/** /events/:orgSlug/:eventId/survey?date=[&code=] — the attendee's satisfaction survey (organizers: results). */
export function SurveyPage() {
  const { orgSlug = '', eventId = '' } = useParams();
  const [searchParams] = useSearchParams();
  const date = searchParams.get('date') ?? '';
  const code = searchParams.get('code');
  const { t } = useTranslation();
  const localized = useLocalized();
  const f = useReportFormat();
  const [thanked, setThanked] = useState(false);
  const path = `${occurrenceApi(orgSlug, eventId, date)}/survey`;
  const queryKey = ['events', orgSlug, eventId, 'survey', date, code];
  const query = useQuery({
    queryKey,
    queryFn: () => api.get<SurveyState>(code ? `${path}?code=${encodeURIComponent(code)}` : path),
  });
  const state = query.data;
  if (!state) {
    return <PageState error={query.error} />;
  }
  const { event, occurrence, registration } = state;
  const answering = registration && state.open && !state.answered && !thanked;
  return (
    <Stack maw={560} mx="auto" gap="md" style={{ wordBreak: 'keep-all', overflowWrap: 'anywhere' }}>
      <Stack gap={4}>
        <Title order={1}>{t('eventReport.form.title')}</Title>
        <Text fw={600}>{localized(event.titleKo, event.titleEn)}</Text>
        <Text size="sm">{f.day(occurrence.startsAt, event.timeZone)}</Text>
      </Stack>
      {registration && (
        <Card withBorder>
          <Stack gap="md">
            <Text>{t('eventReport.form.greeting', { name: registration.name })}</Text>
            {answering ? (
              <SurveyForm path={path} code={code} queryKey={queryKey} onAnswered={() => setThanked(true)} />
            ) : (
              <Status state={state} thanked={thanked} />
            )}
          </Stack>
        </Card>
      )}
      {state.results && (
        <Card withBorder component="section" aria-labelledby="results-title">
          <Stack gap="sm">
            <Title order={2} size="h4" id="results-title">
              {t('eventReport.survey.title')}
            </Title>
            {!registration && <Text size="sm">{t('eventReport.form.organizerNote')}</Text>}
            <SurveyResults results={state.results} />
          </Stack>
        </Card>
      )}
    </Stack>
  );
}
