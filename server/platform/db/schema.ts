import type { Generated, Insertable, Selectable, Updateable } from 'kysely';

/*
 * Portable column conventions (the same on SQLite and PostgreSQL):
 * ids are text UUIDs, timestamps are ISO-8601 text (sortable), flags are integers 0/1,
 * lists are JSON text. See docs/ARCHITECTURE.md.
 */

export type Locale = 'ko' | 'en';
export type MembershipRole = 'admin' | 'member' | 'partner' | 'liaison';
export type MembershipStatus = 'active' | 'suspended';
export type BusinessKind = 'member' | 'partner';
export type Urgency = 'low' | 'medium' | 'high';
export type EmailNotifications = 'instant' | 'digest' | 'off';
/** requested → accepted → met → active → closed; declined and expired end a request. */
export type IntroductionStage =
  'requested' | 'accepted' | 'declined' | 'expired' | 'met' | 'active' | 'closed';

export interface UserTable {
  id: string;
  email: string;
  password_hash: string;
  name: string;
  locale: Locale;
  is_platform_admin: number;
  email_notifications: Generated<EmailNotifications>;
  created_at: string;
  updated_at: string;
}

export interface SessionTable {
  id: string;
  user_id: string;
  csrf_token: string;
  expires_at: string;
  created_at: string;
}

export interface OrganizationTable {
  id: string;
  slug: string;
  kind: 'chamber' | 'committee';
  name_ko: string;
  name_en: string;
  description_ko: string;
  description_en: string;
  website: string | null;
  /** Months a Safe City incident keeps its personal details before they are purged. */
  safety_retention_months: Generated<number>;
  created_at: string;
}

export interface MembershipTable {
  id: string;
  organization_id: string;
  user_id: string;
  role: MembershipRole;
  status: MembershipStatus;
  created_at: string;
}

export interface PillarTable {
  id: string;
  key: string;
  name_ko: string;
  name_en: string;
  position: number;
  retired: number;
  created_at: string;
}

export interface BusinessTable {
  id: string;
  slug: string;
  kind: BusinessKind;
  name_ko: string;
  name_en: string;
  description_ko: string;
  description_en: string;
  industry: string;
  address: string;
  city: string;
  state: string;
  zip: string;
  latitude: number | null;
  longitude: number | null;
  phone: string;
  email: string;
  website: string;
  languages: string;
  phone_public: number;
  email_public: number;
  address_public: number;
  website_public: number;
  logo_path: string | null;
  /** Partners: new introductions accepted per week; null means no limit. */
  weekly_intro_capacity: Generated<number | null>;
  created_at: string;
  updated_at: string;
}

export interface BusinessOrganizationTable {
  business_id: string;
  organization_id: string;
  created_at: string;
}

export interface BusinessUserTable {
  business_id: string;
  user_id: string;
  role: 'owner' | 'staff';
}

export interface OfferTable {
  id: string;
  business_id: string;
  pillar_id: string;
  description_ko: string;
  description_en: string;
  radius_miles: number;
  languages: string;
  price_hint: string;
  created_at: string;
}

export interface NeedTable {
  id: string;
  business_id: string;
  pillar_id: string;
  description_ko: string;
  description_en: string;
  urgency: Urgency;
  created_at: string;
}

export interface InvitationTable {
  id: string;
  organization_id: string;
  email: string;
  role: MembershipRole;
  token_hash: string;
  invited_by: string | null;
  application_id: string | null;
  expires_at: string;
  accepted_at: string | null;
  revoked_at: string | null;
  created_at: string;
}

export interface ApplicationTable {
  id: string;
  organization_id: string;
  email: string;
  name: string;
  business_name: string;
  message: string;
  locale: Locale;
  status: 'pending' | 'approved' | 'rejected';
  decided_by: string | null;
  decided_at: string | null;
  created_at: string;
}

export interface PasswordResetTable {
  id: string;
  user_id: string;
  token_hash: string;
  expires_at: string;
  used_at: string | null;
  created_at: string;
}

export interface ApiTokenTable {
  id: string;
  organization_id: string;
  name: string;
  token_hash: string;
  prefix: string;
  created_by: string | null;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
}

