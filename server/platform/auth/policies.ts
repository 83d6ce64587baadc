import type { Caller } from './caller.ts';
import type { MembershipRole } from '../db/schema.ts';

/**
 * Authorization in one place. Each action names who may do it; routes ask `can(caller, action, scope)`
 * and the client receives the computed abilities (GET /api/v1/session) to show or hide controls.
 *
 * An organization-scoped action is evaluated against the caller's *active* membership in that
 * organization. API tokens act as an organization admin of their own organization, nothing more.
 */
export type Rule =
  | { platformAdmin: true }
  | { orgRoles: readonly MembershipRole[] }
  | { signedIn: true }
  | { businessMember: true }
  | { siteEditor: true }
  | { anyone: true };

export const policies = {
  'platform.manage': [{ platformAdmin: true }],
  'pillars.manage': [{ platformAdmin: true }, { orgRoles: ['admin'] }],
  'organization.read': [{ platformAdmin: true }, { orgRoles: ['admin', 'member', 'partner', 'liaison'] }],
  'organization.manage': [{ platformAdmin: true }, { orgRoles: ['admin'] }],
  'members.manage': [{ platformAdmin: true }, { orgRoles: ['admin'] }],
  'members.read': [{ platformAdmin: true }, { orgRoles: ['admin'] }],
  'invitations.manage': [{ platformAdmin: true }, { orgRoles: ['admin'] }],
  'applications.manage': [{ platformAdmin: true }, { orgRoles: ['admin'] }],
  'tokens.manage': [{ platformAdmin: true }, { orgRoles: ['admin'] }],
  'imports.manage': [{ platformAdmin: true }, { orgRoles: ['admin'] }],
  'outbox.read': [{ platformAdmin: true }, { orgRoles: ['admin'] }],
  'business.edit': [{ platformAdmin: true }, { businessMember: true }, { orgRoles: ['admin'] }],
  'account.use': [{ signedIn: true }],
  /** Requesting, answering and advancing introductions, and blocking: the business's own people only. */
  'introductions.act': [{ businessMember: true }],
  /** Reading a business's introductions: whoever may edit the business. */
  'introductions.read': [{ platformAdmin: true }, { businessMember: true }, { orgRoles: ['admin'] }],
  'pipeline.read': [{ platformAdmin: true }, { orgRoles: ['admin'] }],
  /** Safe City. Reporting and raising alerts: the business's own people, or the organization's liaisons. */
  'incidents.report': [{ businessMember: true }, { orgRoles: ['admin', 'liaison'] }],
  /** Neighbours' incidents, redacted (no reporter, location blurred to the block). */
  'incidents.read': [{ platformAdmin: true }, { orgRoles: ['admin', 'member', 'partner', 'liaison'] }],
  /** The liaison desk: full details, comments, footage requests, closing. */
  'incidents.desk': [{ platformAdmin: true }, { orgRoles: ['admin', 'liaison'] }],
  'alerts.raise': [{ businessMember: true }, { orgRoles: ['admin', 'liaison'] }],
  'alerts.retract': [{ platformAdmin: true }, { orgRoles: ['admin'] }],
  'safety.dashboard': [{ platformAdmin: true }, { orgRoles: ['admin', 'liaison'] }],
  /** Smart Store: a store's catalogue, suppliers and stock — its own people only (no org admins: it is their books). */
  'inventory.manage': [{ businessMember: true }],
  /** Group buying: an organization's stores (and its staff) see its group orders; members and admins may start one. */
  'groupOrders.read': [{ platformAdmin: true }, { orgRoles: ['admin', 'member'] }],
  'groupOrders.organize': [{ orgRoles: ['admin', 'member'] }],
  /**
   * Gatherings. Organizing (events, registrations, the door, minutes, the expo's exhibitors and sessions, the
   * B2B schedule, reports): the organization's admins. Members-only events: the organization's people see them
   * and register; public events are open to anyone (the event's audience decides, in gatherings/access.ts).
   */
  'events.manage': [{ platformAdmin: true }, { orgRoles: ['admin'] }],
  'events.attend': [{ platformAdmin: true }, { orgRoles: ['admin', 'member', 'partner', 'liaison'] }],
  /** Scanning badges at a booth: the exhibiting business's own people. */
  'expo.leads': [{ businessMember: true }],
  /**
   * Action teams: the organization's people see the teams shared with it; its admins create, share and
   * co-manage them (every sharing organization's admins). Goals, tasks and notes: also the team's active members.
   */
  'actionTeams.read': [{ platformAdmin: true }, { orgRoles: ['admin', 'member', 'partner', 'liaison'] }],
  'actionTeams.manage': [{ platformAdmin: true }, { orgRoles: ['admin'] }],
  /** Services desk: filing and following a business's requests, and a partner's answers — the business's own people. */
  'serviceRequests.act': [{ businessMember: true }],
  /** The desk of an organization: questions per pillar, vetting partners, unanswered requests, assigning by hand. */
  'serviceDesk.manage': [{ platformAdmin: true }, { orgRoles: ['admin'] }],
  /** Mini-sites: texts, hours, photos and theme — whoever edits the business, and an invited web designer. */
  'miniSite.edit': [
    { platformAdmin: true },
    { businessMember: true },
    { orgRoles: ['admin'] },
    { siteEditor: true },
  ],
  /** Inviting and revoking a mini-site's web designers: the business's own people. */
  'miniSite.invite': [{ platformAdmin: true }, { businessMember: true }],
  /**
   * Market entry concierge: the admins of the organization receiving applications (the concierge committee
   * in the demo) accept them and run each company's checklist. Applying and the company's case page are
   * public (the private link's token is the key).
   */
  'marketEntry.manage': [{ platformAdmin: true }, { orgRoles: ['admin'] }],
  /** The document vault: a business's own people only (its licences and leases are its papers). */
  'documents.manage': [{ businessMember: true }],
  /** Documents another business shared with this one, while the share lasts: this business's people. */
  'documents.shared': [{ businessMember: true }],
} as const satisfies Record<string, readonly Rule[]>;

