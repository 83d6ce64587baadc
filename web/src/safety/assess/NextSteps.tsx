import { Anchor, Badge, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useLocalized } from '../../components/localized.ts';
import type { NextStep } from './types.ts';

/** One card per gap: what to do, and the partners offering that pillar (a few named, the rest a search away). */
export function NextSteps({ steps }: { steps: NextStep[] }) {
  const { t } = useTranslation();
  const localized = useLocalized();
  return (
    <Stack component="section" aria-labelledby="next-steps-title" gap="sm">
      <Title order={2} size="h3" id="next-steps-title">
        {t('assess.nextSteps.title')}
      </Title>
      <Text size="sm">{t('assess.nextSteps.intro')}</Text>
      {steps.map((s) => {
        const pillar = localized(s.pillar.nameKo, s.pillar.nameEn);
        return (
          <Card key={s.questionId} withBorder component="article" aria-labelledby={`step-${s.questionId}`}>
            <Stack gap="xs">
              <Group gap="xs" wrap="nowrap" align="flex-start">
                <Title order={3} size="h5" id={`step-${s.questionId}`} style={{ flex: 1 }}>
                  {s.step}
                </Title>
                {s.required && (
                  <Badge variant="outline" color="red.9">
                    {t('assess.nextSteps.required')}
                  </Badge>
                )}
              </Group>
              <Text size="sm" c="dimmed">
                {s.question} · {t('assess.nextSteps.yourAnswer', { answer: s.answer })}
              </Text>
              <Text size="sm" fw={600}>
                {t('assess.nextSteps.helpFrom', { pillar })}
              </Text>
              {s.partners.length === 0 ? (
                <Text size="sm">{t('assess.nextSteps.noPartners')}</Text>
              ) : (
                <List size="sm" spacing={4}>
                  {s.partners.map((p) => (
                    <List.Item key={p.slug}>
                      <Anchor component={Link} to={`/directory/${encodeURIComponent(p.slug)}`}>
                        {localized(p.nameKo, p.nameEn)}
                      </Anchor>
                      {p.city ? ` · ${p.city}` : ''}
                    </List.Item>
                  ))}
                </List>
              )}
              <Anchor component={Link} to={s.partnersUrl} size="sm" fw={600}>
                {t('assess.nextSteps.findPartners', { pillar })}
              </Anchor>
            </Stack>
          </Card>
        );
      })}
    </Stack>
  );
}