export interface OutboxTable {
  id: string;
  organization_id: string | null;
  to_address: string;
  subject: string;
  body_text: string;
  locale: Locale;
  status: 'stored' | 'queued' | 'sent' | 'failed';
  error: string | null;
  created_at: string;
  sent_at: string | null;
}

export interface SearchTermTable {
  term: string;
  business_id: string;
  weight: number;
}

export interface IntroductionTable {
  id: string;
  requester_business_id: string;
  recipient_business_id: string;
  requested_by: string | null;
  need_id: string | null;
  offer_id: string | null;
  message: string;
  stage: IntroductionStage;
  outcome: 'won' | 'lost' | null;
  value_cents: number | null;
  close_note: string | null;
  responded_at: string | null;
  reminded_at: string | null;
  expires_at: string;
  /** The gathering it came out of (a lead at the expo, a B2B meeting), if any. */
  event_id: Generated<string | null>;
  created_at: string;
  updated_at: string;
}

export interface IntroductionEventTable {
  id: string;
  introduction_id: string;
  actor_user_id: string | null;
  stage: IntroductionStage;
  note: string;
  created_at: string;
}

export interface BusinessBlockTable {
  business_id: string;
  blocked_business_id: string;
  created_at: string;
}

export interface MatchFeedbackTable {
  business_id: string;
  target_business_id: string;
  kind: 'hidden';
  created_at: string;
}

export interface SavedSearchTable {
  id: string;
  user_id: string;
  name: string;
  /** The search's parameters as JSON. */
  query: string;
  last_checked_at: string;
  created_at: string;
}

/** Businesses a saved search has already announced to its owner. */
export interface SavedSearchHitTable {
  saved_search_id: string;
  business_id: string;
  created_at: string;
}

export interface NotificationTable {
  id: string;
  user_id: string;
  kind: string;
  /** Kind-specific JSON the client renders in the user's language. */
  payload: string;
  read_at: string | null;
  emailed_at: string | null;
  created_at: string;
}

/** Safe City incident types, in the order forms and reports list them (the web app imports this too). */
export const INCIDENT_TYPES = [
  'robbery',
  'burglary',
  'shoplifting',
  'vandalism',
  'fraud',
  'suspicious',
  'cyber',
  'other',
] as const;
export type IncidentType = (typeof INCIDENT_TYPES)[number];
export type IncidentStatus = 'open' | 'closed';
export type AlertStatus = 'active' | 'all_clear' | 'retracted' | 'expired';
export type AssessmentKind = 'dallas_ordinance' | 'store_safety' | 'cyber';

/** A Safe City report. Personal details (reporter, address, contact, free text) are purged after the
 * organization's retention period; type, time and the block-level location stay for statistics. */