export type Action = keyof typeof policies;

export interface Scope {
  organizationId?: string;
  /** Organizations a business belongs to (org admins may act for their members' businesses). */
  businessOrganizationIds?: readonly string[];
  /** Whether the caller is an owner/staff of the business concerned. */
  isBusinessMember?: boolean;
  /** Whether the caller holds a running invitation to edit the business's mini-site. */
  isSiteEditor?: boolean;
}

function allows(rule: Rule, caller: Caller, scope: Scope): boolean {
  if ('anyone' in rule) {
    return true;
  }
  if (caller.kind === 'anonymous') {
    return false;
  }
  if ('platformAdmin' in rule) {
    return caller.kind === 'user' && caller.isPlatformAdmin;
  }
  if ('signedIn' in rule) {
    return caller.kind === 'user';
  }
  if ('businessMember' in rule) {
    return caller.kind === 'user' && scope.isBusinessMember === true;
  }
  if ('siteEditor' in rule) {
    return caller.kind === 'user' && scope.isSiteEditor === true;
  }
  const orgIds = scope.organizationId ? [scope.organizationId] : (scope.businessOrganizationIds ?? []);
  if (caller.kind === 'token') {
    return rule.orgRoles.includes('admin') && orgIds.includes(caller.organizationId);
  }
  return caller.memberships.some(
    (m) => m.status === 'active' && orgIds.includes(m.organizationId) && rule.orgRoles.includes(m.role),
  );
}

export function can(caller: Caller, action: Action, scope: Scope = {}): boolean {
  return policies[action].some((rule: Rule) => allows(rule, caller, scope));
}

/** Abilities per organization for the client: { orgId: ['members.manage', …] }. */
export function abilitiesFor(caller: Caller): { global: Action[]; organizations: Record<string, Action[]> } {
  const actions = Object.keys(policies) as Action[];
  const global = actions.filter((a) => can(caller, a));
  const organizations: Record<string, Action[]> = {};
  if (caller.kind === 'user') {
    for (const m of caller.memberships) {
      organizations[m.organizationId] = actions.filter((a) =>
        can(caller, a, { organizationId: m.organizationId }),
      );
    }
  }
  return { global, organizations };
}
