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