export interface IncidentTable {
  id: string;
  organization_id: string;
  business_id: string | null;
  reporter_user_id: string | null;
  type: IncidentType;
  occurred_at: string;
  location_kind: 'business' | 'point' | 'address';
  address: string | null;
  latitude: number;
  longitude: number;
  /** The location rounded to the block, which is all a member who is not a liaison sees. */
  block_latitude: number;
  block_longitude: number;
  description: string;
  /** JSON list of { clothing, height, build, marks } — behaviour and appearance only. */
  suspects: Generated<string>;
  /** JSON list of { make, model, color, plate, direction }. */
  vehicles: Generated<string>;
  police_called: Generated<number>;
  police_case_number: string | null;
  contact_phone: string | null;
  status: Generated<IncidentStatus>;
  closed_at: string | null;
  closed_by_user_id: string | null;
  purged_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface IncidentPhotoTable {
  id: string;
  incident_id: string;
  path: string;
  content_type: string;
  size_bytes: number;
  kept_location: Generated<number>;
  created_at: string;
}

export interface IncidentCommentTable {
  id: string;
  incident_id: string;
  user_id: string | null;
  body: string;
  created_at: string;
}

export interface CameraTable {
  id: string;
  business_id: string;
  label: string;
  latitude: number;
  longitude: number;
  /** Compass bearing the camera faces, 0–359; null when it covers all around. */
  direction_degrees: number | null;
  retention_days: number;
  shareable: Generated<number>;
  created_at: string;
  updated_at: string;
}

export interface FootageRequestTable {
  id: string;
  incident_id: string;
  camera_id: string;
  requested_by_user_id: string | null;
  note: Generated<string>;
  status: Generated<'requested' | 'shared' | 'declined'>;
  response_note: string | null;
  answered_by_user_id: string | null;
  answered_at: string | null;
  created_at: string;
}

export interface AlertTable {
  id: string;
  organization_id: string;
  incident_id: string | null;
  raised_by_user_id: string | null;
  incident_type: IncidentType;
  message: string;
  latitude: number;
  longitude: number;
  radius_miles: number;
  /** JSON list of business industries the alert is limited to; empty means every kind. */
  industries: Generated<string>;
  status: Generated<AlertStatus>;
  expires_at: string;
  all_clear_at: string | null;
  all_clear_message: string | null;
  retracted_at: string | null;
  retracted_by_user_id: string | null;
  /** Why an admin retracted it, shown to the recipients. */
  retraction_reason: Generated<string | null>;
  /** Null until the fan-out has run: an alert is stored first and delivered when delivery works. */
  delivered_at: string | null;
  created_at: string;
}

export interface AlertRecipientTable {
  alert_id: string;
  user_id: string;
  business_id: string | null;
  distance_miles: number;
  seen_at: string | null;
  saw_too_at: string | null;
  sighting_note: string | null;
  reported_false_at: string | null;
  created_at: string;
  /** The recipient's `alert.raised` notification (announced again if a fan-out is retried). */
  notification_id: Generated<string | null>;
}

/** An area a user opted into for alerts, besides their own businesses' locations. */
export interface AlertAreaTable {
  id: string;
  user_id: string;
  label: string;
  latitude: number;
  longitude: number;
  radius_miles: number;
  created_at: string;
  /** The ZIP the area was chosen by, when it was (its centroid is the point). */
  zip: Generated<string | null>;
}

export interface SafetyAssessmentTable {
  id: string;
  business_id: string;
  kind: AssessmentKind;
  /** JSON { [questionId]: answer }. */
  answers: string;
  score: number;
  max_score: number;
  completed_by_user_id: string | null;
  created_at: string;
}

export type StockMovementKind = 'receipt' | 'sale' | 'adjustment' | 'count' | 'transfer_in' | 'transfer_out';

export interface InventoryLocationTable {
  id: string;
  business_id: string;
  name: string;
  created_at: string;
}

export interface SupplierTable {
  id: string;
  business_id: string;
  name: string;
  email: Generated<string>;
  phone: Generated<string>;
  /** The language purchase orders are written in for this supplier. */
  locale: Generated<Locale>;
  lead_time_days: Generated<number>;
  created_at: string;
}

export interface ProductTable {
  id: string;
  business_id: string;
  sku: string;
  barcode: string | null;
  name_ko: string;
  name_en: string;
  category: Generated<string>;
  unit_cost_cents: number;
  price_cents: number;
  created_at: string;
  updated_at: string;
}

export interface ProductSupplierTable {
  product_id: string;
  supplier_id: string;
  supplier_sku: Generated<string>;
  pack_size: Generated<number>;
  min_order_packs: Generated<number>;
  unit_cost_cents: number;
  /** Overrides the supplier's lead time for this product. */
  lead_time_days: number | null;
  preferred: Generated<number>;
}

/** The only way stock changes. Quantities are signed: receipts and counts up, sales down. */
export interface StockMovementTable {
  id: string;
  business_id: string;
  product_id: string;
  location_id: string;
  kind: StockMovementKind;
  quantity: number;
  /** Pairs the two movements of a transfer between locations. */
  transfer_id: string | null;
  /** What it came from: a purchase order, a sales import, a count. */
  reference: string | null;
  note: Generated<string>;
  /** 1 when the user explicitly allowed the on-hand to go below zero (shown as an anomaly). */
  negative_allowed: Generated<number>;
  user_id: string | null;
  occurred_at: string;
  /** The store's calendar day (YYYY-MM-DD, its time zone) the movement counts on: daily sales read by it. */
  business_day: string | null;
  /** An imported line's identity (e.g. POS transaction and line): unique per store, so a re-import adds nothing. */
  source_key: string | null;
  created_at: string;
}

/** The running sum of a product's movements at a location, written with each movement. */
export interface StockLevelTable {
  product_id: string;
  location_id: string;
  on_hand: number;
  updated_at: string;
}

/** How a store orders: how often it reviews, the service level it wants, its costs, its POS mapping. */
export interface InventorySettingsTable {
  business_id: string;
  /** Days between ordering reviews: 1 (daily) or 7 (weekly). */
  review_days: Generated<number>;
  service_level: Generated<number>;
  /** Yearly holding cost as a share of unit cost. */
  holding_rate: Generated<number>;
  order_cost_cents: Generated<number>;
  time_zone: Generated<string>;
  /** The POS export layout last used, and its column mapping (JSON), offered again next time. */
  pos_format: string | null;
  pos_mapping: string | null;
  updated_at: string;
}

export type SalesImportFormat = 'generic-daily' | 'generic-transactions' | 'square-items';

/** One POS file brought in: what it held and what it added. */
export interface SalesImportTable {
  id: string;
  business_id: string;
  file_sha256: string;
  filename: Generated<string>;
  format: SalesImportFormat;
  row_count: number;
  /** Movements this import added (0 when every line had been imported before). */
  movement_count: number;
  first_day: string | null;
  last_day: string | null;
  user_id: string | null;
  created_at: string;
}

export type PurchaseOrderStatus = 'draft' | 'sent' | 'partial' | 'received' | 'cancelled';

export interface PurchaseOrderTable {
  id: string;
  business_id: string;
  supplier_id: string;
  /** Per store, from 1: PO-0001. */
  number: number;
  status: Generated<PurchaseOrderStatus>;
  /** The language the order is written in (the supplier's). */
  locale: Generated<Locale>;
  note: Generated<string>;
  group_order_id: string | null;
  created_by: string | null;
  created_at: string;
  sent_at: string | null;
  updated_at: string;
  /** Optimistic concurrency: every change increments it. */
  version: Generated<number>;
}

export interface PurchaseOrderLineTable {
  id: string;
  purchase_order_id: string;
  product_id: string;
  position: number;
  quantity: number;
  unit_cost_cents: number;
  received_quantity: Generated<number>;
}

export type GroupOrderStatus = 'open' | 'closed' | 'cancelled';

/** Stores of one organization pooling orders of one supplier product to reach a price break. */
export interface GroupOrderTable {
  id: string;
  organization_id: string;
  organizer_business_id: string | null;
  organizer_user_id: string | null;
  supplier_name: string;
  supplier_sku: string;
  title_ko: string;
  title_en: string;
  unit_cost_cents: number;
  /** Total units the supplier wants for the lower price. */
  break_quantity: number;
  break_cost_cents: number;
  /** Last day to join (YYYY-MM-DD). */
  closes_on: string;
  status: Generated<GroupOrderStatus>;
  created_at: string;
  updated_at: string;
}

export interface GroupOrderCommitmentTable {
  group_order_id: string;
  business_id: string;
  product_id: string | null;
  quantity: number;
  /** The store's own purchase order, made when the group order closes. */
  purchase_order_id: string | null;
  user_id: string | null;
  updated_at: string;
}

export type EventKind = 'roundtable' | 'team_meeting' | 'expo' | 'other';
export type EventAudience = 'members' | 'public';
export type EventStatus = 'scheduled' | 'cancelled';

/**
 * A gathering: one-off, or recurring by `rrule` (RFC 5545, without DTSTART: `starts_on` + `start_time` in
 * `time_zone` is the first occurrence). Times are the organization's wall clock (HH:mm, same day).
 * JSON columns: `cancelled_dates` string[] of occurrence dates; `questions` RegistrationQuestion[];
 * `speakers` Speaker[] (server/modules/gatherings/events/schema.ts).
 */
export interface EventTable {
  id: string;
  organization_id: string;
  kind: EventKind;
  title_ko: string;
  title_en: string;
  agenda_ko: Generated<string>;
  agenda_en: Generated<string>;
  venue_name: Generated<string>;
  venue_address: Generated<string>;
  /** The first occurrence's local date (YYYY-MM-DD). */
  starts_on: string;
  start_time: string;
  end_time: string;
  time_zone: Generated<string>;
  rrule: string | null;
  cancelled_dates: Generated<string>;
  /** Registered places per occurrence; null: no limit. */
  capacity: number | null;
  /** 1: past capacity, registrations join a waitlist (promoted in order when places free up). */
  waitlist: Generated<number>;
  audience: Generated<EventAudience>;
  questions: Generated<string>;
  speakers: Generated<string>;
  pillar_id: string | null;
  /** Reminder e-mail this many hours before each occurrence (0: none). */
  reminder_hours: Generated<number>;
  status: Generated<EventStatus>;
  created_by: string | null;
  version: Generated<number>;
  created_at: string;
  updated_at: string;
}

export type RegistrationStatus = 'registered' | 'waitlisted' | 'cancelled';

/** One person's place at one occurrence; `ticket_code` is what their QR code carries. */
export interface EventRegistrationTable {
  id: string;
  event_id: string;
  /** The occurrence's local date (YYYY-MM-DD). */
  occurrence: string;
  user_id: string | null;
  business_id: string | null;
  name: string;
  email: string;
  company: Generated<string>;
  locale: Locale;
  /** JSON: question id → answer (string, or string[] for several choices). */
  answers: Generated<string>;
  status: RegistrationStatus;
  ticket_code: string;
  checked_in_at: string | null;
  checked_in_by: string | null;
  reminded_at: string | null;
  /** When the satisfaction survey was e-mailed (after the occurrence ended, to attendees who checked in). */
  survey_sent_at: Generated<string | null>;
  created_at: string;
  updated_at: string;
}

/** Minutes and follow-ups of one occurrence. `follow_ups`: JSON FollowUp[]. */
export interface EventMinutesTable {
  event_id: string;
  occurrence: string;
  minutes_ko: Generated<string>;
  minutes_en: Generated<string>;
  follow_ups: Generated<string>;
  updated_by: string | null;
  updated_at: string;
}

export interface EventSurveyResponseTable {
  registration_id: string;
  event_id: string;
  occurrence: string;
  /** 1 to 5. */
  rating: number;
  would_return: number;
  comment: Generated<string>;
  created_at: string;
}

export type ExhibitorTier = 'platinum' | 'gold' | 'silver' | 'bronze' | 'exhibitor';

/** An expo exhibitor or sponsor (tiers above 'exhibitor' are sponsors). */
export interface ExpoExhibitorTable {
  id: string;
  event_id: string;
  /** The business behind the booth: its people capture leads; its logo is used when none is uploaded. */
  business_id: string | null;
  name_ko: string;
  name_en: string;
  description_ko: Generated<string>;
  description_en: Generated<string>;
  website: Generated<string>;
  tier: ExhibitorTier;
  booth: string | null;
  logo_path: string | null;
  created_at: string;
  updated_at: string;
}

export interface ExpoSessionTable {
  id: string;
  event_id: string;
  title_ko: string;
  title_en: string;
  description_ko: Generated<string>;
  description_en: Generated<string>;
  room: Generated<string>;
  start_time: string;
  end_time: string;
  speakers: Generated<string>;
  created_at: string;
}

/** A badge an exhibitor scanned; with consent, it becomes an introduction in the exhibitor's pipeline. */
export interface ExpoLeadTable {
  id: string;
  event_id: string;
  exhibitor_id: string;
  registration_id: string;
  consent: number;
  note: Generated<string>;
  introduction_id: string | null;
  captured_by: string | null;
  created_at: string;
}

export type ExpoInterestKind = 'exhibit' | 'sponsor' | 'attend' | 'speak' | 'venue';

/** "Next year": who wants to come back, how, with venue ideas and questions. */
export interface ExpoInterestTable {
  id: string;
  event_id: string;
  kind: ExpoInterestKind;
  name: string;
  email: string;
  company: Generated<string>;
  venue_idea: Generated<string>;
  message: Generated<string>;
  locale: Locale;
  status: Generated<'new' | 'contacted'>;
  created_at: string;
}

/** The organizer's B2B settings; `schedule_version` increments with every change to the schedule. */
export interface B2bSettingsTable {
  event_id: string;
  slot_minutes: number;
  day_start: string;
  day_end: string;
  /** JSON: [{ start: 'HH:mm', end: 'HH:mm' }] with no meetings (lunch, a keynote). */
  breaks: Generated<string>;
  table_count: number;
  schedule_version: Generated<number>;
  scheduled_at: string | null;
  updated_at: string;
}

export interface B2bParticipantTable {
  registration_id: string;
  event_id: string;
  /** JSON pillar ids. */
  offers: Generated<string>;
  needs: Generated<string>;
  /** JSON slot starts ('HH:mm') the attendee can meet in; null: every slot. */
  available_slots: string | null;
  updated_at: string;
}

export type B2bRequestStatus = 'pending' | 'accepted' | 'declined' | 'cancelled';

export interface B2bRequestTable {
  id: string;
  event_id: string;
  requester_id: string;
  recipient_id: string;
  /** The two registration ids, sorted and joined by ':': one request per pair. */
  pair_key: string;
  message: Generated<string>;
  status: B2bRequestStatus;
  priority: Generated<number>;
  created_at: string;
  answered_at: string | null;
}

/** A scheduled meeting: an accepted request at a slot ('HH:mm' local) and a table (1-based). */
export interface B2bMeetingTable {
  request_id: string;
  event_id: string;
  slot_start: string;
  table_number: number;
  /** 1: moved by hand; the scheduler never moves it. */
  pinned: Generated<number>;
  updated_at: string;
}

export type ActionTeamRole = 'lead' | 'member' | 'adviser';
export type ActionTeamMemberStatus = 'invited' | 'active' | 'declined' | 'left';

/** A pillar's action team: expert business leaders; `action_team_organizations` lists the organizations sharing it. */
export interface ActionTeamTable {
  id: string;
  slug: string;
  pillar_id: string;
  name_ko: string;
  name_en: string;
  /** What the team offers, on its public page. */
  summary_ko: Generated<string>;
  summary_en: Generated<string>;
  is_public: Generated<number>;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

export interface ActionTeamOrganizationTable {
  team_id: string;
  organization_id: string;
}

/** A person on a team (invited, then active or declined), optionally for one of their businesses. */
export interface ActionTeamMemberTable {
  id: string;
  team_id: string;
  user_id: string;
  business_id: string | null;
  role: ActionTeamRole;
  status: ActionTeamMemberStatus;
  invited_by: string | null;
  invited_at: string;
  responded_at: string | null;
}

export interface ActionTeamGoalTable {
  id: string;
  team_id: string;
  title_ko: string;
  title_en: string;
  target_on: string | null;
  status: Generated<'open' | 'done'>;
  created_at: string;
  updated_at: string;
}

export interface ActionTeamTaskTable {
  id: string;
  team_id: string;
  goal_id: string | null;
  title: string;
  owner_user_id: string | null;
  status: Generated<'todo' | 'doing' | 'done'>;
  due_on: string | null;
  created_at: string;
  updated_at: string;
}

/** Meeting notes, linked to the roundtable occurrence they were taken at when there is one. */
export interface ActionTeamNoteTable {
  id: string;
  team_id: string;
  event_id: string | null;
  occurrence: string | null;
  held_on: string;
  body: string;
  author_id: string | null;
  created_at: string;
}

/** Market entry concierge: a company's application to an organization; `case_token` is its private link. */
export interface MarketEntryApplicationTable {
  id: string;
  organization_id: string;
  company_name_ko: string;
  company_name_en: string;
  country: string;
  industry: string;
  contact_name: string;
  contact_email: string;
  locale: Locale;
  target_date: string;
  /** JSON list of standard step keys the company asks help with. */
  needs: Generated<string>;
  message: Generated<string>;
  case_token: string;
  status: Generated<'applied' | 'accepted' | 'declined'>;
  /** Local date (America/Chicago) of acceptance: due dates are offsets from it. */
  accepted_on: string | null;
  created_at: string;
  updated_at: string;
}

/** One checklist step of an accepted application (`step_key` null for a custom step). */
export interface MarketEntryStepTable {
  id: string;
  application_id: string;
  position: number;
  step_key: string | null;
  title_ko: string;
  title_en: string;
  explanation_ko: Generated<string>;
  explanation_en: Generated<string>;
  pillar_id: string | null;
  partner_business_id: string | null;
  partner_reason_ko: Generated<string>;
  partner_reason_en: Generated<string>;
  owner_user_id: string | null;
  due_on: string;
  status: Generated<'open' | 'done' | 'blocked'>;
  note_for_company: Generated<string>;
  internal_note: Generated<string>;
  /** When the due-soon reminder went out (set once by the sweep's conditional update). */
  reminded_at: string | null;
  created_at: string;
  updated_at: string;
}

/** The document vault (modules/documents): a business's licences, permits, insurance and leases. */
export type DocumentType =
  'licence' | 'permit' | 'insurance' | 'lease' | 'occupancy' | 'health_inspection' | 'other';

export interface DocumentTable {
  id: string;
  business_id: string;
  type: DocumentType;
  title: string;
  number: Generated<string>;
  issuer: Generated<string>;
  issued_on: string | null;
  expires_on: string | null;
  notes: Generated<string>;
  /** Relative to UPLOAD_DIR; null until a scan is uploaded. */
  file_path: string | null;
  file_type: string | null;
  file_name: string | null;
  file_size: number | null;
  extracted_text: Generated<string>;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

/** A document's search terms (search/terms.ts termsOf), with its business for the lookup. */
export interface DocumentTermTable {
  document_id: string;
  business_id: string;
  term: string;
}

/** An expiry reminder sent: one row per document, expiry date and stage (60, 30, 7 days). */
export interface DocumentReminderTable {
  document_id: string;
  expires_on: string;
  days: number;
  sent_at: string;
}

/** A document shared with a partner business until `expires_at` (or until revoked). */
export interface DocumentShareTable {
  id: string;
  document_id: string;
  partner_business_id: string;
  service_request_id: string | null;
  note: Generated<string>;
  expires_at: string;
  revoked_at: string | null;
  created_by: string | null;
  created_at: string;
}

/** A business's public page (/b/<slug>): texts per language, hours (JSON) and theme. */
export interface MiniSiteTable {
  business_id: string;
  theme: string;
  tagline_ko: string;
  tagline_en: string;
  about_ko: string;
  about_en: string;
  hours: string;
  updated_at: string;
}

export interface MiniSitePhotoTable {
  id: string;
  business_id: string;
  path: string;
  created_at: string;
}

/** A web designer invited to edit a mini-site until expires_at (or until revoked). */
export interface MiniSiteEditorTable {
  id: string;
  business_id: string;
  email: string;
  invited_by: string | null;
  expires_at: string;
  revoked_at: string | null;
  created_at: string;
}

/** Services desk (issue 7): an organization's clock for business-day deadlines. */
export interface ServiceDeskTable {
  organization_id: string;
  time_zone: Generated<string>;
}

/** The structured questions (RegistrationQuestion[] as JSON) a member answers for a pillar. */
export interface ServiceQuestionTable {
  organization_id: string;
  pillar_id: string;
  questions: string;
  updated_at: string;
}

export type ServiceBusinessSize = 'solo' | 'small' | 'medium' | 'large';

/** A partner business vetted for a pillar in an organization: its capacity and what it serves (JSON lists). */
export interface ServicePartnerTable {
  id: string;
  organization_id: string;
  pillar_id: string;
  business_id: string;
  weekly_capacity: number | null;
  zips: Generated<string>;
  radius_miles: number | null;
  languages: string;
  sizes: string;
  vetted_by: string | null;
  created_at: string;
  updated_at: string;
}

export type ServiceRequestStatus = 'open' | 'proposals' | 'in_progress' | 'done' | 'withdrawn';
export type ServiceOutcome = 'saved_money' | 'loan_approved' | 'site_live' | 'other';

export interface ServiceRequestTable {
  id: string;
  organization_id: string;
  business_id: string;
  pillar_id: string;
  filed_by: string | null;
  title: string;
  description: string;
  answers: Generated<string>;
  language: Locale;
  business_size: ServiceBusinessSize;
  status: ServiceRequestStatus;
  time_zone: string;
  respond_by: string;
  escalated_at: string | null;
  rating: number | null;
  outcome: ServiceOutcome | null;
  saved_cents: number | null;
  outcome_note: string | null;
  created_at: string;
  updated_at: string;
}

/** A partner a request went to: routed, then proposed (opted in), then picked. */
export interface ServiceRequestPartnerTable {
  id: string;
  request_id: string;
  business_id: string;
  status: 'routed' | 'proposed' | 'picked';
  proposal: string | null;
  has_interest: Generated<number>;
  disclosure: string | null;
  assigned_by: string | null;
  routed_at: string;
  proposed_at: string | null;
  picked_at: string | null;
}

export interface ServiceRequestAttachmentTable {
  id: string;
  request_id: string;
  file_name: string;
  content_type: string;
  size_bytes: number;
  path: string;
  created_at: string;
}

export interface Database {
  users: UserTable;
  sessions: SessionTable;
  organizations: OrganizationTable;
  memberships: MembershipTable;
  pillars: PillarTable;
  businesses: BusinessTable;
  business_organizations: BusinessOrganizationTable;
  business_users: BusinessUserTable;
  offers: OfferTable;
  needs: NeedTable;
  invitations: InvitationTable;
  applications: ApplicationTable;
  password_resets: PasswordResetTable;
  api_tokens: ApiTokenTable;
  outbox: OutboxTable;
  search_terms: SearchTermTable;
  introductions: IntroductionTable;
  introduction_events: IntroductionEventTable;
  business_blocks: BusinessBlockTable;
  match_feedback: MatchFeedbackTable;
  saved_searches: SavedSearchTable;
  saved_search_hits: SavedSearchHitTable;
  notifications: NotificationTable;
  incidents: IncidentTable;
  incident_photos: IncidentPhotoTable;
  incident_comments: IncidentCommentTable;
  cameras: CameraTable;
  footage_requests: FootageRequestTable;
  alerts: AlertTable;
  alert_recipients: AlertRecipientTable;
  alert_areas: AlertAreaTable;
  safety_assessments: SafetyAssessmentTable;
  inventory_locations: InventoryLocationTable;
  suppliers: SupplierTable;
  products: ProductTable;
  product_suppliers: ProductSupplierTable;
  stock_movements: StockMovementTable;
  stock_levels: StockLevelTable;
  inventory_settings: InventorySettingsTable;
  sales_imports: SalesImportTable;
  purchase_orders: PurchaseOrderTable;
  purchase_order_lines: PurchaseOrderLineTable;
  group_orders: GroupOrderTable;
  group_order_commitments: GroupOrderCommitmentTable;
  events: EventTable;
  event_registrations: EventRegistrationTable;
  event_minutes: EventMinutesTable;
  event_survey_responses: EventSurveyResponseTable;
  expo_exhibitors: ExpoExhibitorTable;
  expo_sessions: ExpoSessionTable;
  expo_leads: ExpoLeadTable;
  expo_interests: ExpoInterestTable;
  b2b_settings: B2bSettingsTable;
  b2b_participants: B2bParticipantTable;
  b2b_requests: B2bRequestTable;
  b2b_meetings: B2bMeetingTable;
  action_teams: ActionTeamTable;
  action_team_organizations: ActionTeamOrganizationTable;
  action_team_members: ActionTeamMemberTable;
  action_team_goals: ActionTeamGoalTable;
  action_team_tasks: ActionTeamTaskTable;
  action_team_notes: ActionTeamNoteTable;
  documents: DocumentTable;
  document_terms: DocumentTermTable;
  document_reminders: DocumentReminderTable;
  document_shares: DocumentShareTable;
  market_entry_applications: MarketEntryApplicationTable;
  market_entry_steps: MarketEntryStepTable;
  mini_sites: MiniSiteTable;
  mini_site_photos: MiniSitePhotoTable;
  mini_site_editors: MiniSiteEditorTable;
  service_desks: ServiceDeskTable;
  service_questions: ServiceQuestionTable;
  service_partners: ServicePartnerTable;
  service_requests: ServiceRequestTable;
  service_request_partners: ServiceRequestPartnerTable;
  service_request_attachments: ServiceRequestAttachmentTable;
}

export type User = Selectable<UserTable>;
export type Organization = Selectable<OrganizationTable>;
export type Membership = Selectable<MembershipTable>;
export type Pillar = Selectable<PillarTable>;
export type Business = Selectable<BusinessTable>;
export type NewBusiness = Insertable<BusinessTable>;
export type BusinessUpdate = Updateable<BusinessTable>;
export type Offer = Selectable<OfferTable>;
export type Need = Selectable<NeedTable>;
export type Invitation = Selectable<InvitationTable>;
export type Application = Selectable<ApplicationTable>;
export type ApiToken = Selectable<ApiTokenTable>;
export type Event = Selectable<EventTable>;
export type EventRegistration = Selectable<EventRegistrationTable>;
