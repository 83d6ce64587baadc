import { Anchor, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { PageState } from '../components/PageState.tsx';
import { useLocalized } from '../components/localized.ts';
import { EditorsSection } from './EditorsSection.tsx';
import { HoursForm } from './HoursForm.tsx';
import { PhotosSection } from './PhotosSection.tsx';
import { useSite } from './queries.ts';
import { TextsForm } from './TextsForm.tsx';

/**
 * The mini-site editor in My business: texts, theme, hours and photos; the QR code to print; and, for the
 * business's own people, the web designers they invited. Invited designers land here from their e-mail.
 */
export function SiteEditorPage() {
  const { slug = '' } = useParams();
  const { t } = useTranslation();
  const localized = useLocalized();
  const site = useSite(slug);
  const s = site.data;
  if (!s) {
    return <PageState error={site.error} />;
  }
  return (
    <Stack maw={860} mx="auto" gap="lg">
      <Stack gap={4}>
        <Title order={1}>{t('miniSites.title', { name: localized(s.nameKo, s.nameEn) })}</Title>
        <Text>{t('miniSites.intro')}</Text>
        <Group gap="md">
          {/* Plain links: the mini-site is served by the server, not by this app. */}
          <Anchor href={s.pageUrl} target="_blank" rel="noopener">
            {t('miniSites.view')}
          </Anchor>
          <Anchor href={s.qrUrl} download={`${s.slug}-qr.svg`}>
            {t('miniSites.downloadQr')}
          </Anchor>
          <Anchor href={s.printUrl} target="_blank" rel="noopener">
            {t('miniSites.printQr')}
          </Anchor>
          {s.canInvite && (
            <Anchor component={Link} to={`/my/business/${s.slug}`}>
              {t('miniSites.back')}
            </Anchor>
          )}
        </Group>
      </Stack>
      <Card withBorder component="section" aria-labelledby="site-texts-title">
        <TextsForm key={`${s.slug}-texts`} site={s} />
      </Card>
      <Card withBorder component="section" aria-labelledby="site-hours-title">
        <HoursForm key={`${s.slug}-hours`} site={s} />
      </Card>
      <Card withBorder component="section" aria-labelledby="site-photos-title">
        <PhotosSection site={s} />
      </Card>
      {s.canInvite && (
        <Card withBorder component="section" aria-labelledby="site-editors-title">
          <EditorsSection slug={s.slug} />
        </Card>
      )}
    </Stack>
  );
}
