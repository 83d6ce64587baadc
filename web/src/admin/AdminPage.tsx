import { Alert, Anchor, Container, Loader, Stack, Tabs, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { api } from '../api.ts';
import { useCan, useSession } from '../session.ts';
import { ApplicationsTab } from './ApplicationsTab.tsx';
import { ErrorAlert } from './ErrorAlert.tsx';
import { ExportTab } from './ExportTab.tsx';
import { useFormat } from './format.ts';
import { ImportTab } from './ImportTab.tsx';
import { InvitationsTab } from './InvitationsTab.tsx';
import { MembersTab } from './MembersTab.tsx';
import { OutboxTab } from './OutboxTab.tsx';
import { PillarsTab } from './PillarsTab.tsx';
import { PipelineTab } from './PipelineTab.tsx';
import { TokensTab } from './TokensTab.tsx';
import type { Organization } from './types.ts';

const tabs = [
  'members',
  'applications',
  'invitations',
  'pillars',
  'import',
  'export',
  'tokens',
  'outbox',
  'pipeline',
] as const;
type Tab = (typeof tabs)[number];

function isTab(value: string | null): value is Tab {
  return tabs.includes(value as Tab);
}

function TabContent({ tab, slug }: { tab: Tab; slug: string }) {
  switch (tab) {
    case 'members':
      return <MembersTab slug={slug} />;
    case 'applications':
      return <ApplicationsTab slug={slug} />;
    case 'invitations':
      return <InvitationsTab slug={slug} />;
    case 'pillars':
      return <PillarsTab />;
    case 'import':
      return <ImportTab slug={slug} />;
    case 'export':
      return <ExportTab slug={slug} />;
    case 'tokens':
      return <TokensTab slug={slug} />;
    case 'outbox':
      return <OutboxTab slug={slug} />;
    case 'pipeline':
      return <PipelineTab slug={slug} />;
  }
}

/** /admin/:slug — the organization admin area; the open tab lives in `?tab=` so it can be linked. */
export function AdminPage() {
  const { slug = '' } = useParams();
  const { t } = useTranslation();
  const format = useFormat();
  const [searchParams, setSearchParams] = useSearchParams();
  const session = useSession();
  const organization = useQuery({
    queryKey: ['admin', slug, 'organization'],
    queryFn: () => api.get<Organization>(`/organizations/${encodeURIComponent(slug)}`),
    enabled: slug !== '',
  });
  const allowed = useCan('members.manage', organization.data?.id);
  const requested = searchParams.get('tab');
  const active: Tab = isTab(requested) ? requested : 'members';

  if (session.isPending || organization.isPending) {
    return <Loader aria-label={t('admin.loading')} m="xl" />;
  }
  if (organization.error) {
    return (
      <Container size="lg" py="md">
        <ErrorAlert error={organization.error} />
      </Container>
    );
  }
  if (!session.data?.user) {
    return (
      <Container size="lg" py="md">
        <Alert variant="outline" color="blue" role="status">
          {t('admin.signInRequired')}{' '}
          <Anchor component={Link} to="/login">
            {t('admin.signIn')}
          </Anchor>
        </Alert>
      </Container>
    );
  }
  if (!allowed) {
    return (
      <Container size="lg" py="md">
        <Alert variant="outline" color="red.9" role="alert">
          {t('admin.notAllowed')}
        </Alert>
      </Container>
    );
  }

  return (
    <Container size="xl" py="md" px={{ base: 'xs', sm: 'md' }}>
      <Stack>
        <Title order={1}>{t('admin.title', { name: format.name(organization.data) })}</Title>
        <Tabs
          value={active}
          keepMounted={false}
          onChange={(value) =>
            setSearchParams(value && value !== 'members' ? { tab: value } : {}, { replace: true })
          }
        >
          <Tabs.List aria-label={t('admin.tabsLabel')}>
            {tabs.map((tab) => (
              <Tabs.Tab key={tab} value={tab}>
                {t(`admin.tabs.${tab}`)}
              </Tabs.Tab>
            ))}
          </Tabs.List>
          {tabs.map((tab) => (
            <Tabs.Panel key={tab} value={tab} pt="md">
              <TabContent tab={tab} slug={slug} />
            </Tabs.Panel>
          ))}
        </Tabs>
      </Stack>
    </Container>
  );
}
