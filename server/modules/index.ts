import type { FastifyPluginAsync } from 'fastify';
import { accountRoutes } from './accounts/routes.ts';
import { alertRoutes } from './alerts/routes.ts';
import { assessmentRoutes } from './assessments/routes.ts';
import { businessRoutes } from './businesses/routes.ts';
import { cameraRoutes } from './cameras/routes.ts';
import { healthRoutes } from './health/routes.ts';
import { importRoutes } from './imports/routes.ts';
import { incidentRoutes } from './incidents/routes.ts';
import { introductionRoutes } from './introductions/routes.ts';
import { inventoryRoutes } from './inventory/routes.ts';
import { catalogueImportRoutes } from './inventory/catalogue/routes.ts';
import { costReportRoutes } from './inventory/report/routes.ts';
import { purchasingRoutes } from './inventory/purchasing/routes.ts';
import { salesImportRoutes } from './inventory/sales/routes.ts';
import { groupBuyingRoutes } from './group-buying/routes.ts';
import './gatherings/messages.ts';
import { eventRoutes } from './gatherings/events/routes.ts';
import { registrationRoutes } from './gatherings/registrations/routes.ts';
import { expoRoutes } from './gatherings/expo/routes.ts';
import { b2bRoutes } from './gatherings/b2b/routes.ts';
import { eventReportRoutes } from './gatherings/report/routes.ts';
import { marketEntryRoutes } from './market-entry/routes.ts';
import { matchingRoutes } from './matching/routes.ts';
import { miniSiteRoutes } from './mini-sites/routes.ts';
import { notificationRoutes } from './notifications/routes.ts';
import { organizationRoutes } from './organizations/routes.ts';
import { outboxRoutes } from './outbox/routes.ts';
import { pillarRoutes } from './pillars/routes.ts';
import { safetyDashboardRoutes } from './safety-dashboard/routes.ts';
import { searchRoutes } from './search/routes.ts';
import { servicesDeskRoutes } from './services-desk/routes.ts';
import { tokenRoutes } from './tokens/routes.ts';
import { actionTeamRoutes } from './action-teams/routes.ts';
import { documentRoutes } from './documents/routes.ts';

/** Every domain's routes, mounted under /api/v1. */
export const modules: FastifyPluginAsync[] = [
  healthRoutes,
  accountRoutes,
  businessRoutes,
  organizationRoutes,
  pillarRoutes,
  matchingRoutes,
  tokenRoutes,
  outboxRoutes,
  importRoutes,
  searchRoutes,
  notificationRoutes,
  introductionRoutes,
  incidentRoutes,
  cameraRoutes,
  alertRoutes,
  assessmentRoutes,
  safetyDashboardRoutes,
  inventoryRoutes,
  catalogueImportRoutes,
  salesImportRoutes,
  purchasingRoutes,
  costReportRoutes,
  groupBuyingRoutes,
  eventRoutes,
  registrationRoutes,
  expoRoutes,
  b2bRoutes,
  eventReportRoutes,
  servicesDeskRoutes,
  actionTeamRoutes,
  miniSiteRoutes,
  documentRoutes,
  marketEntryRoutes,
];
