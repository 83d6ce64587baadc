import type { Application, Invitation, Organization } from '../../platform/db/schema.ts';

export function presentOrganizationSummary(o: Organization) {
  return {
    id: o.id,
    slug: o.slug,
    kind: o.kind,
    nameKo: o.name_ko,
    nameEn: o.name_en,
    descriptionKo: o.description_ko,
    descriptionEn: o.description_en,
  };
}

export function presentOrganization(o: Organization) {
  return { ...presentOrganizationSummary(o), website: o.website };
}

export function invitationStatus(i: Invitation, at: string): 'pending' | 'accepted' | 'expired' | 'revoked' {
  if (i.accepted_at) {
    return 'accepted';
  }
  if (i.revoked_at) {
    return 'revoked';
  }
  return i.expires_at < at ? 'expired' : 'pending';
}

export function presentInvitation(i: Invitation, at: string) {
  return {
    id: i.id,
    email: i.email,
    role: i.role,
    status: invitationStatus(i, at),
    createdAt: i.created_at,
    expiresAt: i.expires_at,
  };
}

export function presentApplication(a: Application) {
  return {
    id: a.id,
    email: a.email,
    name: a.name,
    businessName: a.business_name,
    message: a.message,
    locale: a.locale,
    status: a.status,
    createdAt: a.created_at,
  };
}
