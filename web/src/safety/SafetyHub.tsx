import { Button, Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api } from '../api.ts';
import { KEEP_WORDS } from './keepWords.ts';
import { PageState } from '../components/PageState.tsx';
import { useLocalized } from '../components/localized.ts';
import { useSession, type Session } from '../session.ts';

interface OrganizationSummary {
  id: string;
  slug: string;
  nameKo: string;
  nameEn: string;
}

interface HubCard {
  to: string;
  title: string;
  text: string;
}

/** Organizations where the caller holds `action`: every organization for platform admins. */
function organizationsWith(
  session: Session,
  action: string,
  all: OrganizationSummary[],
): OrganizationSummary[] {
  if (session.abilities.global.includes(action)) {
    return all;
  }
  return session.memberships
    .filter((m) => (session.abilities.organizations[m.organization.id] ?? []).includes(action))
    .map((m) => m.organization);
}

/** /safety — the Safe City hub: what the caller can do, as cards, phone first. */
export function SafetyHub() {
  const { t } = useTranslation();
  const localized = useLocalized();
  const session = useSession();
  const isPlatformAdmin = session.data?.user?.isPlatformAdmin === true;
  const organizations = useQuery({
    queryKey: ['organizations'],
    queryFn: () => api.get<OrganizationSummary[]>('/organizations'),
    enabled: isPlatformAdmin,
  });
  const s = session.data;
  if (!s) {
    return <PageState error={session.error} />;
  }
  const all = organizations.data ?? [];
  const cards: HubCard[] = [];
  if (s.user) {
    const card = (key: string, to: string, name?: string) => ({
      to,
      title: t(`safetyHub.cards.${key}.title`, { name }),
      text: t(`safetyHub.cards.${key}.text`),
    });
    cards.push(card('report', '/safety/report'), card('reports', '/safety/incidents'));
    // Alerts arrive as notifications; raising one is for a business's people and the liaisons.
    cards.push(card('alerts', '/notifications'));
    if (s.businesses.length > 0 || organizationsWith(s, 'alerts.raise', all).length > 0) {
      cards.push(card('raiseAlert', '/safety/alerts/new'));
    }
    for (const b of s.businesses) {
      const name = localized(b.nameKo, b.nameEn);
      cards.push(card('assess', `/safety/assess/${encodeURIComponent(b.slug)}`, name));
      cards.push(card('cameras', `/my/business/${encodeURIComponent(b.slug)}/cameras`, name));
    }
    for (const o of organizationsWith(s, 'incidents.desk', all)) {
      cards.push(card('desk', `/safety/desk/${encodeURIComponent(o.slug)}`, localized(o.nameKo, o.nameEn)));
    }
    for (const o of organizationsWith(s, 'safety.dashboard', all)) {
      cards.push(
        card('dashboard', `/safety/dashboard/${encodeURIComponent(o.slug)}`, localized(o.nameKo, o.nameEn)),
      );
    }
  }
  return (
    <Stack maw={960} mx="auto" gap="lg" style={KEEP_WORDS}>
      <Stack gap={4}>
        <Title order={1}>{t('safetyHub.title')}</Title>
        <Text>{t('safetyHub.intro')}</Text>
      </Stack>
      {!s.user && (
        <Card withBorder>
          <Stack gap="sm" align="flex-start">
            <Text>{t('safetyHub.signInFirst')}</Text>
            <Button component={Link} to="/login">
              {t('safetyHub.signIn')}
            </Button>
          </Stack>
        </Card>
      )}
      <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
        {cards.map((c) => (
          <Card key={c.to} withBorder component="article" aria-label={c.title}>
            <Stack gap="xs" h="100%">
              <Title order={2} size="h4">
                <Link to={c.to} style={{ color: 'inherit' }}>
                  {c.title}
                </Link>
              </Title>
              <Text size="sm">{c.text}</Text>
            </Stack>
          </Card>
        ))}
      </SimpleGrid>
    </Stack>
  );
}
