import { NavLink, Stack } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router-dom';
import { api } from '../api.ts';
import { sessionKey, useSession, type Session } from '../session.ts';
import { useLocalized } from './localized.ts';

interface OrganizationSummary {
  id: string;
  slug: string;
  nameKo: string;
  nameEn: string;
}

/** Organizations whose admin area the user may open: all of them for platform admins. */
function useAdministeredOrganizations(session: Session | undefined): OrganizationSummary[] {
  const isPlatformAdmin = session?.user?.isPlatformAdmin === true;
  const all = useQuery({
    queryKey: ['organizations'],
    queryFn: () => api.get<OrganizationSummary[]>('/organizations'),
    enabled: isPlatformAdmin,
  });
  if (!session?.user) {
    return [];
  }
  if (isPlatformAdmin) {
    return all.data ?? [];
  }
  return session.memberships
    .filter((m) => (session.abilities.organizations[m.organization.id] ?? []).includes('members.manage'))
    .map((m) => m.organization);
}

export function NavLinks({ onNavigate }: { onNavigate: () => void }) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const location = useLocation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { data: session } = useSession();
  const administered = useAdministeredOrganizations(session);
  const logout = useMutation({
    mutationFn: () => api.delete('/session'),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: sessionKey });
      onNavigate();
      await navigate('/');
    },
  });

  const link = (to: string, label: string) => (
    <NavLink
      key={to}
      component={Link}
      to={to}
      label={label}
      active={location.pathname === to}
      aria-current={location.pathname === to ? 'page' : undefined}
      onClick={onNavigate}
    />
  );

  return (
    <Stack gap={2}>
      {link('/', t('nav.home'))}
      {link('/search', t('nav.search'))}
      {link('/safety', t('safetyHub.nav'))}
      {session?.businesses.map((b) =>
        link(`/my/business/${b.slug}`, t('nav.myBusiness', { name: localized(b.nameKo, b.nameEn) })),
      )}
      {session?.businesses.map((b) =>
        link(`/my/business/${b.slug}/matches`, t('nav.matches', { name: localized(b.nameKo, b.nameEn) })),
      )}
      {session?.user && link('/introductions', t('nav.introductions'))}
      {session?.user && link('/teams/invitations', t('actionTeams.title'))}
      {session?.user && link('/help', t('servicesDesk.nav'))}
      {session?.memberships
        .filter((m) => m.status === 'active')
        .map((m) =>
          link(
            `/events/${m.organization.slug}`,
            t('gatherings.nav', { name: localized(m.organization.nameKo, m.organization.nameEn) }),
          ),
        )}
      {administered.map((o) =>
        link(`/admin/${o.slug}`, t('nav.admin', { name: localized(o.nameKo, o.nameEn) })),
      )}
      {session?.memberships
        .filter((m) =>
          (session.abilities.organizations[m.organization.id] ?? []).includes('marketEntry.manage'),
        )
        .map((m) =>
          link(
            `/market-entry/${m.organization.slug}`,
            t('marketEntry.nav', { name: localized(m.organization.nameKo, m.organization.nameEn) }),
          ),
        )}
      {session?.user ? (
        <>
          {link('/account', t('nav.account'))}
          <NavLink component="button" label={t('nav.logout')} onClick={() => logout.mutate()} />
        </>
      ) : (
        link('/login', t('nav.login'))
      )}
    </Stack>
  );
}
