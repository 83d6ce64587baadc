import { Anchor, Card, Group, List, Stack, Text, Timeline, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { api } from '../api.ts';
import { useFormat } from '../admin/format.ts';
import { PageState } from '../components/PageState.tsx';
import { useLocalized } from '../components/localized.ts';
import { useSession } from '../session.ts';
import { BlockButton } from './BlockButton.tsx';
import { IntroductionActions } from './IntroductionActions.tsx';
import { formatDollars } from './money.ts';
import { StageBadge } from './StageBadge.tsx';
import { introductionKey, type IntroductionDetail } from './types.ts';

/** /introductions/:id — one introduction: message, answer or next stage, shared contact, timeline. */
export function IntroductionPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const localized = useLocalized();
  const format = useFormat();
  const session = useSession();
  const introduction = useQuery({
    queryKey: introductionKey(id),
    queryFn: () => api.get<IntroductionDetail>(`/introductions/${encodeURIComponent(id)}`),
  });
  const intro = introduction.data;
  if (!intro) {
    return <PageState error={introduction.error} />;
  }
  const name = (n: { nameKo: string; nameEn: string }) => localized(n.nameKo, n.nameEn);
  const otherName = name(intro.other);
  const mine = intro.direction === 'sent' ? intro.requester : intro.recipient;
  const isSide = session.data?.businesses.some((b) => b.slug === mine.slug) ?? false;
  return (
    <Stack maw={760} mx="auto" gap="lg">
      <Stack gap={4}>
        <Title order={1}>
          {t('introduction.title', { from: name(intro.requester), to: name(intro.recipient) })}
        </Title>
        <Anchor component={Link} to={`/introductions?business=${encodeURIComponent(mine.slug)}`}>
          {t('introduction.back')}
        </Anchor>
      </Stack>
      <Card withBorder>
        <Stack gap="xs">
          <Group gap="xs">
            <Text fw={600}>{t('introduction.stage')}:</Text>
            <StageBadge stage={intro.stage} outcome={intro.outcome} />
          </Group>
          {intro.stage === 'requested' && (
            <Text size="sm">{t('introduction.expires', { date: format.date(intro.expiresAt) })}</Text>
          )}
          {intro.valueCents !== null && (
            <Text size="sm">
              {t('introduction.closedValue', { value: formatDollars(intro.valueCents, i18n.language) })}
            </Text>
          )}
          {intro.closeNote && <Text size="sm">{intro.closeNote}</Text>}
          <Text fw={600}>{t('introduction.message')}</Text>
          <Text style={{ whiteSpace: 'pre-line' }}>{intro.message}</Text>
        </Stack>
      </Card>
      <IntroductionActions introduction={intro} />
      <Stack component="section" aria-labelledby="contact-title" gap="xs">
        <Title order={2} size="h3" id="contact-title">
          {t('introduction.contact', { name: otherName })}
        </Title>
        {intro.contact ? (
          <List listStyleType="none" spacing={4}>
            {intro.contact.name && (
              <List.Item>
                <Text span fw={600}>
                  {t('introduction.contactPerson')}:{' '}
                </Text>
                {intro.contact.name}
              </List.Item>
            )}
            {intro.contact.phone && (
              <List.Item>
                <Text span fw={600}>
                  {t('fields.phone')}:{' '}
                </Text>
                <Anchor href={`tel:${intro.contact.phone}`}>{intro.contact.phone}</Anchor>
              </List.Item>
            )}
            {intro.contact.email && (
              <List.Item>
                <Text span fw={600}>
                  {t('fields.email')}:{' '}
                </Text>
                <Anchor href={`mailto:${intro.contact.email}`}>{intro.contact.email}</Anchor>
              </List.Item>
            )}
          </List>
        ) : (
          <Text>{t('introduction.contactHidden')}</Text>
        )}
      </Stack>
      <Stack component="section" aria-labelledby="timeline-title" gap="xs">
        <Title order={2} size="h3" id="timeline-title">
          {t('introduction.timeline')}
        </Title>
        <Timeline bulletSize={14} lineWidth={2} active={intro.timeline.length - 1}>
          {intro.timeline.map((event, index) => (
            <Timeline.Item key={index} title={t(`introductions.stages.${event.stage}`)}>
              <Text size="sm">
                {format.date(event.createdAt)}
                {event.actor ? ` · ${t('introduction.timelineBy', { name: event.actor })}` : ''}
              </Text>
              {event.note && <Text size="sm">{event.note}</Text>}
            </Timeline.Item>
          ))}
        </Timeline>
      </Stack>
      {isSide && <BlockButton mySlug={mine.slug} targetSlug={intro.other.slug} targetName={otherName} />}
    </Stack>
  );
}
