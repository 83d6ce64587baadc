import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { BrowserRouter, Route, Routes } from 'react-router-dom';
import { AccountPage } from './account/AccountPage.tsx';
import { ForgotPasswordPage } from './account/ForgotPasswordPage.tsx';
import { InvitationPage } from './account/InvitationPage.tsx';
import { LoginPage } from './account/LoginPage.tsx';
import { ResetPasswordPage } from './account/ResetPasswordPage.tsx';
import { AdminPage } from './admin/AdminPage.tsx';
import { MyBusinessPage } from './business/MyBusinessPage.tsx';
import { Layout } from './components/Layout.tsx';
import { cssVariablesResolver, theme } from './components/theme.ts';
import { BusinessPage } from './public/BusinessPage.tsx';
import { HomePage } from './public/HomePage.tsx';
import { NotFoundPage } from './public/NotFoundPage.tsx';
import { OrganizationPage } from './public/OrganizationPage.tsx';
import { IntroductionPage } from './introductions/IntroductionPage.tsx';
import { IntroductionsPage } from './introductions/IntroductionsPage.tsx';
import { MatchesPage } from './matches/MatchesPage.tsx';
import { NotificationsPage } from './notifications/NotificationsPage.tsx';
import { SearchPage } from './search/SearchPage.tsx';

const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false } },
});

export function App() {
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver}>
      <QueryClientProvider client={queryClient}>
        <BrowserRouter>
          <Routes>
            <Route element={<Layout />}>
              <Route index element={<HomePage />} />
              <Route path="login" element={<LoginPage />} />
              <Route path="forgot-password" element={<ForgotPasswordPage />} />
              <Route path="reset-password/:token" element={<ResetPasswordPage />} />
              <Route path="invitations/:token" element={<InvitationPage />} />
              <Route path="o/:slug" element={<OrganizationPage />} />
              <Route path="b/:slug" element={<BusinessPage />} />
              <Route path="account" element={<AccountPage />} />
              <Route path="my/business/:slug" element={<MyBusinessPage />} />
              <Route path="my/business/:slug/matches" element={<MatchesPage />} />
              <Route path="search" element={<SearchPage />} />
              <Route path="introductions" element={<IntroductionsPage />} />
              <Route path="introductions/:id" element={<IntroductionPage />} />
              <Route path="notifications" element={<NotificationsPage />} />
              <Route path="admin/:slug" element={<AdminPage />} />
              <Route path="*" element={<NotFoundPage />} />
            </Route>
          </Routes>
        </BrowserRouter>
      </QueryClientProvider>
    </MantineProvider>
  );
}
