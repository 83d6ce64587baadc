import { Anchor, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useLocalized } from '../components/localized.ts';
import { PageState } from '../components/PageState.tsx';
import { useSession } from '../session.ts';
import { helpPaths } from './types.ts';

/** /help — where to ask for help (each of my businesses), the partners' inbox, and the desks I work. */
export function HelpHubPage() {
  const { t } = useTranslation();
  const localized = useLocalized();
  const { data: session, error } = useSession();
  if (!session) {
    return <PageState error={error} />;
  }
  const desks = session.memberships.filter(
    (m) =>
      m.status === 'active' &&
      (session.abilities.organizations[m.organization.id] ?? []).includes('serviceDesk.manage'),
  );
  return (
    <Stack maw={720} mx="auto" gap="md">
      <Title order={1}>{t('servicesDesk.hub.title')}</Title>
      <Text>{t('servicesDesk.hub.intro')}</Text>
      <List spacing="xs">
        {session.businesses.map((b) => (
          <List.Item key={b.slug}>
            <Anchor component={Link} to={helpPaths.ask(b.slug)}>
              {t('servicesDesk.hub.ask', { name: localized(b.nameKo, b.nameEn) })}
            </Anchor>
          </List.Item>
        ))}
        {session.businesses.length > 0 && (
          <List.Item>
            <Anchor component={Link} to={helpPaths.inbox}>
              {t('servicesDesk.hub.inbox')}
            </Anchor>
          </List.Item>
        )}
        {desks.map((m) => (
          <List.Item key={m.organization.slug}>
            <Anchor component={Link} to={helpPaths.desk(m.organization.slug)}>
              {t('servicesDesk.hub.desk', { name: localized(m.organization.nameKo, m.organization.nameEn) })}
            </Anchor>
          </List.Item>
        ))}
      </List>
    </Stack>
  );
}
