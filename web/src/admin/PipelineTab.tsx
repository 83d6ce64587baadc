import { Anchor, Badge, Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api } from '../api.ts';
import { formatDollars } from '../introductions/money.ts';
import { ListState } from './ListState.tsx';
import { useFormat } from './format.ts';

const columns = ['requested', 'accepted', 'met', 'active', 'closed'] as const;
type Column = (typeof columns)[number];

interface PipelineCard {
  id: string;
  stage: string;
  requester: { slug: string; nameKo: string; nameEn: string };
  recipient: { slug: string; nameKo: string; nameEn: string };
  outcome: 'won' | 'lost' | null;
  valueCents: number | null;
  createdAt: string;
  updatedAt: string;
}

interface Pipeline {
  board: Record<Column, PipelineCard[]>;
  stats: {
    introductions: number;
    acceptanceRate: number | null;
    medianResponseHours: number | null;
    won: number;
    valueCents: number;
  };
}

/** The organization's introductions as a board by stage, with the numbers above it. */
export function PipelineTab({ slug }: { slug: string }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const pipeline = useQuery({
    queryKey: ['admin', slug, 'pipeline'],
    queryFn: () => api.get<Pipeline>(`/organizations/${encodeURIComponent(slug)}/pipeline`),
  });
  const data = pipeline.data;
  const stats = data?.stats;
  const numbers: [string, string][] = stats
    ? [
        [t('admin.pipeline.introductions'), String(stats.introductions)],
        [
          t('admin.pipeline.acceptanceRate'),
          stats.acceptanceRate === null ? '—' : `${Math.round(stats.acceptanceRate * 100)}%`,
        ],
        [
          t('admin.pipeline.medianResponse'),
          stats.medianResponseHours === null
            ? '—'
            : t('admin.pipeline.hours', { count: stats.medianResponseHours }),
        ],
        [t('admin.pipeline.won'), String(stats.won)],
        [t('admin.pipeline.value'), formatDollars(stats.valueCents, i18n.language)],
      ]
    : [];
  return (
    <Stack>
      <Title order={2}>{t('admin.pipeline.title')}</Title>
      <Text c="dimmed">{t('admin.pipeline.intro')}</Text>
      <ListState error={pipeline.error} loading={pipeline.isPending} />
      {data && (
        <>
          <section aria-labelledby="pipeline-numbers">
            <Title order={3} size="h4" id="pipeline-numbers" mb="xs">
              {t('admin.pipeline.numbers')}
            </Title>
            <SimpleGrid component="dl" cols={{ base: 2, sm: 5 }} spacing="sm" m={0}>
              {numbers.map(([label, value]) => (
                <Card key={label} withBorder padding="sm">
                  <Text component="dt" size="sm">
                    {label}
                  </Text>
                  <Text component="dd" fw={700} size="xl" m={0}>
                    {value}
                  </Text>
                </Card>
              ))}
            </SimpleGrid>
          </section>
          <section aria-labelledby="pipeline-board">
            <Title order={3} size="h4" id="pipeline-board" mb="xs">
              {t('admin.pipeline.board')}
            </Title>
            <SimpleGrid cols={{ base: 1, sm: 3, lg: 5 }} spacing="sm">
              {columns.map((column) => (
                <Card
                  key={column}
                  withBorder
                  padding="sm"
                  component="section"
                  aria-labelledby={`column-${column}`}
                >
                  <Title order={4} size="h5" id={`column-${column}`} mb="xs">
                    {t(`introductions.stages.${column}`)} ({data.board[column].length})
                  </Title>
                  {data.board[column].length === 0 && <Text size="sm">{t('admin.pipeline.none')}</Text>}
                  <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
                    {data.board[column].map((card) => (
                      <Card key={card.id} component="li" withBorder padding="xs">
                        <Anchor component={Link} to={`/introductions/${card.id}`} size="sm">
                          {t('admin.pipeline.card', {
                            from: format.name(card.requester),
                            to: format.name(card.recipient),
                          })}
                        </Anchor>
                        {card.outcome && (
                          <Badge
                            variant="outline"
                            color={card.outcome === 'won' ? 'green.9' : 'gray.8'}
                            size="sm"
                          >
                            {t(`introductions.outcomes.${card.outcome}`)}
                            {card.valueCents ? ` · ${formatDollars(card.valueCents, i18n.language)}` : ''}
                          </Badge>
                        )}
                        <Text size="xs" c="dimmed">
                          {format.date(card.updatedAt)}
                        </Text>
                      </Card>
                    ))}
                  </Stack>
                </Card>
              ))}
            </SimpleGrid>
          </section>
        </>
      )}
    </Stack>
  );
}
