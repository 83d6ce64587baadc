import { Button, Card, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { KEEP_WORDS } from '../keepWords.ts';
import { PageState } from '../../components/PageState.tsx';
import { useDateFormat, useLocalized } from '../../components/localized.ts';
import { LevelBadge } from './LevelBadge.tsx';
import { useBusinessAssessments, useDefinitions } from './queries.ts';

/** /safety/assess/:businessSlug — the three checklists with the latest score of each, and the history. */
export function AssessIndexPage() {
  const { businessSlug = '' } = useParams();
  const { t } = useTranslation();
  const localized = useLocalized();
  const formatDate = useDateFormat();
  const definitions = useDefinitions();
  const assessments = useBusinessAssessments(businessSlug);
  if (!definitions.data || !assessments.data) {
    return <PageState error={definitions.error ?? assessments.error} />;
  }
  const { business, latest, history } = assessments.data;
  const titles = new Map(definitions.data.map((d) => [d.kind, d.title]));
  const base = `/safety/assess/${encodeURIComponent(business.slug)}`;
  return (
    <Stack maw={960} mx="auto" gap="lg" style={KEEP_WORDS}>
      <Stack gap={4}>
        <Title order={1}>{t('assess.title', { name: localized(business.nameKo, business.nameEn) })}</Title>
        <Text>{t('assess.intro')}</Text>
      </Stack>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        {definitions.data.map((d) => {
          const result = latest.find((r) => r.kind === d.kind);
          return (
            <Card key={d.kind} withBorder component="article" aria-labelledby={`checklist-${d.kind}`}>
              <Stack gap="xs" h="100%">
                <Title order={2} size="h4" id={`checklist-${d.kind}`}>
                  {d.title}
                </Title>
                <Text size="sm" c="dimmed">
                  {t('assess.questionCount', { count: d.questions.length })}
                </Text>
                {result ? (
                  <Group gap="xs">
                    <Text size="sm">
                      {t('assess.lastTaken', { date: formatDate(result.createdAt), percent: result.percent })}
                    </Text>
                    <LevelBadge level={result.level} />
                  </Group>
                ) : (
                  <Text size="sm">{t('assess.notTaken')}</Text>
                )}
                <Button
                  component={Link}
                  to={`${base}/${d.kind}`}
                  mt="auto"
                  variant={result ? 'outline' : 'filled'}
                >
                  {result ? t('assess.viewResult') : t('assess.start')}
                </Button>
              </Stack>
            </Card>
          );
        })}
      </SimpleGrid>
      <Stack component="section" aria-labelledby="history-title" gap="xs">
        <Title order={2} size="h3" id="history-title">
          {t('assess.history')}
        </Title>
        {history.length === 0 ? (
          <Text>{t('assess.historyEmpty')}</Text>
        ) : (
          <Table.ScrollContainer minWidth={420}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('assess.historyColumns.date')}</Table.Th>
                  <Table.Th scope="col">{t('assess.historyColumns.checklist')}</Table.Th>
                  <Table.Th scope="col">{t('assess.historyColumns.score')}</Table.Th>
                  <Table.Th scope="col">{t('assess.historyColumns.level')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {history.map((h) => (
                  <Table.Tr key={h.id}>
                    <Table.Td>{formatDate(h.createdAt)}</Table.Td>
                    <Table.Td>{titles.get(h.kind) ?? h.kind}</Table.Td>
                    <Table.Td>{h.percent}%</Table.Td>
                    <Table.Td>
                      <LevelBadge level={h.level} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </Stack>
  );
}
