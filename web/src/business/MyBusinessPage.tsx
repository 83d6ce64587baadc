import { Alert, Anchor, Card, Group, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { PageState } from '../components/PageState.tsx';
import { useLocalized } from '../components/localized.ts';
import { CapacityCard } from '../matches/CapacityCard.tsx';
import { LogoUpload } from './LogoUpload.tsx';
import { NeedsSection } from './NeedsSection.tsx';
import { OffersSection } from './OffersSection.tsx';
import { ProfileForm } from './ProfileForm.tsx';
import { useBusiness } from './queries.ts';

/** The owner's workspace for one business: profile, logo, offers and needs. */
export function MyBusinessPage() {
  const { slug = '' } = useParams();
  const { t } = useTranslation();
  const localized = useLocalized();
  const business = useBusiness(slug);
  const b = business.data;
  if (!b) {
    return <PageState error={business.error} />;
  }
  const name = localized(b.nameKo, b.nameEn);
  if (!b.canEdit) {
    return (
      <Alert color="red" variant="outline" role="alert" title={t('common.errorTitle')}>
        {t('myBusiness.notAllowed')}
      </Alert>
    );
  }
  return (
    <Stack maw={860} mx="auto" gap="lg">
      <Stack gap={4}>
        <Title order={1}>{name}</Title>
        <Group gap="md">
          <Anchor component={Link} to={`/directory/${b.slug}`}>
            {t('myBusiness.viewPublic')}
          </Anchor>
          <Anchor component={Link} to={`/my/business/${b.slug}/site`}>
            {t('miniSites.open')}
          </Anchor>
          <Anchor component={Link} to={`/my/business/${b.slug}/matches`}>
            {t('matches.open')}
          </Anchor>
          <Anchor component={Link} to={`/introductions?business=${b.slug}`}>
            {t('introductions.title')}
          </Anchor>
          <Anchor component={Link} to={`/my/business/${b.slug}/inventory`}>
            {t('inventory.open')}
          </Anchor>
          <Anchor component={Link} to={`/my/business/${b.slug}/documents`}>
            {t('documents.open')}
          </Anchor>
          {b.organizations.map((o) => (
            <Anchor key={o.slug} component={Link} to={`/group-buying/${o.slug}`}>
              {t('groupBuying.open', { name: localized(o.nameKo, o.nameEn) })}
            </Anchor>
          ))}
        </Group>
      </Stack>
      <Card withBorder component="section" aria-label={t('profile.title')}>
        <ProfileForm key={b.id} profile={b} />
      </Card>
      <Card withBorder component="section" aria-label={t('logo.title')}>
        <LogoUpload slug={b.slug} logoUrl={b.logoUrl} name={name} />
      </Card>
      <OffersSection slug={b.slug} offers={b.offers} />
      <NeedsSection slug={b.slug} needs={b.needs} />
      {b.kind === 'partner' && <CapacityCard slug={b.slug} />}
    </Stack>
  );
}
