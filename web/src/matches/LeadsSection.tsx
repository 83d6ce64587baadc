import { Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { PageState } from '../components/PageState.tsx';
import { useLocalized } from '../components/localized.ts';
import { CandidateCard } from './CandidateCard.tsx';
import { ItemSection } from './ItemSection.tsx';
import type { IntroductionTarget, LeadsResponse } from './types.ts';

/** For each of my offers: the businesses whose needs it serves, to introduce myself to. */
export function LeadsSection({
  slug,
  onIntroduce,
}: {
  slug: string;
  onIntroduce: (target: IntroductionTarget) => void;
}) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const leads = useQuery({
    queryKey: ['leads', slug],
    queryFn: () => api.get<LeadsResponse>(`/businesses/${encodeURIComponent(slug)}/leads`),
  });
  return (
    <Stack component="section" aria-labelledby="leads-title" gap="sm">
      <Title order={2} size="h3" id="leads-title">
        {t('matches.leadsTitle')}
      </Title>
      <Text>{t('matches.leadsIntro')}</Text>
      {!leads.data && <PageState error={leads.error} />}
      {leads.data?.offers.length === 0 && <Text>{t('matches.noOffers')}</Text>}
      {leads.data?.offers.map(({ offer, candidates }) => (
        <ItemSection
          key={offer.id}
          id={`offer-${offer.id}`}
          item={offer}
          empty={candidates.length === 0 ? t('matches.noLeads') : null}
        >
          {candidates.map((c) => (
            <CandidateCard
              key={c.business.slug}
              business={c.business}
              score={c.score}
              reasons={c.reasons}
              detail={t('matches.theirNeed', {
                text: localized(c.need.descriptionKo, c.need.descriptionEn),
              })}
              onIntroduce={() => onIntroduce({ business: c.business, offerId: offer.id, needId: c.need.id })}
            />
          ))}
        </ItemSection>
      ))}
    </Stack>
  );
}
