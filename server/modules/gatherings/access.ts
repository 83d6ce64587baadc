import type { FastifyRequest } from 'fastify';
import { can } from '../../platform/auth/policies.ts';
import type { DbOrTrx } from '../../platform/db/database.ts';
import type { Event, Organization } from '../../platform/db/schema.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { organizationBySlug } from '../organizations/service.ts';

/** An event in the URL and what the caller may do with it. */
export interface EventAccess {
  organization: Organization;
  event: Event;
  /** The organization's admins (and platform admins, and its API tokens). */
  canManage: boolean;
  /** May register: anyone for a public event, the organization's people for a members-only one. */
  canAttend: boolean;
}

/**
 * Resolves `/organizations/:slug/events/:id`. A members-only event is invisible (404, as if it did not exist)
 * to anyone who is not one of the organization's people; a public one is visible to anyone. `need`:
 * 'read' (the default) lets everyone who can see it through; 'manage' requires events.manage (401 for an
 * anonymous caller, 403 otherwise). `ticket`: the code of a registration of this event, which opens a
 * members-only event's page to its holder (the link of the confirmation e-mail, followed signed out).
 */
export async function eventFor(
  db: DbOrTrx,
  request: FastifyRequest,
  slug: string,
  eventId: string,
  need: 'read' | 'manage' = 'read',
  ticket?: string,
): Promise<EventAccess> {
  const organization = await organizationBySlug(db, slug);
  const event = await db
    .selectFrom('events')
    .selectAll()
    .where('id', '=', eventId)
    .where('organization_id', '=', organization.id)
    .executeTakeFirst();
  if (!event) {
    throw notFound();
  }
  const access = accessTo(request, organization, event);
  if (!access.canAttend && !access.canManage && ticket && (await holdsTicket(db, event.id, ticket))) {
    access.canAttend = true;
  }
  if (!access.canAttend && !access.canManage) {
    throw notFound();
  }
  if (need === 'manage' && !access.canManage) {
    throw new AppError(request.caller.kind === 'anonymous' ? 'unauthenticated' : 'forbidden');
  }
  return access;
}

export function accessTo(request: FastifyRequest, organization: Organization, event: Event): EventAccess {
  const scope = { organizationId: organization.id };
  const canManage = can(request.caller, 'events.manage', scope);
  const canAttend = event.audience === 'public' || can(request.caller, 'events.attend', scope);
  return { organization, event, canManage, canAttend };
}

async function holdsTicket(db: DbOrTrx, eventId: string, code: string): Promise<boolean> {
  const row = await db
    .selectFrom('event_registrations')
    .select('id')
    .where('ticket_code', '=', code)
    .where('event_id', '=', eventId)
    .executeTakeFirst();
  return row !== undefined;
}
