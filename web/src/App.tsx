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
import { CamerasPage } from './safety/cameras/CamerasPage.tsx';
import { InventoryPage } from './inventory/InventoryPage.tsx';
import { SalesImportPage } from './inventory/sales/SalesImportPage.tsx';
import { OrdersPage } from './inventory/purchasing/OrdersPage.tsx';
import { CostReportPage } from './inventory/report/CostReportPage.tsx';
import { GroupBuyingPage } from './group-buying/GroupBuyingPage.tsx';
import { AskPage } from './services-desk/AskPage.tsx';
import { DeskPage as ServiceDeskPage } from './services-desk/DeskPage.tsx';
import { HelpHubPage } from './services-desk/HelpHubPage.tsx';
import { InboxPage as HelpInboxPage } from './services-desk/InboxPage.tsx';
import { RequestPage as HelpRequestPage } from './services-desk/RequestPage.tsx';
import { EventsPage } from './gatherings/EventsPage.tsx';
import { EventPage } from './gatherings/EventPage.tsx';
import { EventEditorPage } from './gatherings/EventEditorPage.tsx';
import { RegistrationsPage } from './gatherings/registrations/RegistrationsPage.tsx';
import { CheckInPage } from './gatherings/registrations/CheckInPage.tsx';
import { ExpoPage } from './gatherings/expo/ExpoPage.tsx';
import { LeadsPage } from './gatherings/expo/LeadsPage.tsx';
import { MeetingsPage } from './gatherings/b2b/MeetingsPage.tsx';
import { SchedulePage } from './gatherings/b2b/SchedulePage.tsx';
import { EventReportPage } from './gatherings/report/EventReportPage.tsx';
import { SurveyPage } from './gatherings/report/SurveyPage.tsx';
import { DeskPage } from './safety/desk/DeskPage.tsx';
import { IncidentPage } from './safety/incidents/IncidentPage.tsx';
import { MyReportsPage } from './safety/incidents/MyReportsPage.tsx';
import { ReportPage } from './safety/incidents/ReportPage.tsx';
import { AssessIndexPage } from './safety/assess/AssessIndexPage.tsx';
import { AssessPage } from './safety/assess/AssessPage.tsx';
import { DashboardPage as SafetyDashboardPage } from './safety/dashboard/DashboardPage.tsx';
import { SafetyHub } from './safety/SafetyHub.tsx';
import { AlertPage } from './safety/alerts/AlertPage.tsx';
import { RaiseAlertPage } from './safety/alerts/RaiseAlertPage.tsx';
import { TeamsPage } from './action-teams/TeamsPage.tsx';
import { TeamPage } from './action-teams/TeamPage.tsx';
import { PublicTeamPage } from './action-teams/PublicTeamPage.tsx';
import { InvitationsPage as TeamInvitationsPage } from './action-teams/InvitationsPage.tsx';
import { ApplyPage as MarketEntryApplyPage } from './market-entry/ApplyPage.tsx';
import { ApplicationsPage as MarketEntryApplicationsPage } from './market-entry/ApplicationsPage.tsx';
import { ApplicationPage as MarketEntryApplicationPage } from './market-entry/ApplicationPage.tsx';
import { CasePage as MarketEntryCasePage } from './market-entry/CasePage.tsx';
import { SiteEditorPage } from './mini-sites/SiteEditorPage.tsx';
import { DocumentPage } from './documents/DocumentPage.tsx';
import { SharedPage as SharedDocumentsPage } from './documents/SharedPage.tsx';
import { VaultPage } from './documents/VaultPage.tsx';

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
              <Route path="directory/:slug" element={<BusinessPage />} />
              <Route path="account" element={<AccountPage />} />
              <Route path="my/business/:slug" element={<MyBusinessPage />} />
              <Route path="my/business/:slug/matches" element={<MatchesPage />} />
              <Route path="search" element={<SearchPage />} />
              <Route path="introductions" element={<IntroductionsPage />} />
              <Route path="introductions/:id" element={<IntroductionPage />} />
              <Route path="notifications" element={<NotificationsPage />} />
              <Route path="admin/:slug" element={<AdminPage />} />
              <Route path="safety/report" element={<ReportPage />} />
              <Route path="safety/incidents" element={<MyReportsPage />} />
              <Route path="safety/incidents/:id" element={<IncidentPage />} />
              <Route path="safety/desk/:orgSlug" element={<DeskPage />} />
              <Route path="my/business/:slug/cameras" element={<CamerasPage />} />
              <Route path="my/business/:slug/site" element={<SiteEditorPage />} />
              <Route path="my/business/:slug/inventory" element={<InventoryPage />} />
              <Route path="my/business/:slug/documents" element={<VaultPage />} />
              <Route path="my/business/:slug/documents/shared" element={<SharedDocumentsPage />} />
              <Route path="my/business/:slug/documents/:id" element={<DocumentPage />} />
              <Route path="my/business/:slug/inventory/sales" element={<SalesImportPage />} />
              <Route path="my/business/:slug/inventory/orders" element={<OrdersPage />} />
              <Route path="my/business/:slug/inventory/report" element={<CostReportPage />} />
              <Route path="group-buying/:orgSlug" element={<GroupBuyingPage />} />
              <Route path="help" element={<HelpHubPage />} />
              <Route path="help/inbox" element={<HelpInboxPage />} />
              <Route path="my/business/:slug/help" element={<AskPage />} />
              <Route path="my/business/:slug/help/:id" element={<HelpRequestPage />} />
              <Route path="service-desk/:orgSlug" element={<ServiceDeskPage />} />
              <Route path="events/:orgSlug" element={<EventsPage />} />
              <Route path="events/:orgSlug/new" element={<EventEditorPage />} />
              <Route path="events/:orgSlug/:eventId" element={<EventPage />} />
              <Route path="events/:orgSlug/:eventId/edit" element={<EventEditorPage />} />
              <Route path="events/:orgSlug/:eventId/registrations" element={<RegistrationsPage />} />
              <Route path="events/:orgSlug/:eventId/check-in" element={<CheckInPage />} />
              <Route path="events/:orgSlug/:eventId/expo" element={<ExpoPage />} />
              <Route path="events/:orgSlug/:eventId/expo/leads" element={<LeadsPage />} />
              <Route path="events/:orgSlug/:eventId/meetings" element={<MeetingsPage />} />
              <Route path="events/:orgSlug/:eventId/meetings/schedule" element={<SchedulePage />} />
              <Route path="events/:orgSlug/:eventId/report" element={<EventReportPage />} />
              <Route path="events/:orgSlug/:eventId/survey" element={<SurveyPage />} />
              <Route path="safety/alerts/new" element={<RaiseAlertPage />} />
              <Route path="safety/alerts/:id" element={<AlertPage />} />
              <Route path="safety" element={<SafetyHub />} />
              <Route path="safety/assess/:businessSlug" element={<AssessIndexPage />} />
              <Route path="safety/assess/:businessSlug/:kind" element={<AssessPage />} />
              <Route path="safety/dashboard/:orgSlug" element={<SafetyDashboardPage />} />
              <Route path="market-entry/cases/:token" element={<MarketEntryCasePage />} />
              <Route path="market-entry/:orgSlug" element={<MarketEntryApplicationsPage />} />
              <Route path="market-entry/:orgSlug/apply" element={<MarketEntryApplyPage />} />
              <Route path="market-entry/:orgSlug/:id" element={<MarketEntryApplicationPage />} />
              <Route path="teams/invitations" element={<TeamInvitationsPage />} />
              <Route path="teams/org/:orgSlug" element={<TeamsPage />} />
              <Route path="teams/org/:orgSlug/:teamSlug" element={<TeamPage />} />
              <Route path="teams/:slug" element={<PublicTeamPage />} />
              <Route path="*" element={<NotFoundPage />} />
            </Route>
          </Routes>
        </BrowserRouter>
      </QueryClientProvider>
    </MantineProvider>
  );
}
