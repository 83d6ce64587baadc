import { Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { api } from '../../api.ts';
import { PageState } from '../../components/PageState.tsx';
import { useLocalized } from '../../components/localized.ts';
import { eventPaths } from '../types.ts';
import { useReportFormat } from './format.ts';
import { AttendeeTable, Definitions, NumberCards, Section } from './ReportParts.tsx';
import { SurveyResults } from './SurveyResults.tsx';
import { occurrenceApi, type EventReport } from './types.ts';

/** /events/:orgSlug/:eventId/report?date= — after the event: the numbers, the attendees, the survey. */
export function EventReportPage() {
  const { orgSlug = '', eventId = '' } = useParams();
  const [searchParams] = useSearchParams();
  const date = searchParams.get('date') ?? '';
  const { t } = useTranslation();
  const localized = useLocalized();
  const f = useReportFormat();
  const base = occurrenceApi(orgSlug, eventId, date);
  const query = useQuery({
    queryKey: ['events', orgSlug, eventId, 'report', date],
    queryFn: () => api.get<EventReport>(`${base}/report`),
  });
  const report = query.data;
  if (!report) {
    return <PageState error={query.error} />;
  }
  const { event, occurrence } = report;
  return (
    <Stack maw={1040} mx="auto" gap="md" style={{ wordBreak: 'keep-all', overflowWrap: 'anywhere' }}>
      <Anchor component={Link} to={eventPaths.event(orgSlug, eventId, date)}>
        {t('eventReport.back')}
      </Anchor>
      <Group justify="space-between" align="flex-end">
        <Stack gap={4}>
          <Title order={1}>
            {t('eventReport.pageTitle', { title: localized(event.titleKo, event.titleEn) })}
          </Title>
          <Text>
            {`${f.day(occurrence.startsAt, event.timeZone)} · ${f.time(occurrence.startsAt, event.timeZone)}–${f.time(occurrence.endsAt, event.timeZone)}`}
          </Text>
          {!occurrence.ended && <Text size="sm">{t('eventReport.notEnded')}</Text>}
        </Stack>
        <Group gap="xs">
          <Button component="a" href={`/api/v1${base}/report.csv`} download variant="outline">
            {t('eventReport.downloadCsv')}
          </Button>
          <Button component="a" href={`/api/v1${base}/report.xlsx`} download variant="outline">
            {t('eventReport.downloadXlsx')}
          </Button>
        </Group>
      </Group>
      <NumberCards totals={report.totals} />
      <Section id="survey-title" title={t('eventReport.survey.title')}>
        <SurveyResults results={report.survey} />
        <Anchor component={Link} to={eventPaths.survey(orgSlug, eventId, date)} size="sm">
          {t('eventReport.survey.openPage')}
        </Anchor>
      </Section>
      <Section id="attendees-title" title={t('eventReport.attendees.title')}>
        <AttendeeTable report={report} />
      </Section>
      <Section id="definitions-title" title={t('eventReport.definitions.title')}>
        <Definitions />
      </Section>
    </Stack>
  );
}
