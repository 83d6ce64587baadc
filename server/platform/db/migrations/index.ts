import type { Migration } from 'kysely';
import * as users from './20261127090000_users.ts';
import * as organizations from './20261127090100_organizations.ts';
import * as pillars from './20261127090200_pillars.ts';
import * as defaultPillars from './20261127090210_default_pillars.ts';
import * as businesses from './20261127090300_businesses.ts';
import * as offersAndNeeds from './20261127090400_offers_and_needs.ts';
import * as invitations from './20261127090500_invitations_and_applications.ts';
import * as resetsAndTokens from './20261127090600_password_resets_and_tokens.ts';
import * as outbox from './20261127090700_outbox.ts';
import * as searchTerms from './20261127120000_search_terms.ts';
import * as introductions from './20261127120100_introductions.ts';
import * as matchingAndNotifications from './20261127120200_matching_and_notifications.ts';
import * as searchSupport from './20261127130000_s_search_support.ts';
import * as incidents from './20261128090000_incidents.ts';
import * as cameras from './20261128090100_cameras.ts';
import * as alerts from './20261128090200_alerts.ts';
import * as safetyAssessments from './20261128090300_safety_assessments.ts';
import * as alertDelivery from './20261128110000_alert_delivery.ts';
import * as matchingSupport from './20261128130000_matching_support.ts';
import * as inventory from './20261128140000_inventory.ts';
import * as purchasing from './20261129090000_purchasing.ts';
import * as movementHistoryIndex from './20261129100000_movement_history_index.ts';
import * as gatherings from './20261130090000_gatherings.ts';
import * as expo from './20261130090100_expo.ts';
import * as surveyInvitations from './20261130090600_survey_invitations.ts';
import * as actionTeams from './20261201090000_action_teams.ts';
import * as servicesDesk from './20261201090100_services_desk.ts';
import * as documents from './20261201090200_documents.ts';
import * as miniSites from './20261201090300_mini_sites.ts';
import * as marketEntry from './20261201090400_market_entry.ts';

/** Every migration, by its timestamped name. A new migration is one new file and one line here. */
export const migrations: Record<string, Migration> = {
  '20261127090000_users': users,
  '20261127090100_organizations': organizations,
  '20261127090200_pillars': pillars,
  '20261127090210_default_pillars': defaultPillars,
  '20261127090300_businesses': businesses,
  '20261127090400_offers_and_needs': offersAndNeeds,
  '20261127090500_invitations_and_applications': invitations,
  '20261127090600_password_resets_and_tokens': resetsAndTokens,
  '20261127090700_outbox': outbox,
  '20261127120000_search_terms': searchTerms,
  '20261127120100_introductions': introductions,
  '20261127120200_matching_and_notifications': matchingAndNotifications,
  '20261127130000_s_search_support': searchSupport,
  '20261128090000_incidents': incidents,
  '20261128090100_cameras': cameras,
  '20261128090200_alerts': alerts,
  '20261128090300_safety_assessments': safetyAssessments,
  '20261128110000_alert_delivery': alertDelivery,
  '20261128130000_matching_support': matchingSupport,
  '20261128140000_inventory': inventory,
  '20261129090000_purchasing': purchasing,
  '20261129100000_movement_history_index': movementHistoryIndex,
  '20261130090000_gatherings': gatherings,
  '20261130090100_expo': expo,
  '20261130090600_survey_invitations': surveyInvitations,
  '20261201090000_action_teams': actionTeams,
  '20261201090100_services_desk': servicesDesk,
  '20261201090200_documents': documents,
  '20261201090300_mini_sites': miniSites,
  '20261201090400_market_entry': marketEntry,
};
