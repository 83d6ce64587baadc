import { Alert, Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { api } from '../api.ts';
import { useBusiness } from '../business/queries.ts';
import { FormError } from '../components/forms.tsx';
import { PageState } from '../components/PageState.tsx';
import { useLocalized } from '../components/localized.ts';
import { CandidateCard } from './CandidateCard.tsx';
import { IntroduceModal } from './IntroduceModal.tsx';
import { ItemSection } from './ItemSection.tsx';
import { LeadsSection } from './LeadsSection.tsx';
import type { CandidateBusiness, IntroductionTarget, MatchesResponse } from './types.ts';

/** /my/business/:slug/matches — for each need the ranked candidates, then leads for each offer. */
export function MatchesPage() {
  const { slug = '' } = useParams();
  const { t } = useTranslation();
  const localized = useLocalized();
  const business = useBusiness(slug);
  const [target, setTarget] = useState<IntroductionTarget | null>(null);
  const b = business.data;
  if (!b) {
    return <PageState error={business.error} />;
  }
  const name = localized(b.nameKo, b.nameEn);
  return (
    <Stack maw={860} mx="auto" gap="lg">
      <Stack gap={4}>
        <Title order={1}>{t('matches.title', { name })}</Title>
        <Anchor component={Link} to={`/my/business/${b.slug}`}>
          {t('matches.back')}
        </Anchor>
      </Stack>
      <NeedsMatches slug={b.slug} onIntroduce={setTarget} />
      <LeadsSection slug={b.slug} onIntroduce={setTarget} />
      <IntroduceModal fromSlug={b.slug} target={target} onClose={() => setTarget(null)} />
    </Stack>
  );
}

function NeedsMatches({ slug, onIntroduce }: { slug: string; onIntroduce: (t: IntroductionTarget) => void }) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const queryClient = useQueryClient();
  const matchesKey = ['matches', slug];
  const matches = useQuery({
    queryKey: matchesKey,
    queryFn: () => api.get<MatchesResponse>(`/businesses/${encodeURIComponent(slug)}/matches`),
  });
  const [hidden, setHidden] = useState<CandidateBusiness | null>(null);
  const hide = useMutation({
    mutationFn: (target: CandidateBusiness) =>
      api.post(`/businesses/${encodeURIComponent(slug)}/matches/hidden`, { targetSlug: target.slug }),
    onSuccess: async (_data, target) => {
      setHidden(target);
      await queryClient.invalidateQueries({ queryKey: matchesKey });
    },
  });
  const unhide = useMutation({
    mutationFn: (target: CandidateBusiness) =>
      api.delete(`/businesses/${encodeURIComponent(slug)}/matches/hidden/${encodeURIComponent(target.slug)}`),
    onSuccess: async () => {
      setHidden(null);
      await queryClient.invalidateQueries({ queryKey: matchesKey });
    },
  });

  return (
    <Stack component="section" aria-labelledby="needs-matches-title" gap="sm">
      <Title order={2} size="h3" id="needs-matches-title">
        {t('matches.needsTitle')}
      </Title>
      <Text>{t('matches.needsIntro')}</Text>
      {!matches.data && <PageState error={matches.error} />}
      <FormError error={hide.error ?? unhide.error} />
      {hidden && (
        <Alert variant="outline" color="blue.9" role="status">
          <Group gap="sm">
            <Text size="sm">{t('matches.hidden', { name: localized(hidden.nameKo, hidden.nameEn) })}</Text>
            <Button size="compact-sm" variant="outline" onClick={() => unhide.mutate(hidden)}>
              {t('matches.undo')}
            </Button>
          </Group>
        </Alert>
      )}
      {matches.data?.needs.length === 0 && <Text>{t('matches.noNeeds')}</Text>}
      {matches.data?.needs.map(({ need, candidates }) => (
        <ItemSection
          key={need.id}
          id={`need-${need.id}`}
          item={need}
          empty={candidates.length === 0 ? t('matches.noCandidates') : null}
        >
          {candidates.map((c) => (
            <CandidateCard
              key={c.business.slug}
              business={c.business}
              score={c.score}
              reasons={c.reasons}
              detail={
                c.offer
                  ? t('matches.theirOffer', {
                      text: localized(c.offer.descriptionKo, c.offer.descriptionEn),
                    })
                  : null
              }
              onIntroduce={() =>
                onIntroduce({
                  business: c.business,
                  needId: need.id,
                  ...(c.offer ? { offerId: c.offer.id } : {}),
                })
              }
              onHide={() => hide.mutate(c.business)}
              hiding={hide.isPending && hide.variables.slug === c.business.slug}
            />
          ))}
        </ItemSection>
      ))}
    </Stack>
  );
}
