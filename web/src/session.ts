import { useCallback } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api, setCsrfToken } from './api.ts';
import { switchLocale, type Locale } from './i18n.ts';

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  locale: Locale;
  isPlatformAdmin: boolean;
}

export interface SessionMembership {
  id: string;
  role: 'admin' | 'member' | 'partner' | 'liaison';
  status: 'active' | 'suspended';
  organization: { id: string; slug: string; nameKo: string; nameEn: string };
}

export interface SessionBusiness {
  id: string;
  slug: string;
  nameKo: string;
  nameEn: string;
  kind: string;
  role: string;
}

export interface Session {
  user: SessionUser | null;
  csrfToken: string | null;
  abilities: { global: string[]; organizations: Record<string, string[]> };
  memberships: SessionMembership[];
  businesses: SessionBusiness[];
}

export const sessionKey = ['session'] as const;

/** Keeps the CSRF token and the interface language in step with the account of a session. */
async function adopt(session: Session): Promise<Session> {
  setCsrfToken(session.csrfToken ?? '');
  if (session.user) {
    await switchLocale(session.user.locale);
  }
  return session;
}

export function useSession() {
  return useQuery({
    queryKey: sessionKey,
    queryFn: async () => adopt(await api.get<Session>('/session')),
    staleTime: 60_000,
  });
}

/** For requests that answer with a session body (sign-in, accept invitation, PATCH /me). */
export function useApplySession() {
  const queryClient = useQueryClient();
  return useCallback(
    async (session: Session) => {
      queryClient.setQueryData(sessionKey, await adopt(session));
    },
    [queryClient],
  );
}

/** Whether the signed-in user may do `action`, globally or in the given organization. */
export function useCan(action: string, organizationId?: string): boolean {
  const { data } = useSession();
  if (!data) {
    return false;
  }
  if (data.abilities.global.includes(action)) {
    return true;
  }
  return (
    organizationId !== undefined && (data.abilities.organizations[organizationId] ?? []).includes(action)
  );
}
